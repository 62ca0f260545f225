import { escapeHtml } from './escape';
import { formatAxisNumber, formatValue } from './format';

/**
 * An ECharts option as plain data. Typed loosely on purpose: this library must not depend on
 * echarts, so the same builders serve the browser and the server's renderer.
 */
export type ChartOption = Record<string, unknown>;

export type ValueKind = 'count' | 'rate';

/** One series of a cartesian chart: a value per category (null: no value). */
export interface SeriesModel {
  name: string;
  type: 'bar' | 'line';
  kind: ValueKind;
  values: (number | null)[];
  /** A note per point for the tooltip and the table, e.g. "n = 120" or "样本较小". */
  notes?: (string | null)[];
  stack?: string;
}

/** What a chart shows, independent of ECharts. */
export interface CartesianModel {
  title: string;
  categories: string[];
  series: SeriesModel[];
  /** Bars grow to the right, categories top to bottom (rankings, breakdowns). */
  horizontal?: boolean;
}

export interface TableModel {
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

const PALETTE = ['#3370ff', '#34c724', '#ff8800', '#7f3bf5', '#f54a45', '#14c0ff', '#ffc60a'];

/** The axis tooltip: every name escaped (names come from uploaded files). */
export function tooltipFormatter(model: CartesianModel) {
  return (input: unknown): string => {
    const params = (Array.isArray(input) ? input : [input]) as {
      seriesIndex?: number;
      dataIndex?: number;
      marker?: unknown;
    }[];
    if (params.length === 0) return '';
    const index = params[0].dataIndex ?? 0;
    const lines = [`<strong>${escapeHtml(model.categories[index])}</strong>`];
    for (const param of params) {
      const series = model.series[param.seriesIndex ?? 0];
      if (!series) continue;
      const value = series.values[param.dataIndex ?? 0] ?? null;
      const note = series.notes?.[param.dataIndex ?? 0];
      const marker = typeof param.marker === 'string' ? param.marker : '';
      lines.push(
        `${marker}${escapeHtml(series.name)}：${escapeHtml(formatValue(value, series.kind))}` +
          (note ? `（${escapeHtml(note)}）` : ''),
      );
    }
    return lines.join('<br/>');
  };
}

function valueAxis(
  kind: ValueKind,
  position: 'left' | 'right' | 'bottom' | 'top',
  hasTwo: boolean,
) {
  return {
    type: 'value',
    position,
    min: 0,
    max: kind === 'rate' ? 1 : undefined,
    splitLine: { show: !hasTwo || kind === 'count' },
    axisLabel: {
      formatter: (value: number) =>
        kind === 'rate' ? `${Math.round(value * 100)}%` : formatAxisNumber(value),
    },
  };
}

/** data → chart model is done by the feature; this is chart model → ECharts option. */
export function cartesianOption(model: CartesianModel): ChartOption {
  const kinds = [...new Set(model.series.map((series) => series.kind))];
  const twoAxes = kinds.length > 1;
  const axisIndex = (kind: ValueKind) => (twoAxes ? kinds.indexOf(kind) : 0);
  const categoryAxis = {
    type: 'category',
    data: model.categories,
    inverse: model.horizontal === true,
    axisLabel: { interval: 0, hideOverlap: true, width: 140, overflow: 'truncate' },
  };
  const valueAxes = kinds.map((kind, i) =>
    valueAxis(kind, model.horizontal ? 'bottom' : i === 0 ? 'left' : 'right', twoAxes),
  );
  const series = model.series.map((item) => ({
    name: item.name,
    type: item.type,
    stack: item.stack,
    data: item.values,
    connectNulls: false,
    barMaxWidth: 36,
    ...(model.horizontal
      ? { xAxisIndex: axisIndex(item.kind) }
      : { yAxisIndex: axisIndex(item.kind) }),
  }));
  return {
    color: PALETTE,
    animationDuration: 300,
    aria: { enabled: true, decal: { show: true } },
    legend: { show: model.series.length > 1, top: 0, type: 'scroll' },
    grid: {
      left: 16,
      right: 24,
      top: model.series.length > 1 ? 36 : 16,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: tooltipFormatter(model),
    },
    xAxis: model.horizontal ? valueAxes : categoryAxis,
    yAxis: model.horizontal ? categoryAxis : valueAxes,
    series,
  };
}

/** The same model as a table: one row per category, one column per series. */
export function tableModel(model: CartesianModel, categoryHeader = '项目'): TableModel {
  return {
    columns: [categoryHeader, ...model.series.map((series) => series.name)],
    rows: model.categories.map((category, index) => ({
      key: `${index}`,
      cells: [
        category,
        ...model.series.map((series) => {
          const text = formatValue(series.values[index] ?? null, series.kind);
          const note = series.notes?.[index];
          return note ? `${text}（${note}）` : text;
        }),
      ],
    })),
  };
}

/** The option for an exported image: the title, the filters and the source written into it. */
export function exportOption(
  option: ChartOption,
  title: string,
  subtitle: string,
): ChartOption {
  const grid = (option.grid ?? {}) as Record<string, unknown>;
  return {
    ...option,
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: title,
      subtext: subtitle,
      left: 16,
      top: 8,
      textStyle: { fontSize: 16 },
      subtextStyle: { fontSize: 11, color: '#646a73' },
    },
    legend: { ...((option.legend ?? {}) as object), top: 64 },
    grid: { ...grid, top: 100, bottom: 16 },
  };
}
