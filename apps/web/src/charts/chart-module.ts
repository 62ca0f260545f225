import { useEffect, useState } from 'react';

type ChartModule = typeof import('./chart');

let loaded: ChartModule | null = null;
let loading: Promise<ChartModule> | null = null;

/**
 * ECharts and the chart wrapper are a separate chunk: the page (filters, KPI cards) paints before
 * it arrives. The app starts this once at start, so the chunk downloads beside the first queries.
 * A failed download is tried again on the next call.
 */
export function loadChartModule(): Promise<ChartModule> {
  loading ??= import('./chart').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

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
  const [state, setState] = useState<ChartModuleState>(() =>
    loaded ? { status: 'ready', module: loaded } : { status: 'loading' },
  );
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
