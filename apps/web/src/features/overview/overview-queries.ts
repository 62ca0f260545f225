import type { QueryClient } from '@tanstack/react-query';
import { CHARTS } from '@ogi/report-charts';
import { chartQueries } from '../../data-access/chart-data';
import { summaryQuery } from '../../data-access/queries';
import type { ResolvedFilters } from '../../data-access/filters';
import { chartAsChosen, registryRankChoice } from '../exports/chart-ranking';

/** Asks for everything 总览 shows with these filters (the app calls it before the page renders). */
export async function prefetchOverview(
  client: QueryClient,
  filters: ResolvedFilters,
): Promise<void> {
  const rank = registryRankChoice(window.location.search);
  await Promise.all([
    client.prefetchQuery(summaryQuery(filters)),
    ...CHARTS.flatMap((chart) =>
      chartQueries(chartAsChosen(chart, rank), filters).map((query) => client.prefetchQuery(query)),
    ),
  ]);
}
