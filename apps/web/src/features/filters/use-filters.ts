import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../data-access/api-client';
import {
  defaultYears,
  withYears,
  type Filters,
  type ResolvedFilters,
} from '../../data-access/filters';
import { officeQuery, useAvailableYears, useRegions } from '../../data-access/queries';
import { selectionQuery, withSelection } from '../../data-access/selections';
import type { StoredSelection } from '../../data-access/types';
import { useUrlFilters } from '../../data-access/use-url-filters';

/** The ids that still exist: unknown ids from an old link are dropped (the API would refuse them). */
export function knownIds(
  filters: ResolvedFilters,
  regionIds: ReadonlySet<number> | null,
  missingOfficeIds: ReadonlySet<number>,
): ResolvedFilters {
  return {
    ...filters,
    regionIds: regionIds ? filters.regionIds.filter((id) => regionIds.has(id)) : filters.regionIds,
    officeIds: filters.officeIds.filter((id) => !missingOfficeIds.has(id)),
  };
}

/**
 * The filters a page resolves to at its first render when the URL, the years and the regions
 * alone decide them (no office ids or stored selection to look up first), else null: what the
 * app asks the first page's figures for while React is still rendering it.
 */
export function startingFilters(
  urlFilters: Filters,
  years: readonly number[],
  regionIds: ReadonlySet<number>,
): ResolvedFilters | null {
  if (urlFilters.selection !== undefined || urlFilters.officeIds.length > 0) return null;
  return resolveFilters(urlFilters, years, regionIds, new Set());
}

/** The years filled in (the last five the data has) and ids that no longer exist dropped. */
function resolveFilters(
  urlFilters: Filters,
  years: readonly number[],
  regionIds: ReadonlySet<number> | null,
  missingOfficeIds: ReadonlySet<number>,
): ResolvedFilters {
  return knownIds(withYears(urlFilters, defaultYears(years)), regionIds, missingOfficeIds);
}

/**
 * The URL's filters with a stored selection's lists filled in: null while they load; a selection
 * the server does not know (404) is dropped with its lists. On another error the selection stays
 * (the stats still use it) and the lists stay empty.
 */
export function withStoredLists(
  filters: Filters,
  stored: { data?: StoredSelection; error: unknown; isPending: boolean },
): Filters | null {
  if (filters.selection === undefined) return filters;
  if (stored.data) {
    return { ...filters, officeIds: stored.data.officeIds, regionIds: stored.data.regionIds };
  }
  if (stored.error instanceof ApiError && stored.error.status === 404) {
    return { ...filters, selection: undefined };
  }
  return stored.isPending && !stored.error ? null : filters;
}

/** Whether two filters make the same URL (lists in a stored selection are not in it). */
export const sameFilters = (a: Filters, b: Filters) =>
  a.yearFrom === b.yearFrom &&
  a.yearTo === b.yearTo &&
  a.selection === b.selection &&
  (a.selection !== undefined ||
    (a.regionIds.join() === b.regionIds.join() && a.officeIds.join() === b.officeIds.join()));

/**
 * The global filters from the URL with the years filled in (the last five years the data has)
 * and unknown regions and offices dropped; null until that is known. The result is written back
 * into the URL, so a copied link keeps it. Lists longer than SELECTION_THRESHOLD are stored on the
 * server and the URL names them by `sel=<id>` (read back here); `selectionError` says when
 * storing them failed (the URL then stays as it was).
 */
export function useFilters() {
  const [rawUrlFilters, writeUrlFilters] = useUrlFilters();
  const client = useQueryClient();
  const stored = useQuery({
    ...selectionQuery(rawUrlFilters.selection ?? ''),
    enabled: rawUrlFilters.selection !== undefined,
  });
  const { data: storedData, error: storedError, isPending: storedPending } = stored;
  const withLists = useMemo(
    () =>
      withStoredLists(rawUrlFilters, {
        data: storedData,
        error: storedError,
        isPending: storedPending,
      }),
    [rawUrlFilters, storedData, storedError, storedPending],
  );
  const urlFilters = withLists ?? rawUrlFilters;
  const listsPending = withLists === null;
  const [selectionError, setSelectionError] = useState<unknown>(null);
  // Only the latest change is written: storing lists takes a request, and an earlier one may
  // answer after a later one.
  const latest = useRef(0);
  const setFilters = useCallback(
    (next: Filters, replace?: boolean) => {
      const call = ++latest.current;
      withSelection(client, next).then(
        (written) => {
          if (call !== latest.current) return;
          setSelectionError(null);
          writeUrlFilters(written, replace);
        },
        (err: unknown) => {
          if (call === latest.current) setSelectionError(err);
        },
      );
    },
    [client, writeUrlFilters],
  );
  const years = useAvailableYears();
  const regions = useRegions();
  // Offices named in the URL itself (a stored selection's lists hold only existing ones).
  const offices = useQueries({ queries: rawUrlFilters.officeIds.map(officeQuery) });
  const available = useMemo(() => years.data ?? [], [years.data]);
  const regionIds = useMemo(
    () => (regions.data ? new Set(regions.data.items.map((region) => region.id)) : null),
    [regions.data],
  );
  const officesSettled = offices.every((result) => !result.isPending);
  const missingKey = offices
    .flatMap((result, i) =>
      result.error instanceof ApiError && result.error.status === 404
        ? [rawUrlFilters.officeIds[i]]
        : [],
    )
    .join();

  const filters = useMemo<ResolvedFilters | null>(() => {
    if (years.data === undefined || regions.isPending || !officesSettled || listsPending)
      return null;
    const missing = new Set(missingKey ? missingKey.split(',').map(Number) : []);
    return resolveFilters(urlFilters, available, regionIds, missing);
  }, [
    urlFilters,
    available,
    years.data,
    regions.isPending,
    regionIds,
    officesSettled,
    missingKey,
    listsPending,
  ]);

  useEffect(() => {
    if (filters && !sameFilters(filters, rawUrlFilters)) setFilters(filters, true);
  }, [filters, rawUrlFilters, setFilters]);

  return { filters, setFilters, availableYears: available, years, selectionError };
}
