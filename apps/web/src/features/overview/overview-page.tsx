import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { ExportMenu } from '../../charts/export-menu';
import { RetryButton } from '../../app/load-states';
import { describeError } from '../../data-access/api-client';
import { useSummary } from '../../data-access/queries';
import { dataLinks } from '../exports/export-links';
import { RegisteredChartCard } from '../exports/registered-chart-card';
import { FilteredPage } from '../filters/filtered-page';
import { useExportSubtitle } from '../filters/use-export-subtitle';
import type { ResolvedFilters } from '../../data-access/filters';
import { useSearch } from '../../data-access/use-url-filters';
import { KpiCards } from './kpi-cards';
import { kpiHref } from './kpi-links';
import { CHARTS, kpiCards } from '@ogi/report-charts';
import { CoverageNote } from './coverage-note';

/** 总览: KPIs, applications by year, outcomes, review and litigation, top offices. */
export function OverviewPage() {
  return <FilteredPage>{(filters) => <OverviewContent filters={filters} />}</FilteredPage>;
}

function OverviewContent({ filters }: { filters: ResolvedFilters }) {
  const summary = useSummary(filters);
  const subtitle = useExportSubtitle(filters);
  const search = useSearch();

  const cards = useMemo(() => (summary.data ? kpiCards(summary.data) : null), [summary.data]);

  return (
    <div className="overview">
      {summary.isError ? (
        <Alert
          type="error"
          showIcon
          title="主要指标加载失败"
          description={describeError(summary.error)}
          action={<RetryButton onRetry={() => void summary.refetch()} />}
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
          <KpiCards
            cards={cards}
            year={summary.data.year}
            hrefOf={(card) =>
              kpiHref(card.key, { officeIds: filters.officeIds, year: summary.data.year, search })
            }
          />
          <CoverageNote summary={summary.data} filters={filters} />
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
