import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { allPages } from './all-pages';
import { api } from './api-client';
import type { Boot } from './boot';
import { filterParams, type Filters, type ResolvedFilters } from './filters';
import type { OfficeKind } from './types';

const statsKey = (name: string, filters: ResolvedFilters, extra: unknown = null) =>
  ['stats', name, filterParams(filters), extra] as const;

const YEARS_KEY = ['stats', 'available-years'] as const;
const REGIONS_KEY = ['regions'] as const;

/** Years with at least one report in the user's regions (unfiltered), oldest first. */
export function useAvailableYears() {
  return useQuery({
    queryKey: YEARS_KEY,
    queryFn: async ({ signal }) => (await api.years(signal)).years,
    staleTime: 5 * 60_000,
  });
}

/**
 * Stores what `GET /api/boot` brought as the answers of the years and regions queries, so the
 * first page asks for its figures at once instead of waiting for them.
 */
export function seedBootQueries(client: QueryClient, boot: Boot): void {
  if (boot.years) client.setQueryData(YEARS_KEY, boot.years);
  if (boot.regions) client.setQueryData(REGIONS_KEY, boot.regions);
}

/** The KPI summary's query (the 总览 page's and its prefetch). */
export const summaryQuery = (filters: ResolvedFilters) => ({
  queryKey: statsKey('summary', filters),
  queryFn: ({ signal }: { signal: AbortSignal }) => api.summary(filterParams(filters), signal),
});

export function useSummary(filters: ResolvedFilters) {
  return useQuery({ ...summaryQuery(filters), placeholderData: keepPreviousData });
}

export function useSeries(filters: ResolvedFilters, metrics: readonly string[]) {
  return useQuery({
    queryKey: statsKey('series', filters, metrics),
    queryFn: ({ signal }) => api.series(filterParams(filters), metrics, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRegions() {
  return useQuery({
    queryKey: REGIONS_KEY,
    queryFn: ({ signal }) => api.regions(signal),
    staleTime: 5 * 60_000,
  });
}

/** Offices by name or alias (server search), at most 500 per call. */
export function useOffices(
  query: { q?: string; regionId?: number; unplaced?: boolean; kind?: OfficeKind },
  enabled = true,
) {
  return useQuery({
    queryKey: ['offices', query],
    queryFn: ({ signal }) => api.offices({ ...query, limit: 500 }, signal),
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** Offices per request when loading every office (the API's largest page). */
const OFFICE_PAGE = 500;

/**
 * Every office in a region or of a kind, page by page (no cap: the office picker searches all of
 * them locally by pinyin and initials; its list renders only the rows in view).
 */
export function useAllOffices(query: { regionId?: number; kind?: OfficeKind }, enabled = true) {
  return useQuery({
    queryKey: ['offices', 'all', query],
    queryFn: async ({ signal }) => {
      const { first, items } = await allPages(
        (offset, limit) => api.offices({ ...query, offset, limit }, signal),
        OFFICE_PAGE,
      );
      return { ...first, items, offset: 0, limit: items.length };
    },
    enabled,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}

/** One office by id (names of selected offices that no list has loaded); for useQueries. */
export function officeQuery(id: number) {
  return {
    queryKey: ['office', id] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => api.office(id, signal),
    staleTime: 60_000,
    retry: false,
  };
}
