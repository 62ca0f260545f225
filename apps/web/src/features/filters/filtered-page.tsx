import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert, WhenLoaded } from '../../app/load-states';
import { FilterBar } from './filter-bar';
import type { ResolvedFilters } from '../../data-access/filters';
import { useFilters } from './use-filters';

/**
 * A page under the global filter bar: waits for the years the data has, says when there are no
 * reports yet (unless `noReportsNote` is false), then renders `children` with the resolved filters.
 */
export function FilteredPage({
  children,
  noReportsNote = true,
}: {
  children: (filters: ResolvedFilters) => ReactNode;
  /** Off where the page itself is where reports are uploaded. */
  noReportsNote?: boolean;
}) {
  const { filters, setFilters, availableYears, years, selectionError } = useFilters();
  // Only a page that never had the years waits on them: a failed refresh keeps the page, whose
  // parts each say what they could not read.
  const yearsRead = {
    isError: years.isError && years.data === undefined,
    error: years.error,
    refetch: years.refetch,
  };

  return (
    <WhenLoaded
      query={yearsRead}
      data={filters}
      failed="无法读取数据年份"
      loading="正在读取数据年份…"
      rows={2}
    >
      {(resolved) => (
        <>
          <FilterBar filters={resolved} availableYears={availableYears} onChange={setFilters} />
          <SelectionError error={selectionError} />
          {noReportsNote && availableYears.length === 0 ? (
            <Alert
              type="info"
              showIcon
              title="还没有任何报告"
              description="上传年度报告后，这里会显示统计结果。"
              className="page-note"
            />
          ) : null}
          {children(resolved)}
        </>
      )}
    </WhenLoaded>
  );
}

/** Storing a long list of offices or regions failed: the filters stay as they were. */
export function SelectionError({ error }: { error: unknown }) {
  if (!error) return null;
  return <ErrorAlert title="无法应用所选的单位或地区" error={error} className="page-note" />;
}
