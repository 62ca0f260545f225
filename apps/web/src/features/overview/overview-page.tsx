import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { ChartCard } from '../../charts/chart-card';
import { describeError } from '../../data-access/api-client';
import {
  useAppeals,
  useOutcomes,
  useRanking,
  useSeries,
  useSummary,
} from '../../data-access/queries';
import { FilteredPage } from '../filters/filtered-page';
import { useExportSubtitle } from '../filters/use-export-subtitle';
import type { ResolvedFilters } from '../filters/use-filters';
import { KpiCards } from './kpi-cards';
import {
  APPLICATION_METRICS,
  appealsModel,
  applicationsModel,
  coverageText,
  kpiCards,
  outcomesModel,
  rankingModel,
} from '@ogi/report-charts';

/** 总览: KPIs, applications by year, outcomes, review and litigation, top offices. */
export function OverviewPage() {
  return <FilteredPage>{(filters) => <OverviewContent filters={filters} />}</FilteredPage>;
}

function OverviewContent({ filters }: { filters: ResolvedFilters }) {
  const summary = useSummary(filters);
  const series = useSeries(filters, APPLICATION_METRICS);
  const outcomes = useOutcomes(filters);
  const appeals = useAppeals(filters);
  const ranking = useRanking(filters, { metric: 'applications_new', limit: 10 });
  const subtitle = useExportSubtitle(filters);

  const applications = useMemo(
    () => (series.data ? applicationsModel(series.data) : null),
    [series.data],
  );
  const outcomeModel = useMemo(
    () => (outcomes.data ? outcomesModel(outcomes.data) : null),
    [outcomes.data],
  );
  const appealModel = useMemo(
    () => (appeals.data ? appealsModel(appeals.data) : null),
    [appeals.data],
  );
  const rankModel = useMemo(
    () => (ranking.data ? rankingModel(ranking.data) : null),
    [ranking.data],
  );
  const cards = useMemo(() => (summary.data ? kpiCards(summary.data) : null), [summary.data]);
  const range = `${filters.yearFrom}–${filters.yearTo}年`;

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
        <ChartCard
          title="申请数量与公开率（按年）"
          model={applications}
          loading={series.isFetching}
          error={series.isError ? describeError(series.error) : null}
          emptyText={`${range}没有报告`}
          exportSubtitle={subtitle}
          categoryHeader="年份"
        />
        <ChartCard
          title={`办理结果构成（${range}合计）`}
          model={outcomeModel}
          loading={outcomes.isFetching}
          error={outcomes.isError ? describeError(outcomes.error) : null}
          emptyText={`${range}没有办理结果数据`}
          exportSubtitle={subtitle}
          categoryHeader="办理结果"
        />
        <ChartCard
          title={`行政复议和行政诉讼结果（${range}合计）`}
          model={appealModel}
          loading={appeals.isFetching}
          error={appeals.isError ? describeError(appeals.error) : null}
          emptyText={`${range}没有复议或诉讼数据`}
          exportSubtitle={subtitle}
          categoryHeader="结果"
        />
        <ChartCard
          title={rankModel?.title ?? `申请数量前十的单位（${filters.yearTo}年）`}
          model={rankModel}
          loading={ranking.isFetching}
          error={ranking.isError ? describeError(ranking.error) : null}
          emptyText={`${filters.yearTo}年没有可排名的单位`}
          exportSubtitle={subtitle}
          categoryHeader="单位"
          height={360}
        />
      </div>
    </div>
  );
}
