import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { reportListQuery, QueryInput } from '@ogi/api-params';
import type { CoverageOnly } from '@ogi/report-schema';
import { dataApi } from './data-api';
import { filterParams, type Filters } from './filters';

/**
 * After reports were stored: every statistic, the review queue, coverage, region counts and
 * offices (uploads create offices) are stale, so the dashboard shows the new reports at once.
 */
export function invalidateAfterUpload(client: QueryClient): Promise<void> {
  return Promise.all(
    [['stats'], ['reports'], ['regions'], ['offices'], ['office']].map((queryKey) =>
      client.invalidateQueries({ queryKey }),
    ),
  ).then(() => undefined);
}

/** After the region tree or offices changed (names, moves, merges, imports). */
export function invalidateAfterRegionEdit(client: QueryClient): Promise<void> {
  return Promise.all(
    [['regions'], ['offices'], ['office'], ['office-merges'], ['stats'], ['reports']].map(
      (queryKey) => client.invalidateQueries({ queryKey }),
    ),
  ).then(() => undefined);
}

export type ReviewQueueQuery = QueryInput<typeof reportListQuery.fields>;

export function useReviewQueue(query: ReviewQueueQuery) {
  return useQuery({
    queryKey: ['reports', 'review', query],
    queryFn: ({ signal }) => dataApi.reports(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCoverage(
  filters: Filters & { yearFrom: number; yearTo: number },
  page: { page: number; pageSize: number; only?: CoverageOnly },
) {
  return useQuery({
    queryKey: ['stats', 'coverage', filterParams(filters), page],
    queryFn: ({ signal }) => dataApi.coverage({ ...filterParams(filters), ...page }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDivisionProvinces(enabled: boolean) {
  return useQuery({
    queryKey: ['division-provinces'],
    queryFn: ({ signal }) => dataApi.divisionProvinces(signal),
    enabled,
    staleTime: Infinity,
  });
}

export function useOfficeMerges() {
  return useQuery({
    queryKey: ['office-merges'],
    queryFn: ({ signal }) => dataApi.merges(signal),
  });
}

/** What merging `sourceId` into `targetId` would do; asked once both are chosen. */
export function useMergePreview(sourceId: number | null, targetId: number | null) {
  return useQuery({
    // Not under 'office-merges': a merge refreshes those, and the merged office is gone by then.
    queryKey: ['office-merge-preview', sourceId, targetId],
    queryFn: ({ signal }) => dataApi.mergePreview(sourceId as number, targetId as number, signal),
    enabled: sourceId !== null && targetId !== null && sourceId !== targetId,
  });
}

/** A region/office edit that refreshes everything that shows the tree when it succeeds. */
export function useRegionEdit<A, R>(call: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => invalidateAfterRegionEdit(client),
  });
}
