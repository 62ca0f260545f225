import { compareRankingModel, groupedBarsModel, yearsWithin, type CompareData } from './compare-models';
import { chartDataTable, type DataTable } from './data-table';
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
 * `data` holds the years the page fetches: the filter's range and the year before its last (for
 * the ranking's change); the other charts draw the filter's range only.
 */
export function compareDataTable(
  chart: CompareChart,
  data: CompareData,
  range: { yearFrom: number; yearTo: number },
): DataTable {
  if (chart === 'ranking') {
    const ranking = compareRankingModel(data, range.yearTo);
    return chartDataTable(ranking, data.entityLabel);
  }
  const inRange = yearsWithin(data, range.yearFrom, range.yearTo);
  const bars = groupedBarsModel(inRange);
  const title =
    chart === 'heatmap'
      ? heatmapModel(inRange).title
      : chart === 'multiples'
        ? smallMultiplesModel(inRange, { offset: 0, count: 0, columns: 1 }).title
        : bars.title;
  return { ...chartDataTable(bars, data.entityLabel), title };
}
