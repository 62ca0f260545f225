import { drillTarget, type Drill } from './drill';
import { escapeHtml } from './escape';
import { formatAxisValue, formatValue, type ValueKind } from './format';
import { metricLabel } from './overview-models';
import { statNote, type CompareData } from './compare-models';
import { categoryZoom, WEAK_ITEM_STYLE, type ChartOption, type TableModel } from './options';

/** value: drawn by colour; empty: a report without this figure; missing: no report at all. */
export type HeatCellState = 'value' | 'empty' | 'missing';

export interface HeatCell {
  state: HeatCellState;
  value: number | null;
  note: string | null;
  weak: boolean;
}

/** Rows (offices or regions) × columns (years), one cell each. */
export interface HeatmapModel {
  chart: 'heatmap';
  title: string;
  /** The metric's label: the name of the coloured series. */
  valueName: string;
  kind: ValueKind;
  rowHeader: string;
  rows: string[];
  columns: string[];
  /** cells[row][column] */
  cells: HeatCell[][];
  /** Drill-through: the office or region of each row, the year of each column. */
  drill?: Drill;
}

/** Rows in view before a slider scrolls through the rest. */
export const HEATMAP_VISIBLE_ROWS = 20;
const ROW_HEIGHT = 22;

const STATE_TEXT: Record<Exclude<HeatCellState, 'value'>, string> = {
  empty: '无此数据',
  missing: '无报告',
};
const STATE_CODE: Record<Exclude<HeatCellState, 'value'>, number> = { missing: 0, empty: 1 };
const STATE_COLOUR: Record<Exclude<HeatCellState, 'value'>, string> = {
  missing: '#dee0e3',
  empty: '#ffffff',
};

export function heatmapModel(data: CompareData): HeatmapModel {
  return {
    chart: 'heatmap',
    title: `${metricLabel(data.metricId)}（${data.entityLabel} × 年份）`,
    valueName: metricLabel(data.metricId),
    kind: data.kind,
    rowHeader: data.entityLabel,
    rows: data.entities.map((entity) => entity.name),
    columns: data.years.map((year) => `${year}年`),
    cells: data.entities.map((entity) =>
      entity.values.map((stat): HeatCell => {
        const value = stat?.value ?? null;
        return {
          state: stat === null ? 'missing' : value === null ? 'empty' : 'value',
          value,
          note: statNote(stat, data.kind),
          weak: stat?.smallSample === true,
        };
      }),
    ),
    drill: {
      entity: data.entity,
      ids: data.entities.map((entity) => entity.id),
      years: data.years,
    },
  };
}

export function heatmapHasData(model: HeatmapModel): boolean {
  return model.cells.some((row) => row.some((cell) => cell.state === 'value'));
}

/** The chart's height in pixels for the rows in view. */
export function heatmapHeight(model: HeatmapModel, all = false): number {
  const rows = all ? model.rows.length : Math.min(model.rows.length, HEATMAP_VISIBLE_ROWS);
  return Math.max(160, rows * ROW_HEIGHT + 90);
}

function cellText(cell: HeatCell, kind: ValueKind): string {
  if (cell.state !== 'value') return STATE_TEXT[cell.state];
  const text = formatValue(cell.value, kind);
  return cell.note ? `${text}（${cell.note}）` : text;
}

