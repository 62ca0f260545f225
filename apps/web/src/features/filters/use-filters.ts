import { useEffect, useMemo } from 'react';
import { defaultYears, withYears, type Filters } from '../../data-access/filters';
import { useAvailableYears } from '../../data-access/queries';
import { useUrlFilters } from '../../data-access/use-url-filters';

export type ResolvedFilters = Filters & { yearFrom: number; yearTo: number };

/**
 * The global filters from the URL with the years filled in (the last five years the data has).
 * Once the years are known they are written into the URL, so a copied link keeps them.
 */
export function useFilters() {
  const [urlFilters, setFilters] = useUrlFilters();
  const years = useAvailableYears();
  const available = useMemo(() => years.data ?? [], [years.data]);
  const filters = useMemo<ResolvedFilters | null>(
    () => (years.isSuccess ? withYears(urlFilters, defaultYears(available)) : null),
    [urlFilters, available, years.isSuccess],
  );

  useEffect(() => {
    if (
      filters &&
      (urlFilters.yearFrom !== filters.yearFrom || urlFilters.yearTo !== filters.yearTo)
    ) {
      setFilters(filters, true);
    }
  }, [filters, urlFilters, setFilters]);

  return { filters, setFilters, availableYears: available, years };
}
