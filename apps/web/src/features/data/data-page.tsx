import { Alert, App as AntApp, Skeleton } from 'antd';
import { describeError } from '../../data-access/api-client';
import { FilterBar } from '../filters/filter-bar';
import { SelectionError } from '../filters/filtered-page';
import { useFilters } from '../filters/use-filters';
import { CoverageMatrix } from './coverage-matrix';
import { ReviewQueue } from './review-queue';
import { UploadPanel } from './upload-panel';

/** 数据: upload reports, work through the review queue, see who has not reported. */
export function DataPage() {
  const { filters, setFilters, availableYears, years, selectionError } = useFilters();
  return (
    <AntApp component={false}>
      <UploadPanel />
      {years.isError ? (
        <Alert
          type="error"
          showIcon
          title="无法读取数据年份"
          description={describeError(years.error)}
        />
      ) : !filters ? (
        <div role="status" className="page-loading">
          <Skeleton active paragraph={{ rows: 2 }} />
          正在读取数据年份…
        </div>
      ) : (
        <>
          <FilterBar filters={filters} availableYears={availableYears} onChange={setFilters} />
          <SelectionError error={selectionError} />
          <ReviewQueue
            regionId={filters.regionIds.length === 1 ? filters.regionIds[0] : undefined}
          />
          <CoverageMatrix filters={filters} />
        </>
      )}
    </AntApp>
  );
}

export default DataPage;
