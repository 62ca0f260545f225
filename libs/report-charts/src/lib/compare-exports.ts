import {
  compareRankingModel,
  groupedBarsModel,
  yearsWithin,
  type CompareData,
} from './compare-models';
import { chartDataTable, type DataTable } from './data-table';
import type { CartesianModel } from './options';
import { heatmapModel } from './heatmap';
import { smallMultiplesModel } from './small-multiples';

/**
 * The charts of the 对比 page, each with the data behind it as a table for the exports: the bars,
 * the heat map and the small multiples draw the same entities × years (one row per office or
 * region, a column per year with its n); the ranking draws one year with the change on the year
 * before.
 */
export const COMPARE_CHARTS = ['bars', 'ranking', 'heatmap', 'multiples'] as const;
export type CompareChart = (typeof COMPARE_CHARTS)[number];

/**
 * The 对比 charts a briefing pack can hold: those drawn as bars, which fit a slide. The heat map
 * and the small multiples need the page's scrolling and paging.
 */
export const PACK_COMPARE_CHARTS = ['bars', 'ranking'] as const;
export type PackCompareChart = (typeof PACK_COMPARE_CHARTS)[number];

/** A 对比 chart of a briefing pack, as the page draws it (`data` as for compareDataTable). */
export function compareChartModel(
  chart: PackCompareChart,
  data: CompareData,
  range: { yearFrom: number; yearTo: number },
): CartesianModel {
  return chart === 'ranking'
    ? compareRankingModel(data, range.yearTo)
    : groupedBarsModel(yearsWithin(data, range.yearFrom, range.yearTo));
}

/**
 * `data` holds the years the page fetches: the filter's range and the year before its last (for
 * the ranking's change); the other charts draw the filter's range only.
 */
export function compareDataTable(
  chart: CompareChart,
  data: CompareData,
  range: { yearFrom: number; yearTo: number },
): DataTable {
  if (chart === 'ranking' || chart === 'bars') {
    return chartDataTable(compareChartModel(chart, data, range), data.entityLabel);
  }
  // The heat map and the small multiples draw the bars' entities × years.
  const inRange = yearsWithin(data, range.yearFrom, range.yearTo);
  const title =
    chart === 'heatmap'
      ? heatmapModel(inRange).title
      : smallMultiplesModel(inRange, { offset: 0, count: 0, columns: 1 }).title;
  return { ...chartDataTable(groupedBarsModel(inRange), data.entityLabel), title };
}
