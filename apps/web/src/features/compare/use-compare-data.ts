import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { officeCompareData, regionCompareData, type CompareData } from '@ogi/report-charts';
import { allPages } from '../../data-access/all-pages';
import { api } from '../../data-access/api-client';
import type { Boot } from '../../data-access/boot';
import { filterParams, type ResolvedFilters } from '../../data-access/filters';
import { parseCompareParams, type CompareParams } from './compare-params';
import { namedAsShown, type RegionInTree } from './compare-regions';

/** Offices per matrix request (the API's largest page). */
const MATRIX_PAGE = 500;
/** Region groups per breakdown request (the API's largest limit). */
const BREAKDOWN_LIMIT = 5000;

/** What the 对比 page draws (a view model built from the stats answers). */
export interface CompareView {
  data: CompareData;
  /** Region groups beyond the API's limit were left out. */
  truncated: boolean;
}

/**
 * The years fetched: the filter's range and, for the ranking's change on the year before, the
 * year before its last year.
 */
export function fetchedYears(filters: ResolvedFilters): { yearFrom: number; yearTo: number } {
  return { yearFrom: Math.min(filters.yearFrom, filters.yearTo - 1), yearTo: filters.yearTo };
}

/** Every page of the matrix: offices in scope × years (no cap on the number of offices). */
async function allOffices(
  params: ReturnType<typeof filterParams>,
  metric: string,
  signal: AbortSignal,
): Promise<CompareView> {
  const { first, items } = await allPages(async (offset, limit) => {
    const page = await api.matrix(
      params,
      { metric, page: offset / limit + 1, pageSize: limit },
      signal,
    );
    return { ...page, items: page.rows };
  }, MATRIX_PAGE);
  return { data: officeCompareData({ ...first, rows: items }), truncated: false };
}

/** One breakdown per year: regions of one level × years. */
async function regionsByYear(
  params: ReturnType<typeof filterParams>,
  years: { yearFrom: number; yearTo: number },
  metric: string,
  level: string,
  signal: AbortSignal,
): Promise<CompareView> {
  const list: number[] = [];
  for (let year = years.yearFrom; year <= years.yearTo; year += 1) list.push(year);
  const answers = await Promise.all(
    list.map((year) =>
      api.breakdown(
        { ...params, yearFrom: String(year), yearTo: String(year) },
        { metrics: [metric], groupBy: 'region', level, limit: BREAKDOWN_LIMIT },
        signal,
      ),
    ),
  );
  return {
    data: regionCompareData(metric, list, answers),
    truncated: answers.some((answer) => answer.truncated),
  };
}

/**
 * The query of the 对比 page's entities × years, for the filters and the page's choices; regions
 * shown above the filter's regions are named after those (see namedAsShown).
 */
export function compareQuery(
  filters: ResolvedFilters,
  params: CompareParams,
  regions: readonly RegionInTree[] = [],
) {
  const years = fetchedYears(filters);
  const query = filterParams({ ...filters, ...years });
  return {
    queryKey: [
      'stats',
      'compare',
      query,
      params.by,
      params.metric,
      params.by === 'region' ? params.level : null,
    ] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<CompareView> => {
      if (params.by === 'office') return allOffices(query, params.metric, signal);
      const view = await regionsByYear(query, years, params.metric, params.level, signal);
      return { ...view, data: namedAsShown(view.data, regions, filters.regionIds) };
    },
  };
}

/** The entities × years of the 对比 page, for the filters and the page's choices. */
export function useCompareData(
  filters: ResolvedFilters,
  params: CompareParams,
  regions: readonly RegionInTree[] = [],
) {
  return useQuery({ ...compareQuery(filters, params, regions), placeholderData: keepPreviousData });
}

/**
 * Asks for what 对比 shows first (its choices read from the URL as the page reads them), before
 * the page renders.
 */
export function prefetchCompare(
  client: QueryClient,
  filters: ResolvedFilters,
  boot: Boot,
): Promise<void> {
  const regions = boot.regions?.items ?? [];
  const params = parseCompareParams(new URLSearchParams(window.location.search), {
    officesPicked: filters.officeIds.length > 0,
    regions,
    regionIds: filters.regionIds,
  });
  return client.prefetchQuery(compareQuery(filters, params, regions));
}
