import { useMemo } from 'react';
import { DEFAULT_RANK_CHOICE, type RegisteredChart } from '@ogi/report-charts';
import { ChartCard } from '../../charts/chart-card';
import { RankControls } from '../../charts/rank-controls';
import { useRankChoice } from '../../charts/rank-params';
import { describeError } from '../../data-access/api-client';
import { useChartAnswers } from '../../data-access/chart-data';
import type { ResolvedFilters } from '../../data-access/filters';
import { chartAsChosen, REGISTRY_RANK_LIMITS } from './chart-ranking';
import { chartDataLinks } from './export-links';

/**
 * A chart of the registry as a card: its stats requests with the current filters, its model,
 * and its exports (images drawn in the browser, data files from the server). A ranking gets its
 * top or bottom N, asked of the API.
 */
export function RegisteredChartCard(props: {
  chart: RegisteredChart;
  filters: ResolvedFilters;
  /** Written into exported images: the filters and the data source. */
  exportSubtitle: string;
}) {
  const { filters } = props;
  const ranks = props.chart.requests.ranking !== undefined;
  const [rank, setRank] = useRankChoice(REGISTRY_RANK_LIMITS, DEFAULT_RANK_CHOICE);
  const { order, limit } = rank;
  const chart = useMemo(
    () => chartAsChosen(props.chart, { order, limit }),
    [props.chart, order, limit],
  );
  const { answers, isFetching, error, retry } = useChartAnswers(chart, filters);
  const { yearFrom, yearTo } = filters;
  const context = useMemo(
    () => ({ yearFrom, yearTo, ...(ranks ? { rank: { order, limit } } : {}) }),
    [yearFrom, yearTo, ranks, order, limit],
  );
  const model = useMemo(
    () => (answers ? chart.model(answers, context) : null),
    [answers, chart, context],
  );
  const links = useMemo(() => chartDataLinks(chart, filters), [chart, filters]);
  const title = chart.title(context);
  return (
    <ChartCard
      title={title}
      model={model}
      loading={isFetching}
      error={error ? describeError(error) : null}
      emptyText={chart.emptyText(context)}
      exportSubtitle={props.exportSubtitle}
      categoryHeader={chart.categoryHeader}
      height={chart.height}
      dataLinks={links}
      controls={
        ranks ? (
          <RankControls
            choice={rank}
            limits={REGISTRY_RANK_LIMITS}
            onChange={setRank}
            label={title}
          />
        ) : null
      }
      onRetry={retry}
    />
  );
}
