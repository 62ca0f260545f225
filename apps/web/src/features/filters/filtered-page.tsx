import { Alert, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { describeError } from '../../data-access/api-client';
import { FilterBar } from './filter-bar';
import { useFilters, type ResolvedFilters } from './use-filters';

/**
 * A page under the global filter bar: waits for the years the data has, says when there are no
 * reports yet, then renders `children` with the resolved filters.
 */
export function FilteredPage({ children }: { children: (filters: ResolvedFilters) => ReactNode }) {
  const { filters, setFilters, availableYears, years, selectionError } = useFilters();

  if (years.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title="无法读取数据年份"
        description={describeError(years.error)}
      />
    );
  }
  if (!filters) {
    return (
      <div role="status" className="page-loading">
        <Skeleton active paragraph={{ rows: 2 }} />
        正在读取数据年份…
      </div>
    );
  }
  return (
    <>
      <FilterBar filters={filters} availableYears={availableYears} onChange={setFilters} />
      <SelectionError error={selectionError} />
      {availableYears.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="还没有任何报告"
          description="上传年度报告后，这里会显示统计结果。"
          className="page-note"
        />
      ) : null}
      {children(filters)}
    </>
  );
}

/** Storing a long list of offices or regions failed: the filters stay as they were. */
export function SelectionError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      title="无法应用所选的单位或地区"
      description={describeError(error)}
      className="page-note"
    />
  );
}
