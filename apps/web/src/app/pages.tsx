import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
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

/**
 * A page from its own chunk: drawn at once when the chunk is already there (the app's first
 * script starts loading the opened page's chunk), without Suspense, whose reveal React may hold
 * back for up to 300 ms; else with a loading state until the chunk arrives.
 */
function pageFromChunk(route: PageRoute & { key: PageKey }): ComponentType<PageProps> {
  const Lazy = lazy(() => loadPage(route).then((component) => ({ default: component })));
  function PageChunk({ params }: PageProps) {
    const [Loaded] = useState(() => loadedPage(route.key));
    if (Loaded) return <Loaded params={params} />;
    return (
      <Suspense fallback={<PageLoading rows={4} text="正在加载页面…" />}>
        <Lazy params={params} />
      </Suspense>
    );
  }
  return PageChunk;
}

/** Pages in the navigation, in menu order: only pages that work are listed. */
export const PAGES: PageDefinition[] = PAGE_ROUTES.map((route) => {
  if (route.key === 'overview') return { ...route, render: () => <OverviewPage /> };
  const Page = pageFromChunk(route);
  return { ...route, render: (params: string[]) => <Page key={route.key} params={params} /> };
});

/** The page a path shows, with its parameters; unknown paths show the first page. */
export function pageForPath(pathname: string): { page: PageDefinition; params: string[] } {
  const { route, params } = routeForPath(pathname);
  return { page: PAGES.find((page) => page.key === route.key) ?? PAGES[0], params };
}
