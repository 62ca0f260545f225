import { loadOnce } from '../app/load-once';
import { useChunk, type ChunkState } from '../app/use-chunk';

type ChartModule = typeof import('./chart');

const chartChunk = loadOnce<ChartModule>(() => import('./chart'));

/**
 * ECharts and the chart wrapper are a separate chunk: the page (filters, KPI cards) paints before
 * it arrives. The app starts this once at start, so the chunk downloads beside the first queries.
 * A failed download is tried again on the next call.
 */
export const loadChartModule = (): Promise<ChartModule> => chartChunk.load();

/** The chart chunk as state (see useChunk). */
export const useChartModule = (): ChunkState<ChartModule> => useChunk(chartChunk);
