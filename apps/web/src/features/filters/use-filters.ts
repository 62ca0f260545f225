import { useQueries } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ApiError } from '../../data-access/api-client';
import { defaultYears, withYears, type Filters } from '../../data-access/filters';
import { officeQuery, useAvailableYears, useRegions } from '../../data-access/queries';
import { useUrlFilters } from '../../data-access/use-url-filters';

export type ResolvedFilters = Filters & { yearFrom: number; yearTo: number };

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

const sameFilters = (a: Filters, b: Filters) =>
  a.yearFrom === b.yearFrom &&
  a.yearTo === b.yearTo &&
  a.regionIds.join() === b.regionIds.join() &&
  a.officeIds.join() === b.officeIds.join();

/**
 * The global filters from the URL with the years filled in (the last five years the data has)
 * and unknown regions and offices dropped; null until that is known. The result is written back
 * into the URL, so a copied link keeps it.
 */
export function useFilters() {
  const [urlFilters, setFilters] = useUrlFilters();
  const years = useAvailableYears();
  const regions = useRegions();
  const offices = useQueries({ queries: urlFilters.officeIds.map(officeQuery) });
  const available = useMemo(() => years.data ?? [], [years.data]);
  const regionIds = useMemo(
    () => (regions.data ? new Set(regions.data.items.map((region) => region.id)) : null),
    [regions.data],
  );
  const officesSettled = offices.every((result) => !result.isPending);
  const missingKey = offices
    .flatMap((result, i) =>
      result.error instanceof ApiError && result.error.status === 404
        ? [urlFilters.officeIds[i]]
        : [],
    )
    .join();

  const filters = useMemo<ResolvedFilters | null>(() => {
    if (!years.isSuccess || regions.isPending || !officesSettled) return null;
    const missing = new Set(missingKey ? missingKey.split(',').map(Number) : []);
    return knownIds(withYears(urlFilters, defaultYears(available)), regionIds, missing);
  }, [
    urlFilters,
    available,
    years.isSuccess,
    regions.isPending,
    regionIds,
    officesSettled,
    missingKey,
  ]);

  useEffect(() => {
    if (filters && !sameFilters(filters, urlFilters)) setFilters(filters, true);
  }, [filters, urlFilters, setFilters]);

  return { filters, setFilters, availableYears: available, years };
}
