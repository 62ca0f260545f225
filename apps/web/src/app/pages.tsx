import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Boot } from '../data-access/boot';
import { parseFilters } from '../data-access/filters';
import { OverviewPage, prefetchOverview } from '../features/overview/overview-page';
import { startingFilters, type ResolvedFilters } from '../features/filters/use-filters';
import { pathParams } from './navigation';
import { PageLoading } from './page-loading';

export interface PageDefinition {
  key: string;
  label: string;
  /** The path of the page; sub-paths (e.g. `/office/12`) belong to it too. */
  path: string;
  render: (params: string[]) => ReactNode;
  /** false: reached by links only, not listed in the menu. */
  menu?: boolean;
  /** Asks for the page's figures before it renders (pages under the filter bar). */
  prefetch?: (client: QueryClient, filters: ResolvedFilters) => void;
}

// Pages other than 总览 are separate chunks, loaded when first opened.
const OfficeProfilePage = lazy(() => import('../features/office-profile/office-profile-page'));
const ReportPage = lazy(() => import('../features/report-view/report-page'));

function LazyPage({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading rows={4} text="正在加载页面…" />}>{children}</Suspense>;
}

// The 对比 page and its chart models load as their own chunk (initial JS stays small).
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })),
);
const DataPage = lazy(() => import('../features/data/data-page'));
const RegionsPage = lazy(() => import('../features/regions/regions-page'));

/** Pages in the navigation, in menu order: only pages that work are listed. */
export const PAGES: PageDefinition[] = [
  {
    key: 'overview',
    label: '总览',
    path: '/',
    render: () => <OverviewPage />,
    prefetch: prefetchOverview,
  },
  {
    key: 'compare',
    label: '对比',
    path: '/compare',
    render: () => (
      <LazyPage>
        <ComparePage />
      </LazyPage>
    ),
  },
  {
    key: 'data',
    label: '数据',
    path: '/data',
    render: () => (
      <LazyPage>
        <DataPage />
      </LazyPage>
    ),
  },
  {
    key: 'office',
    label: '单位',
    path: '/office',
    render: (params) => (
      <LazyPage>
        <OfficeProfilePage params={params} />
      </LazyPage>
    ),
  },
  {
    key: 'report',
    label: '报告',
    path: '/reports',
    menu: false,
    render: (params) => (
      <LazyPage>
        <ReportPage params={params} />
      </LazyPage>
    ),
  },
  {
    key: 'regions',
    label: '地区',
    path: '/regions',
    render: () => (
      <LazyPage>
        <RegionsPage />
      </LazyPage>
    ),
  },
];

/** The page a path shows, with its parameters; unknown paths show the first page. */
export function pageForPath(pathname: string): { page: PageDefinition; params: string[] } {
  for (const page of PAGES) {
    if (page.path === '/') continue;
    const params = pathParams(pathname, page.path);
    if (params) return { page, params };
  }
  return { page: PAGES[0], params: [] };
}

/**
 * With the boot answer in (session, years, regions), starts the opened page's queries while
 * React is still rendering the page, when its filters are known from the URL alone.
 */
export function prefetchOpenedPage(client: QueryClient, boot: Boot): void {
  const { page } = pageForPath(window.location.pathname);
  if (!page.prefetch || !boot.years || !boot.regions) return;
  const filters = startingFilters(
    parseFilters(window.location.search),
    boot.years,
    new Set(boot.regions.items.map((region) => region.id)),
  );
  if (filters) page.prefetch(client, filters);
}
