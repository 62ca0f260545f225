import { commonYear, drillTarget, type ChartTarget, type Drill } from './drill';
import { escapeHtml } from './escape';
import { formatAxisValue, formatValue, type ValueKind } from './format';

/**
 * An ECharts option as plain data. Typed loosely on purpose: this library must not depend on
 * echarts, so the same builders serve the browser and the server's renderer.
 */
export type ChartOption = Record<string, unknown>;

/** One series of a cartesian chart: a value per category (null: no value). */
export interface SeriesModel {
  name: string;
  type: 'bar' | 'line';
  kind: ValueKind;
  values: (number | null)[];
  /** A note per point for the tooltip and the table, e.g. "n = 120" or "样本较小". */
  notes?: (string | null)[];
  /** Points drawn lighter and hatched: rates over fewer than 5 cases (样本较小). */
  weak?: boolean[];
  stack?: string;
}

/** How a change on the year before is welcomed (from the metric's goodDirection). */
export type Tone = 'good' | 'bad' | 'neutral';

/** A short text beside a category's bar, e.g. "↑ 2.5 个百分点", coloured by its tone. */
export interface CategoryMark {
  text: string;
  tone: Tone;
  /** The number the text shows (a relative change, or points for rates), for sorting. */
  value?: number | null;
}

/** What a chart shows, independent of ECharts. */
export interface CartesianModel {
  title: string;
  categories: string[];
  series: SeriesModel[];
  /** Bars grow to the right, categories top to bottom (rankings, breakdowns). */
  horizontal?: boolean;
  /** One mark per category, written after the last series' bar (year-on-year arrows). */
  marks?: (CategoryMark | null)[];
  /** With more categories than this, a slider scrolls through them (this many in view). */
  zoomAfter?: number;
  /** Drill-through: the office or region of each category, the year of each series. */
  drill?: Drill;
}

/** A table row: its cells as shown, what they sort by, and where each leads (drill-through). */
export interface TableRow {
  key: string;
  cells: string[];
  /** Per cell: the value it sorts by (numbers as numbers; null: no value, always last). */
  sort?: (string | number | null)[];
  /** Per cell: the office or region it stands for. */
  targets?: (ChartTarget | null)[];
}

export interface TableModel {
  columns: string[];
  rows: TableRow[];
}

export const PALETTE = [
  '#3370ff',
  '#34c724',
  '#ff8800',
  '#7f3bf5',
  '#f54a45',
  '#14c0ff',
  '#ffc60a',
];

/** Green for a welcome change, red for an unwelcome one, grey otherwise. */
export const TONE_COLOURS: Record<Tone, string> = {
  good: '#2ea121',
  bad: '#d83931',
  neutral: '#646a73',
};

/** Lighter, hatched drawing of a point whose rate rests on fewer than 5 cases. */
export const WEAK_ITEM_STYLE = {
  opacity: 0.45,
  decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 },
};

/** A slider (and wheel/drag) over the category axis showing `visible` categories at a time. */
export function categoryZoom(
  count: number,
  visible: number,
  axis: 'x' | 'y',
  index = 0,
): Record<string, unknown>[] {
  if (count <= visible) return [];
  const end = Math.min(count - 1, visible - 1);
  const which = axis === 'x' ? { xAxisIndex: index } : { yAxisIndex: index };
  return [
    {
      type: 'slider',
      ...which,
      startValue: 0,
      endValue: end,
      ...(axis === 'y' ? { orient: 'vertical', right: 4, width: 16 } : { bottom: 4, height: 16 }),
      showDetail: false,
      brushSelect: false,
    },
    {
      type: 'inside',
      ...which,
      startValue: 0,
      endValue: end,
      zoomOnMouseWheel: false,
      moveOnMouseWheel: true,
    },
  ];
}

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

/**
 * How a value axis of `kind` is scaled: counts in whole steps (ECharts would tick 0.2 or 0.5 when
 * the largest count is small, and nobody has half an application), rates from 0 to 100 %.
 */
export function valueScale(kind: ValueKind): Record<string, unknown> {
  return {
    min: 0,
    ...(kind === 'rate' ? { max: 1 } : {}),
    ...(kind === 'count' ? { minInterval: 1 } : {}),
  };
}

/**
 * The step between ticks of a count axis drawn by a program that picks its own (PowerPoint): a
 * whole 1, 2 or 5 × 10ⁿ giving at most `ticks` steps up to `max`.
 */
export function wholeNumberStep(max: number, ticks = 5): number {
  if (!Number.isFinite(max) || max <= ticks) return 1;
  const rough = max / ticks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((value) => value >= rough);
  return Math.max(1, Math.round(step ?? 10 * power));
}

