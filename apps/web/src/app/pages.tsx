import type { ComponentType, ReactNode } from 'react';
import { OverviewPage } from '../features/overview/overview-page';
import { ChunkFailed } from './chunk-failed';
import type { LoadOnce } from './load-once';
import {
  pageChunk,
  PAGE_ROUTES,
  routeForPath,
  type PageKey,
  type PageProps,
  type PageRoute,
} from './page-routes';
import { PageLoading } from './page-loading';
import { useChunk } from './use-chunk';

export interface PageDefinition extends PageRoute {
  key: PageKey;
  render: (params: string[]) => ReactNode;
}

/**
 * A page from its own chunk (see useChunk): drawn at once when the chunk is already there (the
 * app's first script starts loading the opened page's chunk), else a loading state until it
 * arrives, or why it could not be loaded.
 */
function pageFromChunk(chunk: LoadOnce<ComponentType<PageProps>>): ComponentType<PageProps> {
  function PageChunk({ params }: PageProps) {
    const page = useChunk(chunk);
    if (page.status === 'ready') {
      const Page = page.module;
      return <Page params={params} />;
    }
    if (page.status === 'failed') {
      return <ChunkFailed what="页面" error={page.error} onRetry={page.retry} />;
    }
    return <PageLoading rows={4} text="正在加载页面…" />;
  }
  return PageChunk;
}

/** Pages in the navigation, in menu order: only pages that work are listed. */
export const PAGES: PageDefinition[] = PAGE_ROUTES.map((route) => {
  if (route.key === 'overview') return { ...route, render: () => <OverviewPage /> };
  const chunk = pageChunk(route.key);
  // A programming error, caught by every test that loads the app.
  if (!chunk) throw new Error(`page ${route.key} has no chunk of its own`);
  const Page = pageFromChunk(chunk);
  return { ...route, render: (params: string[]) => <Page key={route.key} params={params} /> };
});

/** The page a path shows, with its parameters; unknown paths show the first page. */
export function pageForPath(pathname: string): { page: PageDefinition; params: string[] } {
  const { route, params } = routeForPath(pathname);
  return { page: PAGES.find((page) => page.key === route.key) ?? PAGES[0], params };
}
