import {
  keepPreviousData,
  useQueries,
  useQueryClient,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type {
  RegisteredExport,
  StatsAnswers,
  StatsEndpoint,
  StatsRequests,
} from '@ogi/report-charts';
import { statsRequestParams } from '@ogi/api-params';
import { apiGet } from './api-client';
import { filterParams, type Filters, type ResolvedFilters } from './filters';

/**
 * The stats answers a registered chart or table needs, one query per request, keyed like the
 * other stats queries so that charts asking the same share one request. The result keeps its
 * identity until an answer changes (combine with a stable function), so models built from it
 * can be memoised; `retry` asks again for its answers (the 重试 beside a failed chart).
 */
export function useChartAnswers(item: RegisteredExport, filters: ResolvedFilters) {
  const entries = useMemo(
    () => Object.entries(item.requests) as [StatsEndpoint, StatsRequests[StatsEndpoint]][],
    [item],
  );
  const combine = useCallback(
    (results: UseQueryResult<unknown>[]) => ({
      answers: results.every((result) => result.data !== undefined)
        ? (Object.fromEntries(
            entries.map(([endpoint], index) => [endpoint, results[index].data]),
          ) as Partial<StatsAnswers>)
        : null,
      isFetching: results.some((result) => result.isFetching),
      error: results.find((result) => result.isError)?.error ?? null,
    }),
    [entries],
  );
  const result = useQueries({
    queries: chartQueries(item, filters).map((query) => ({
      ...query,
      placeholderData: keepPreviousData,
    })),
    combine,
  });
  const client = useQueryClient();
  const retry = useCallback(() => {
    for (const { queryKey } of chartQueries(item, filters)) {
      void client.refetchQueries({ queryKey, exact: true, type: 'active' });
    }
  }, [client, item, filters]);
  return useMemo(() => ({ ...result, retry }), [result, retry]);
}

/** The queries of a registered chart or table, in the order of its requests. */
export function chartQueries(item: RegisteredExport, filters: ResolvedFilters) {
  return (Object.entries(item.requests) as [StatsEndpoint, StatsRequests[StatsEndpoint]][]).map(
    ([endpoint, params]) => ({
      queryKey: [
        'stats',
        endpoint,
        filterParams(filters),
        statsRequestParams(endpoint, params),
      ] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiGet(
          `/stats/${endpoint}`,
          { ...filterParams(filters), ...statsRequestParams(endpoint, params) },
          signal,
        ),
    }),
  );
}