function valueAxis(
  kind: ValueKind,
  position: 'left' | 'right' | 'bottom' | 'top',
  hasTwo: boolean,
) {
  return {
    type: 'value',
    position,
    ...valueScale(kind),
    splitLine: { show: !hasTwo || kind !== 'rate' },
    axisLabel: { formatter: (value: number) => formatAxisValue(value, kind) },
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
    axisLabel: categoryLabels(model),
    // Labels take clicks too (drill-through on the name, not only on the bar).
    triggerEvent: model.drill !== undefined,
  };
  const valueAxes = kinds.map((kind, i) =>
    valueAxis(kind, model.horizontal ? 'bottom' : i === 0 ? 'left' : 'right', twoAxes),
  );
  const last = model.series.length - 1;
  const series = model.series.map((item, seriesIndex) => ({
    name: item.name,
    type: item.type,
    stack: item.stack,
    data: item.weak?.some(Boolean)
      ? item.values.map((value, i) =>
          item.weak?.[i] ? { value, itemStyle: WEAK_ITEM_STYLE } : value,
        )
      : item.values,
    connectNulls: false,
    barMaxWidth: 36,
    ...(model.marks && seriesIndex === last ? { label: markLabel(model) } : {}),
    ...(model.horizontal
      ? { xAxisIndex: axisIndex(item.kind) }
      : { yAxisIndex: axisIndex(item.kind) }),
  }));
  const zoom =
    model.zoomAfter === undefined
      ? []
      : categoryZoom(model.categories.length, model.zoomAfter, model.horizontal ? 'y' : 'x');
  return {
    color: PALETTE,
    animationDuration: 300,
    aria: { enabled: true, decal: { show: true } },
    legend: { show: model.series.length > 1, top: 0, type: 'scroll' },
    grid: {
      left: 16,
      right: (model.marks ? 150 : 24) + (zoom.length && model.horizontal ? 28 : 0),
      top: model.series.length > 1 ? 36 : 16,
      bottom: zoom.length && !model.horizontal ? 36 : 8,
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
    ...(zoom.length ? { dataZoom: zoom } : {}),
    series,
  };
}

/** Longest category name drawn in full, in characters; longer ones end in "…". */
const LABEL_CHARS = 16;
const LABEL_FONT = 12;

/**
 * Every category label is drawn (none hidden for overlapping: a bar must never read as its
 * neighbour's). Side by side, long names are turned 45° once there are more than a few of them.
 */
function categoryLabels(model: CartesianModel) {
  const longest = Math.max(0, ...model.categories.map((name) => name.length));
  const turn = !model.horizontal && model.categories.length > 4 && longest > 4;
  return {
    interval: 0,
    hideOverlap: false,
    rotate: turn ? 45 : 0,
    width: (model.horizontal ? 10 : LABEL_CHARS) * LABEL_FONT + 20,
    overflow: 'truncate',
    fontSize: LABEL_FONT,
  };
}

/** The value and its mark after a bar, the mark coloured by its tone (rich text, no HTML). */
function markLabel(model: CartesianModel) {
  const kind = model.series[model.series.length - 1]?.kind ?? 'count';
  return {
    show: true,
    position: model.horizontal ? 'right' : 'top',
    formatter: (param: { dataIndex: number; value: unknown }) => {
      const raw = param.value;
      const value =
        typeof raw === 'number' ? raw : ((raw as { value?: number } | null)?.value ?? null);
      const mark = model.marks?.[param.dataIndex];
      const text = formatValue(value ?? null, kind);
      // Rich-text markers: braces and pipes in the text itself would be read as markup.
      return mark ? `${text} {${mark.tone}|${mark.text.replace(/[{}|]/g, '')}}` : text;
    },
    rich: Object.fromEntries(
      Object.entries(TONE_COLOURS).map(([tone, color]) => [tone, { color, fontWeight: 600 }]),
    ),
  };
}

/** The same model as a table: one row per category, one column per series. */
export function tableModel(model: CartesianModel, categoryHeader = '项目'): TableModel {
  return {
    columns: [
      categoryHeader,
      ...model.series.map((series) => series.name),
      ...(model.marks ? ['较上年'] : []),
    ],
    rows: model.categories.map((category, index) => ({
      key: `${index}`,
      cells: [
        category,
        ...model.series.map((series) => {
          const text = formatValue(series.values[index] ?? null, series.kind);
          const note = series.notes?.[index];
          return note ? `${text}（${note}）` : text;
        }),
        ...(model.marks ? [model.marks[index]?.text ?? '—'] : []),
      ],
      sort: [
        category,
        ...model.series.map((series) => series.values[index] ?? null),
        ...(model.marks ? [model.marks[index]?.value ?? null] : []),
      ],
      targets: model.drill
        ? [
            entityTarget(model.drill, index),
            ...model.series.map((_, s) => drillTarget(model.drill, index, s)),
            ...(model.marks ? [null] : []),
          ]
        : undefined,
    })),
  };
}

/** The entity of a row, at the year all series share (a ranking) or at no particular year. */
function entityTarget(drill: Drill, index: number): ChartTarget | null {
  const target = drillTarget(drill, index, null);
  return target ? { ...target, year: commonYear(drill) } : null;
}

/** The option for an exported image: the title, the filters and the source written into it. */
export function exportOption(option: ChartOption, title: string, subtitle: string): ChartOption {
  const heading = {
    text: title,
    subtext: subtitle,
    left: 16,
    top: 8,
    textStyle: { fontSize: 16 },
    subtextStyle: { fontSize: 11, color: '#646a73' },
  };
  const exported: ChartOption = { ...option, animation: false, backgroundColor: '#ffffff' };
  // An image shows every category: no scrolling window.
  delete exported['dataZoom'];
  if (Array.isArray(option.grid)) {
    // Several grids (small multiples) keep their layout, moved down under the heading.
    exported['grid'] = option.grid.map((grid: Record<string, unknown>) => ({
      ...grid,
      top: typeof grid['top'] === 'number' ? grid['top'] + EXPORT_HEADING : grid['top'],
    }));
    const titles = Array.isArray(option.title) ? option.title : [];
    exported['title'] = [
      heading,
      ...titles.map((item: Record<string, unknown>) => ({
        ...item,
        top: typeof item['top'] === 'number' ? item['top'] + EXPORT_HEADING : item['top'],
      })),
    ];
    return exported;
  }
  const grid = (option.grid ?? {}) as Record<string, unknown>;
  return {
    ...exported,
    title: heading,
    legend: { ...((option.legend ?? {}) as object), top: 64 },
    grid: { ...grid, top: EXPORT_HEADING, bottom: 16 },
  };
}

/** Height of the title and filter lines at the top of an exported image. */
export const EXPORT_HEADING = 100;
