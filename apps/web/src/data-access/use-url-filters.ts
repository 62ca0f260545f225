import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseFilters, serialiseFilters, URL_FILTER_KEYS, type Filters } from './filters';

/** The event every in-app URL change fires (filters here, pages in app/navigation.ts). */
export const URL_CHANGE = 'ogi:urlchange';

/** Calls `onChange` on every URL change: in-app writes and the browser's back/forward. */
export function subscribeToUrl(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

const currentSearch = () => window.location.search;

/** The current query string, re-read whenever the URL changes (links, back/forward, filter writes). */
export function useSearch(): string {
  return useSyncExternalStore(subscribeToUrl, currentSearch, () => '');
}

/** The query string with the filters replaced and a page's own parameters (e.g. metric) kept. */
export function withFilters(current: string, filters: Filters): string {
  const own = new URLSearchParams(current);
  for (const key of URL_FILTER_KEYS) own.delete(key);
  const rest = own.toString();
  const search = serialiseFilters(filters);
  if (!rest) return search;
  return search ? `${search}&${rest}` : `?${rest}`;
}

/** Writes the filters into the URL: a new history entry, or in place with `replace`. */
export function writeFilters(filters: Filters, replace = false): void {
  const search = withFilters(window.location.search, filters);
  if (search === window.location.search) return;
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(URL_CHANGE));
}

/** The global filters, read from and written to the URL's search parameters. */
export function useUrlFilters(): [Filters, (next: Filters, replace?: boolean) => void] {
  const search = useSearch();
  const filters = useMemo(() => parseFilters(search), [search]);
  const setFilters = useCallback(
    (next: Filters, replace?: boolean) => writeFilters(next, replace),
    [],
  );
  return [filters, setFilters];
}
