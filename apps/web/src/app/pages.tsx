import { lazy, Suspense, useState, type ReactNode } from 'react';
import { OverviewPage } from '../features/overview/overview-page';
import {
  loadedPage,
  loadPage,
  PAGE_ROUTES,
  routeForPath,
  type PageKey,
  type PageProps,
  type PageRoute,
} from './page-routes';
import { PageLoading } from './page-loading';

export interface PageDefinition extends PageRoute {
  key: PageKey;
  render: (params: string[]) => ReactNode;
}

// Pages other than 总览 are separate chunks, loaded when first opened (or, for the page the app
// opens on, from its first script).
const LAZY_PAGES = new Map(
  PAGE_ROUTES.map((route) => [
    route.key,
    lazy(() => loadPage(route).then((component) => ({ default: component }))),
  ]),
);

/**
 * A page from its own chunk: drawn at once when the chunk is already there (no Suspense, whose
 * reveal React may hold back for up to 300 ms), else with a loading state until it arrives.
 */
function PageChunk({ pageKey, params }: PageProps & { pageKey: PageKey }) {
  const [Loaded] = useState(() => loadedPage(pageKey));
  if (Loaded) return <Loaded params={params} />;
  const Lazy = LAZY_PAGES.get(pageKey);
  if (!Lazy) return null;
  return (
    <Suspense fallback={<PageLoading rows={4} text="正在加载页面…" />}>
      <Lazy params={params} />
    </Suspense>
  );
}

/** Pages in the navigation, in menu order: only pages that work are listed. */
export const PAGES: PageDefinition[] = PAGE_ROUTES.map((route) => ({
  ...route,
  render:
    route.key === 'overview'
      ? () => <OverviewPage />
      : (params: string[]) => <PageChunk key={route.key} pageKey={route.key} params={params} />,
}));

/** The page a path shows, with its parameters; unknown paths show the first page. */
export function pageForPath(pathname: string): { page: PageDefinition; params: string[] } {
  const { route, params } = routeForPath(pathname);
  return { page: PAGES.find((page) => page.key === route.key) ?? PAGES[0], params };
}
