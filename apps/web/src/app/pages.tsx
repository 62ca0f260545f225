import { lazy, type ReactNode } from 'react';
import { OverviewPage } from '../features/overview/overview-page';
import { LazyPage } from './lazy-page';
import { pathParams } from './navigation';

export interface PageDefinition {
  key: string;
  label: string;
  /** The path of the page; sub-paths (e.g. `/office/12`) belong to it too. */
  path: string;
  render: (params: string[]) => ReactNode;
}

const DataPage = lazy(() => import('../features/data/data-page'));
const RegionsPage = lazy(() => import('../features/regions/regions-page'));

/** Pages in the navigation, in menu order: only pages that work are listed. */
export const PAGES: PageDefinition[] = [
  { key: 'overview', label: '总览', path: '/', render: () => <OverviewPage /> },
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