/** visualMap colours the values; cells without a value get their own series and legend entry. */
export function heatmapOption(model: HeatmapModel): ChartOption {
  const values = model.cells.flatMap((row) =>
    row.flatMap((cell) => (cell.state === 'value' && cell.value !== null ? [cell.value] : [])),
  );
  const max = values.length ? Math.max(...values) : 1;
  const min = values.length ? Math.min(...values, 0) : 0;
  const points = (state: HeatCellState) =>
    model.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        if (cell.state !== state) return [];
        // Cells without a value carry their state as the value, for the second visual map.
        const value = state === 'value' ? cell.value : STATE_CODE[state];
        return [cell.weak ? { value: [c, r, value], itemStyle: WEAK_ITEM_STYLE } : [c, r, value]];
      }),
    );
  const showLabels = model.rows.length * model.columns.length <= 400;
  const format = (value: number) => formatAxisValue(value, model.kind);
  return {
    animationDuration: 300,
    aria: { enabled: true },
    legend: { show: true, top: 0, left: 0, data: [STATE_TEXT.missing, STATE_TEXT.empty] },
    tooltip: {
      trigger: 'item',
      formatter: (input: unknown) => {
        const param = input as { data?: unknown };
        const raw = param.data as { value?: number[] } | number[] | undefined;
        const at = Array.isArray(raw) ? raw : raw?.value;
        if (!at) return '';
        const [c, r] = at;
        const cell = model.cells[r]?.[c];
        if (!cell) return '';
        return `<strong>${escapeHtml(model.rows[r])}</strong><br/>${escapeHtml(
          model.columns[c],
        )}：${escapeHtml(cellText(cell, model.kind))}`;
      },
    },
    grid: {
      left: 16,
      right: model.rows.length > HEATMAP_VISIBLE_ROWS ? 40 : 16,
      top: 32,
      bottom: 64,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: { type: 'category', data: model.columns, splitArea: { show: true } },
    yAxis: {
      type: 'category',
      data: model.rows,
      inverse: true,
      splitArea: { show: true },
      axisLabel: { interval: 0, width: 140, overflow: 'truncate' },
      // A row's name opens its profile (drill-through), like its cells.
      triggerEvent: model.drill !== undefined,
    },
    // ECharts draws a cartesian heat map only through a visual map: the values through the
    // visible one, the cells without a value through a hidden one that colours them by state.
    visualMap: [
      {
        type: 'continuous',
        seriesIndex: 0,
        min,
        max: max > min ? max : min + 1,
        calculable: true,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        // Dragged handles of a count scale stop at whole numbers.
        ...(model.kind === 'count' ? { precision: 0 } : {}),
        formatter: format,
        inRange: { color: ['#e8f0ff', '#7aa2ff', '#1f4fd1'] },
      },
      {
        type: 'piecewise',
        show: false,
        seriesIndex: [1, 2],
        dimension: 2,
        pieces: (['missing', 'empty'] as const).map((state) => ({
          value: STATE_CODE[state],
          color: STATE_COLOUR[state],
        })),
      },
    ],
    dataZoom: categoryZoom(model.rows.length, HEATMAP_VISIBLE_ROWS, 'y'),
    series: [
      {
        name: model.valueName,
        type: 'heatmap',
        data: points('value'),
        label: {
          show: showLabels,
          fontSize: 10,
          formatter: (param: { value: number[] }) => format(param.value[2]),
        },
        emphasis: { itemStyle: { borderColor: '#1f2329', borderWidth: 1 } },
      },
      {
        name: STATE_TEXT.missing,
        type: 'heatmap',
        data: points('missing'),
        itemStyle: { color: STATE_COLOUR.missing, borderColor: '#ffffff', borderWidth: 1 },
        label: { show: showLabels, fontSize: 10, color: '#8f959e', formatter: STATE_TEXT.missing },
      },
      {
        name: STATE_TEXT.empty,
        type: 'heatmap',
        data: points('empty'),
        itemStyle: { color: STATE_COLOUR.empty, borderColor: '#c9cdd4', borderWidth: 1 },
        label: { show: showLabels, fontSize: 10, color: '#8f959e', formatter: '—' },
      },
    ],
  };
}

export function heatmapTable(model: HeatmapModel): TableModel {
  return {
    columns: [model.rowHeader, ...model.columns],
    rows: model.rows.map((row, r) => ({
      key: `${r}`,
      cells: [row, ...model.cells[r].map((cell) => cellText(cell, model.kind))],
      sort: [row, ...model.cells[r].map((cell) => cell.value)],
      targets: model.drill
        ? [
            drillTarget(model.drill, r, null),
            ...model.cells[r].map((cell, c) =>
              cell.state === 'missing' ? null : drillTarget(model.drill, r, c),
            ),
          ]
        : undefined,
    })),
  };
}
