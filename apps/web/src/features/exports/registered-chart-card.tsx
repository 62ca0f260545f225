import { useMemo } from 'react';
import type { RegisteredChart } from '@ogi/report-charts';
import { ChartCard } from '../../charts/chart-card';
import { describeError } from '../../data-access/api-client';
import { useChartAnswers } from '../../data-access/chart-data';
import type { ResolvedFilters } from '../../data-access/filters';
import { dataLinks } from './export-links';

/**
 * A chart of the registry as a card: its stats requests with the current filters, its model,
 * and its exports (images drawn in the browser, data files from the server).
 */
export function RegisteredChartCard(props: {
  chart: RegisteredChart;
  filters: ResolvedFilters;
  /** Written into exported images: the filters and the data source. */
  exportSubtitle: string;
}) {
  const { chart, filters } = props;
  const { answers, isFetching, error, retry } = useChartAnswers(chart, filters);
  const { yearFrom, yearTo } = filters;
  const context = useMemo(() => ({ yearFrom, yearTo }), [yearFrom, yearTo]);
  const model = useMemo(
    () => (answers ? chart.model(answers, context) : null),
    [answers, chart, context],
  );
  const links = useMemo(() => dataLinks(chart.id, filters), [chart.id, filters]);
  return (
    <ChartCard
      title={chart.title(context)}
      model={model}
      loading={isFetching}
      error={error ? describeError(error) : null}
      emptyText={chart.emptyText(context)}
      exportSubtitle={props.exportSubtitle}
      categoryHeader={chart.categoryHeader}
      height={chart.height}
      dataLinks={links}
      onRetry={retry}
    />
  );
}
