import { useSyncExternalStore } from 'react';
import { URL_CHANGE, subscribeToUrl } from '../data-access/use-url-filters';

/**
 * Client-side pages by path. The query string (the global filters) is kept when moving between
 * pages, so a filter chosen on one page holds on the next. The server answers index.html for any
 * non-/api path, so every path here can be loaded and reloaded directly.
 */
const currentPath = () => window.location.pathname;

/** The current path, re-read whenever the URL changes (links, back/forward, filter writes). */
export function usePathname(): string {
  return useSyncExternalStore(subscribeToUrl, currentPath, () => '/');
}

/** Moves to another page, keeping the filters; `search` replaces them when given. */
export function navigate(pathname: string, search: string = window.location.search): void {
  const url = `${pathname}${search}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(URL_CHANGE));
}

/** The path segments after a page's prefix: `/office/12` under `/office` gives ['12']. */
export function pathParams(pathname: string, prefix: string): string[] | null {
  if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) return null;
  return pathname.slice(prefix.length).split('/').filter(Boolean).map(decodeURIComponent);
}
