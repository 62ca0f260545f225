import type { QueryClient } from '@tanstack/react-query';
import { fetchBoot, type Boot } from '../data-access/boot';
import { seedBootQueries } from '../data-access/queries';
import { SESSION_QUERY_KEY } from '../data-access/session';
import { prefetchOpenedPage } from './page-routes';

/**
 * Stores a boot answer's years and regions as their queries' answers and starts the opened
 * page's queries; settles when they are answered (or failed).
 */
export function adoptBoot(client: QueryClient, boot: Boot): Promise<void> {
  seedBootQueries(client, boot);
  return prefetchOpenedPage(client, boot);
}

/**
 * The app's first step, before React and antd have loaded: takes the boot answer index.html
 * preloads and asks for the opened page's figures, so they are on their way (or there) when the
 * page first renders. Answers once the session is stored, with `figures` settling when the
 * page's first answers are in. A failed boot is left to the AuthGate, which asks again and says
 * why.
 */
export async function bootBeforeRender(client: QueryClient): Promise<{ figures: Promise<void> }> {
  try {
    const boot = await fetchBoot();
    const figures = adoptBoot(client, boot);
    client.setQueryData(SESSION_QUERY_KEY, boot.session);
    return { figures };
  } catch {
    // The AuthGate's own request shows the error.
    return { figures: Promise.resolve() };
  }
}
