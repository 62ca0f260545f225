import type { GetResponse } from '@ogi/api-contract';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import {
  NETWORK_FAILED_EVENT,
  onConnectionEvent,
  signalConnectionRestored,
} from '../data-access/connection';

export type Health = GetResponse<'/health'>;

export const HEALTH_QUERY_KEY = ['health'] as const;

/** How often the health is asked while the server answers: cheap, and a stop shows within this. */
export const HEALTH_POLL_MS = 5_000;
/** How often while it does not: the app recovers within this once the server is back. */
export const HEALTH_RETRY_MS = 2_000;

/**
 * GET /api/health: the answer, also when it is 503 (the API is up, its database is not);
 * rejects with a Chinese reason when the server cannot be reached. Not through apiGet: its
 * failure must not signal a network failure, which asks for the health again.
 */
export async function fetchHealth(signal?: AbortSignal): Promise<Health> {
  let res: Response;
  try {
    res = await fetch('/api/health', { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new Error('无法连接服务器');
  }
  if (res.ok || res.status === 503) {
    try {
      return (await res.json()) as Health;
    } catch {
      // not the API's answer (e.g. a proxy's error page)
    }
  }
  throw new Error(`HTTP ${res.status}`);
}

/**
 * After an outage: every read that failed is asked again (the ones on screen at once, the others
 * when shown), and the chunks that failed are loaded again (useChunk listens).
 */
export function recoverAfterOutage(client: QueryClient): void {
  void client.invalidateQueries({
    predicate: (query) =>
      query.state.status === 'error' && query.queryKey[0] !== HEALTH_QUERY_KEY[0],
  });
  signalConnectionRestored();
}

/**
 * The server's health, polled (often while it is down), asked again at once when any request
 * fails to reach the server; when it answers again after failing, the app recovers by itself.
 */
export function useHealth() {
  const client = useQueryClient();
  const health = useQuery({
    queryKey: HEALTH_QUERY_KEY,
    queryFn: ({ signal }) => fetchHealth(signal),
    refetchInterval: (query) =>
      query.state.status === 'error' || query.state.data?.status !== 'ok'
        ? HEALTH_RETRY_MS
        : HEALTH_POLL_MS,
    refetchOnWindowFocus: true,
    retry: false,
    staleTime: 0,
  });

  useEffect(
    () =>
      onConnectionEvent(NETWORK_FAILED_EVENT, () => {
        // An answer on its way is awaited rather than asked again, so a burst of failures asks once.
        void client.refetchQueries({ queryKey: HEALTH_QUERY_KEY }, { cancelRefetch: false });
      }),
    [client],
  );

  const up = health.isSuccess && health.data.status === 'ok';
  const wasDown = useRef(false);
  useEffect(() => {
    if (health.isPending) return;
    if (!up) wasDown.current = true;
    else if (wasDown.current) {
      wasDown.current = false;
      recoverAfterOutage(client);
    }
  }, [client, up, health.isPending]);

  return health;
}
