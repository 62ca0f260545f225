import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { ExportMenu } from '../../charts/export-menu';
import { useQueries } from '@tanstack/react-query';
import { describeError } from '../../data-access/api-client';
import { officeQuery, useRegions, useSummary } from '../../data-access/queries';
import { dataLinks } from '../exports/export-links';
import { RegisteredChartCard } from '../exports/registered-chart-card';
import { FilterBar } from '../filters/filter-bar';
import { DATA_SOURCE, describeFilters } from '../filters/describe';
import { useFilters, type ResolvedFilters } from '../filters/use-filters';
import { KpiCards } from './kpi-cards';
import { CHARTS, coverageText, kpiCards } from '@ogi/report-charts';

/** 总览: KPIs, applications by year, outcomes, review and litigation, top offices. */
export function OverviewPage() {
  const { filters, setFilters, availableYears, years } = useFilters();

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
      {availableYears.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title="还没有任何报告"
          description="上传年度报告后，这里会显示统计结果。"
          className="page-note"
        />
      ) : null}
      <OverviewContent filters={filters} />
    </>
  );
}

function OverviewContent({ filters }: { filters: ResolvedFilters }) {
  const summary = useSummary(filters);
  const regions = useRegions();

  const regionNames = useMemo(
    () => new Map((regions.data?.items ?? []).map((r) => [r.id, r.name])),
    [regions.data],
  );
  // Names of the first selected offices (the subtitle of exported images names five at most).
  const selectedOffices = useQueries({
    queries: filters.officeIds.slice(0, 5).map(officeQuery),
  });
  const officeNames = new Map(
    selectedOffices.flatMap((result) => (result.data ? [[result.data.id, result.data.name]] : [])),
  );
  const subtitle = `${describeFilters(
    filters,
    (id) => regionNames.get(id),
    (id) => officeNames.get(id),
  )}\n${DATA_SOURCE}`;

  const cards = useMemo(() => (summary.data ? kpiCards(summary.data) : null), [summary.data]);

  return (
    <div className="overview">
      {summary.isError ? (
        <Alert
          type="error"
          showIcon
          title="主要指标加载失败"
          description={describeError(summary.error)}
        />
      ) : cards && summary.data ? (
        <>
          <h2 className="section-title">
            {summary.data.year}年主要指标
            <span className="section-sub">与 {summary.data.previousYear} 年比较</span>
            <span className="section-actions">
              <ExportMenu title="主要指标" links={dataLinks('kpis', filters)} />
            </span>
          </h2>
          <KpiCards cards={cards} year={summary.data.year} />
          <Alert
            className="page-note"
            type={summary.data.coverage.missing > 0 ? 'warning' : 'info'}
            showIcon
            title={`报告覆盖：${coverageText(summary.data)}`}
          />
        </>
      ) : (
        <div role="status" className="page-loading">
          <Skeleton active paragraph={{ rows: 3 }} />
          正在加载主要指标…
        </div>
      )}
      <div className="chart-grid">
        {CHARTS.map((chart) => (
          <RegisteredChartCard
            key={chart.id}
            chart={chart}
            filters={filters}
            exportSubtitle={subtitle}
          />
        ))}
      </div>
    </div>
  );
}
