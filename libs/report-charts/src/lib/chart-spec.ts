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
