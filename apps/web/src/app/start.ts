import type { QueryClient } from '@tanstack/react-query';
import { fetchBoot, type Boot } from '../data-access/boot';
import { seedBootQueries } from '../data-access/queries';
import { SESSION_QUERY_KEY } from '../data-access/session';
import { prefetchOpenedPage } from './page-routes';

/** Stores a boot answer's years and regions as their queries' answers and starts the opened page's queries. */
export function adoptBoot(client: QueryClient, boot: Boot): void {
  seedBootQueries(client, boot);
  prefetchOpenedPage(client, boot);
}

/**
 * The app's first step, before React and antd have loaded: takes the boot answer index.html
 * preloads and asks for the opened page's figures, so they are on their way (or there) when the
 * page first renders. A failed boot is left to the AuthGate, which asks again and says why.
 */
export async function bootBeforeRender(client: QueryClient): Promise<void> {
  try {
    const boot = await fetchBoot();
    adoptBoot(client, boot);
    client.setQueryData(SESSION_QUERY_KEY, boot.session);
  } catch {
    // The AuthGate's own request shows the error.
  }
}
