import { App as AntApp } from 'antd';
import { FilteredPage } from '../filters/filtered-page';
import { CoverageMatrix } from './coverage-matrix';
import { ReviewQueue } from './review-queue';
import { UploadPanel } from './upload-panel';

/** 数据: upload reports, work through the review queue, see who has not reported. */
export function DataPage() {
  return (
    <AntApp component={false}>
      <UploadPanel />
      <FilteredPage noReportsNote={false}>
        {(filters) => (
          <>
            <ReviewQueue filters={filters} />
            <CoverageMatrix filters={filters} />
          </>
        )}
      </FilteredPage>
    </AntApp>
  );
}

export default DataPage;
