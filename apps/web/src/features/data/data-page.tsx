import { App as AntApp } from 'antd';
import { WhenLoaded } from '../../app/load-states';
import { FilterBar } from '../filters/filter-bar';
import { useFilters } from '../filters/use-filters';
import { CoverageMatrix } from './coverage-matrix';
import { ReviewQueue } from './review-queue';
import { UploadPanel } from './upload-panel';

/** 数据: upload reports, work through the review queue, see who has not reported. */
export function DataPage() {
  const { filters, setFilters, availableYears, years } = useFilters();
  return (
    <AntApp component={false}>
      <UploadPanel />
      <WhenLoaded
        query={years}
        data={filters}
        failed="无法读取数据年份"
        loading="正在读取数据年份…"
        rows={2}
      >
        {(resolved) => (
          <>
            <FilterBar filters={resolved} availableYears={availableYears} onChange={setFilters} />
            <ReviewQueue
              regionId={resolved.regionIds.length === 1 ? resolved.regionIds[0] : undefined}
            />
            <CoverageMatrix filters={resolved} />
          </>
        )}
      </WhenLoaded>
    </AntApp>
  );
}

export default DataPage;
