import { useCallback } from 'react';
import { URL_CHANGE, useSearch } from './use-url-filters';

/** `current` with `changes` applied: a value sets its parameter, undefined removes it. */
export function withParams(current: string, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams(current);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/**
 * A page's own query parameters (beside the global filters), so a copied link reproduces the
 * page's choices too. Changing them adds a history entry.
 */
export function usePageParams(): [
  URLSearchParams,
  (changes: Record<string, string | undefined>) => void,
] {
  const search = useSearch();
  const set = useCallback((changes: Record<string, string | undefined>) => {
    const next = withParams(window.location.search, changes);
    if (next === window.location.search) return;
    window.history.pushState(null, '', `${window.location.pathname}${next}${window.location.hash}`);
    window.dispatchEvent(new Event(URL_CHANGE));
  }, []);
  return [new URLSearchParams(search), set];
}
