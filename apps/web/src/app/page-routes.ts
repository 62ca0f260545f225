import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { Boot } from '../data-access/boot';
import { parseFilters } from '../data-access/filters';
import { prefetchCompare } from '../features/compare/use-compare-data';
import type { ResolvedFilters } from '../data-access/filters';
import { startingFilters } from '../features/filters/use-filters';
import { prefetchOverview } from '../features/overview/overview-queries';
import { loadOnce, type LoadOnce } from './load-once';
import { pathParams } from './navigation';

export interface PageRoute {
  key: string;
  label: string;
  /** The path of the page; sub-paths (e.g. `/office/12`) belong to it too. */
  path: string;
  /** false: reached by links only, not listed in the menu. */
  menu?: boolean;
  /** Asks for the page's figures before it renders (pages under the filter bar). */
  prefetch?: (client: QueryClient, filters: ResolvedFilters, boot: Boot) => Promise<void>;
  /** Loads the page's own chunk (pages other than 总览, which comes with the app). */
  load?: () => Promise<{ default: ComponentType<PageProps> }>;
}

/** What every page gets: the path segments after its own path (`/office/12/2023`: ['12', '2023']). */
export interface PageProps {
  params: string[];
}

/**
 * The pages by path, in menu order, without their components: the app's first script reads
 * them to ask for the opened page's figures while the components are still loading.
 */
export const PAGE_ROUTES = [
  { key: 'overview', label: '总览', path: '/', prefetch: prefetchOverview },
  {
    key: 'compare',
    label: '对比',
    path: '/compare',
    prefetch: prefetchCompare,
    load: () => import('../features/compare/compare-page'),
  },
  { key: 'data', label: '数据', path: '/data', load: () => import('../features/data/data-page') },
  {
    key: 'office',
    label: '单位',
    path: '/office',
    load: () => import('../features/office-profile/office-profile-page'),
  },
  {
    key: 'report',
    label: '报告',
    path: '/reports',
    menu: false,
    load: () => import('../features/report-view/report-page'),
  },
  {
    key: 'manual',
    label: '手工填报',
    path: '/manual',
    menu: false,
    load: () => import('../features/manual-entry/manual-entry-page'),
  },
  {
    key: 'regions',
    label: '地区',
    path: '/regions',
    load: () => import('../features/regions/regions-page'),
  },
] as const satisfies readonly PageRoute[];

export type PageKey = (typeof PAGE_ROUTES)[number]['key'];

/** The page a path shows, with its parameters; unknown paths show the first page. */
export function routeForPath(pathname: string): {
  route: PageRoute & { key: PageKey };
  params: string[];
} {
  for (const route of PAGE_ROUTES) {
    if (route.path === '/') continue;
    const params = pathParams(pathname, route.path);
    if (params) return { route, params };
  }
  return { route: PAGE_ROUTES[0], params: [] };
}

// One loader per page with a chunk of its own.
const pageChunks = new Map<PageKey, LoadOnce<ComponentType<PageProps>>>(
  PAGE_ROUTES.flatMap((route: PageRoute & { key: PageKey }) => {
    const load = route.load;
    return load ? [[route.key, loadOnce(() => load().then((module) => module.default))]] : [];
  }),
);

/** The loader of a page's own chunk (loaded once; a failed load is tried again on the next call). */
export const pageChunk = (key: PageKey): LoadOnce<ComponentType<PageProps>> | undefined =>
  pageChunks.get(key);

/** Starts loading the opened page's chunk (the app's first script does, beside React and antd). */
export function preloadOpenedPage(): void {
  const { route } = routeForPath(window.location.pathname);
  void pageChunk(route.key)
    ?.load()
    .catch(() => undefined);
}

/**
 * With the boot answer in (session, years, regions), starts the opened page's queries before
 * React renders the page, when its filters are known from the URL alone; settles when they are
 * answered (or failed).
 */
export async function prefetchOpenedPage(client: QueryClient, boot: Boot): Promise<void> {
  const { route } = routeForPath(window.location.pathname);
  if (!route.prefetch || !boot.years || !boot.regions) return;
  const filters = startingFilters(
    parseFilters(window.location.search),
    boot.years,
    new Set(boot.regions.items.map((region) => region.id)),
  );
  if (filters) await route.prefetch(client, filters, boot);
}
