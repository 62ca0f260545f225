import { useEffect, useState } from 'react';
import { loadOnce } from '../app/load-once';

type ChartModule = typeof import('./chart');

const chartChunk = loadOnce<ChartModule>(() => import('./chart'));

/**
 * ECharts and the chart wrapper are a separate chunk: the page (filters, KPI cards) paints before
 * it arrives. The app starts this once at start, so the chunk downloads beside the first queries.
 * A failed download is tried again on the next call.
 */
export const loadChartModule = (): Promise<ChartModule> => chartChunk.load();

export type ChartModuleState =
  | { status: 'loading' }
  | { status: 'ready'; module: ChartModule }
  | { status: 'failed'; error: string };

/**
 * The chart chunk as state, not through Suspense: React holds back revealing a suspended
 * boundary for up to 300 ms after its fallback showed, which delayed every page's first chart by
 * that much after ECharts had already arrived.
 */
export function useChartModule(): ChartModuleState {
  const [state, setState] = useState<ChartModuleState>(() => {
    const module = chartChunk.current();
    return module ? { status: 'ready', module } : { status: 'loading' };
  });
  useEffect(() => {
    if (state.status !== 'loading') return undefined;
    let live = true;
    loadChartModule().then(
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
  }, [state.status]);
  return state;
}
