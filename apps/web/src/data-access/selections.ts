import type { QueryClient } from '@tanstack/react-query';
import { api } from './api-client';
import { needsSelection, type Filters } from './filters';
import type { StoredSelection } from './types';

const selectionKey = (id: string) => ['selection', id] as const;

/** A stored selection's lists by id (they never change: the id is their hash); for useQuery. */
export function selectionQuery(id: string) {
  return {
    queryKey: selectionKey(id),
    queryFn: ({ signal }: { signal: AbortSignal }) => api.selection(id, signal),
    staleTime: Infinity,
    retry: false,
  };
}

const sorted = (ids: readonly number[]) => [...new Set(ids)].sort((a, b) => a - b);
const sameIds = (a: readonly number[], b: readonly number[]) => {
  const x = sorted(a);
  const y = sorted(b);
  return x.length === y.length && x.every((id, i) => id === y[i]);
};

/**
 * The filters as the URL should hold them: lists longer than SELECTION_THRESHOLD stored on the
 * server (POST /api/selections) and named by their id, shorter ones inline. A selection whose
 * lists did not change is kept without asking the server again; the stored lists are put in the
 * query cache, so reading the new URL back costs no request.
 */
export async function withSelection(client: QueryClient, filters: Filters): Promise<Filters> {
  if (!needsSelection(filters)) return { ...filters, selection: undefined };
  if (filters.selection) {
    const cached = client.getQueryData<StoredSelection>(selectionKey(filters.selection));
    if (
      cached &&
      sameIds(cached.officeIds, filters.officeIds) &&
      sameIds(cached.regionIds, filters.regionIds)
    ) {
      return filters;
    }
  }
  const lists = { officeIds: sorted(filters.officeIds), regionIds: sorted(filters.regionIds) };
  const { id } = await api.storeSelection(lists);
  client.setQueryData<StoredSelection>(selectionKey(id), { id, ...lists });
  return { ...filters, selection: id };
}
