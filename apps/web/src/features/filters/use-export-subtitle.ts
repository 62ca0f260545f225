import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { officeQuery, useRegions } from '../../data-access/queries';
import { DATA_SOURCE, describeFilters } from './describe';
import type { ResolvedFilters } from '../../data-access/filters';

/** The filters and the data source in words, written under the title of exported images. */
export function useExportSubtitle(filters: ResolvedFilters): string {
  const regions = useRegions();
  const regionNames = useMemo(
    () => new Map((regions.data?.items ?? []).map((r) => [r.id, r.name])),
    [regions.data],
  );
  // Names of the first selected offices (the subtitle names five at most).
  const selectedOffices = useQueries({
    queries: filters.officeIds.slice(0, 5).map(officeQuery),
  });
  const officeNames = new Map(
    selectedOffices.flatMap((result) => (result.data ? [[result.data.id, result.data.name]] : [])),
  );
  return `${describeFilters(
    filters,
    (id) => regionNames.get(id),
    (id) => officeNames.get(id),
  )}\n${DATA_SOURCE}`;
}
