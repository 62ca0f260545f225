import { useCallback, useEffect, useState } from 'react';
import { CONNECTION_RESTORED_EVENT, onConnectionEvent } from '../data-access/connection';
import type { LoadOnce } from './load-once';

export type ChunkState<T> =
  | { status: 'loading' }
  | { status: 'ready'; module: T }
  | { status: 'failed'; error: string; retry: () => void };

type Stored<T> =
  | { status: 'loading' }
  | { status: 'ready'; module: T }
  | { status: 'failed'; error: string };

/**
 * A lazily loaded chunk as state, not through Suspense: React holds back revealing a suspended
 * boundary for up to 300 ms after its fallback showed, which delayed every page's first chart by
 * that much after ECharts had already arrived. Ready in the first render when the chunk is
 * already there; a failed download says why and can be retried (it is, by itself, when the
 * server answers again after an outage, and by the next component to mount). Asked for once
 * `wanted` (e.g. not before the first paint, which it would only delay).
 */
export function useChunk<T>(chunk: LoadOnce<T>, wanted = true): ChunkState<T> {
  const [state, setState] = useState<Stored<T>>(() => {
    const module = chunk.current();
    return module ? { status: 'ready', module } : { status: 'loading' };
  });
  useEffect(() => {
    if (!wanted || state.status !== 'loading') return undefined;
    let live = true;
    chunk.load().then(
      (module) => live && setState({ status: 'ready', module }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [chunk, wanted, state.status]);
  const retry = useCallback(() => setState({ status: 'loading' }), []);
  const failed = state.status === 'failed';
  useEffect(
    () => (failed ? onConnectionEvent(CONNECTION_RESTORED_EVENT, retry) : undefined),
    [failed, retry],
  );
  return state.status === 'failed' ? { ...state, retry } : state;
}
