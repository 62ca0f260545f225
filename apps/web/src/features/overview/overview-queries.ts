import type { QueryClient } from '@tanstack/react-query';
import { CHARTS } from '@ogi/report-charts';
import { chartQueries } from '../../data-access/chart-data';
import { summaryQuery } from '../../data-access/queries';
import type { ResolvedFilters } from '../filters/use-filters';

/** Asks for everything 总览 shows with these filters (the app calls it before the page renders). */
export function prefetchOverview(client: QueryClient, filters: ResolvedFilters): void {
  void client.prefetchQuery(summaryQuery(filters));
  for (const chart of CHARTS) {
    for (const query of chartQueries(chart, filters)) void client.prefetchQuery(query);
  }
}
