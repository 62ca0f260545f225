import { commonYear, drillTarget, type ChartClick, type ChartTarget } from './drill';
import {
  heatmapHasData,
  heatmapHeight,
  heatmapOption,
  heatmapTable,
  type HeatmapModel,
} from './heatmap';
import {
  cartesianOption,
  tableModel,
  type CartesianModel,
  type ChartOption,
  type TableModel,
} from './options';
import {
  smallMultiplesHasData,
  smallMultiplesHeight,
  smallMultiplesOption,
  smallMultiplesTable,
  type SmallMultiplesModel,
} from './small-multiples';

/** Every chart model a chart card can draw: model → option, model → table, whether it has data. */
export type ChartModel = CartesianModel | HeatmapModel | SmallMultiplesModel;

const isHeatmap = (model: ChartModel): model is HeatmapModel =>
  'chart' in model && model.chart === 'heatmap';
const isMultiples = (model: ChartModel): model is SmallMultiplesModel =>
  'chart' in model && model.chart === 'multiples';

export function chartOption(model: ChartModel): ChartOption {
  if (isHeatmap(model)) return heatmapOption(model);
  if (isMultiples(model)) return smallMultiplesOption(model);
  return cartesianOption(model);
}

export function chartTable(model: ChartModel, categoryHeader?: string): TableModel {
  if (isHeatmap(model)) return heatmapTable(model);
  if (isMultiples(model)) return smallMultiplesTable(model);
  return tableModel(model, categoryHeader);
}

export function chartHasData(model: ChartModel | null): model is ChartModel {
  if (model === null) return false;
  if (isHeatmap(model)) return heatmapHasData(model);
  if (isMultiples(model)) return smallMultiplesHasData(model);
  return (
    model.categories.length > 0 &&
    model.series.some((series) => series.values.some((value) => value !== null))
  );
}

/** Height of an exported image's plot: every row of a scrolled chart, not only those in view. */
export function chartExportHeight(model: ChartModel, height: number): number {
  if (isHeatmap(model)) return heatmapHeight(model, true);
  if (isMultiples(model)) return smallMultiplesHeight(model);
  if (model.zoomAfter !== undefined && model.horizontal) {
    return Math.max(height, model.categories.length * 24 + 40);
  }
  return height;
}

/** The index of a category whose label was clicked (ECharts names it by its text). */
function labelIndex(names: readonly string[], click: ChartClick): number {
  return typeof click.value === 'string' ? names.indexOf(click.value) : -1;
}

/**
 * What a click on a chart opens (drill-through): the office or region of the bar, cell, panel or
 * label clicked, at the year of its series, column or point; null where nothing is behind it.
 */
export function targetAt(model: ChartModel, click: ChartClick): ChartTarget | null {
  const onSeries = click.componentType === 'series';
  const onAxis = click.componentType === 'xAxis' || click.componentType === 'yAxis';
  if (isHeatmap(model)) {
    if (onAxis) return drillTarget(model.drill, labelIndex(model.rows, click), null);
    const at = Array.isArray(click.value) ? (click.value as number[]) : null;
    if (!onSeries || !at) return null;
    const [column, row] = at;
    // A grey cell: no report that year, so the profile opens at no particular year.
    return drillTarget(model.drill, row, click.seriesIndex === 1 ? null : column);
  }
  if (isMultiples(model)) {
    if (click.componentType === 'title') {
      return drillTarget(model.drill, click.componentIndex ?? -1, null);
    }
    if (!onSeries) return null;
    return drillTarget(model.drill, click.seriesIndex ?? -1, click.dataIndex ?? null);
  }
  if (onAxis) {
    const target = drillTarget(model.drill, labelIndex(model.categories, click), null);
    return target ? { ...target, year: commonYear(model.drill) } : null;
  }
  if (!onSeries) return null;
  return drillTarget(model.drill, click.dataIndex ?? -1, click.seriesIndex ?? null);
}
