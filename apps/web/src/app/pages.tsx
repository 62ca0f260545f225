import { lazy, Suspense, type ReactNode } from 'react';
import { OverviewPage } from '../features/overview/overview-page';
import { pathParams } from './navigation';

export interface PageDefinition {
  key: string;
  label: string;
  /** The path of the page; sub-paths (e.g. `/office/12`) belong to it too. */
  path: string;
  render: (params: string[]) => ReactNode;
}

// The 对比 page and its chart models load as their own chunk (initial JS stays small).
const ComparePage = lazy(() =>
  import('../features/compare/compare-page').then((module) => ({ default: module.ComparePage })),
);
const pageLoading = (
  <div role="status" className="page-loading">
    正在加载页面…
  </div>
);

/** Pages in the navigation, in menu order: only pages that work are listed. */
export const PAGES: PageDefinition[] = [
  { key: 'overview', label: '总览', path: '/', render: () => <OverviewPage /> },
  {
    key: 'compare',
    label: '对比',
    path: '/compare',
    render: () => (
      <Suspense fallback={pageLoading}>
        <ComparePage />
      </Suspense>
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
