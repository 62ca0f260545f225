import { drillTarget, type Drill } from './drill';
import { escapeHtml } from './escape';
import { formatAxisValue, formatValue, type ValueKind } from './format';
import { metricLabel } from './overview-models';
import { statNote, type CompareData } from './compare-models';
import { PALETTE, valueScale, WEAK_ITEM_STYLE, type ChartOption, type TableModel } from './options';

export interface SmallMultiplesPanel {
  name: string;
  values: (number | null)[];
  notes: (string | null)[];
  weak: boolean[];
}

/** One small chart per entity, all on the same y scale, in a grid of `columns`. */
export interface SmallMultiplesModel {
  chart: 'multiples';
  title: string;
  kind: ValueKind;
  entityHeader: string;
  years: string[];
  panels: SmallMultiplesPanel[];
  /** The shared top of every y axis: the largest value over all entities, not only these. */
  yMax: number;
  columns: number;
  /** Drill-through: the office or region of each panel, the year of each point. */
  drill?: Drill;
}

export const PANEL_HEIGHT = 150;
const PANEL_TITLE = 22;

/**
 * Panels for `count` entities from `offset` (a page of them); the y scale is shared over all
 * entities, so pages compare with each other too.
 */
export function smallMultiplesModel(
  data: CompareData,
  page: { offset: number; count: number; columns: number },
): SmallMultiplesModel {
  const all = data.entities.flatMap((entity) =>
    entity.values.flatMap((stat) => (stat?.value == null ? [] : [stat.value])),
  );
  const top = all.length ? Math.max(...all) : 0;
  return {
    chart: 'multiples',
    title: `${metricLabel(data.metricId)}（每个${data.entityLabel}一图）`,
    kind: data.kind,
    entityHeader: data.entityLabel,
    years: data.years.map((year) => `${year}年`),
    panels: data.entities.slice(page.offset, page.offset + page.count).map((entity) => ({
      name: entity.name,
      values: entity.values.map((stat) => stat?.value ?? null),
      notes: entity.values.map((stat) => statNote(stat, data.kind)),
      weak: entity.values.map((stat) => stat?.smallSample === true),
    })),
    yMax: data.kind === 'rate' ? Math.min(1, top || 1) : top || 1,
    columns: page.columns,
    drill: {
      entity: data.entity,
      ids: data.entities.slice(page.offset, page.offset + page.count).map((entity) => entity.id),
      years: data.years,
    },
  };
}

export function smallMultiplesHeight(model: SmallMultiplesModel): number {
  return Math.max(1, Math.ceil(model.panels.length / model.columns)) * PANEL_HEIGHT + 8;
}

export function smallMultiplesHasData(model: SmallMultiplesModel): boolean {
  return model.panels.some((panel) => panel.values.some((value) => value !== null));
}

/** One ECharts option with a grid, axes and a series per panel. */
export function smallMultiplesOption(model: SmallMultiplesModel): ChartOption {
  const width = 100 / model.columns;
  const place = (i: number) => ({
    column: i % model.columns,
    top: Math.floor(i / model.columns) * PANEL_HEIGHT,
  });
  const format = (value: number) => formatAxisValue(value, model.kind);
  const type = model.kind === 'rate' ? 'line' : 'bar';
  return {
    color: PALETTE,
    animationDuration: 300,
    aria: { enabled: true },
    title: model.panels.map((panel, i) => ({
      // Plain text (not HTML): an uploaded name cannot inject markup here.
      text: panel.name,
      // A panel's name opens its profile (drill-through), like its bars.
      triggerEvent: model.drill !== undefined,
      left: `${place(i).column * width + 1}%`,
      top: place(i).top,
      textStyle: { fontSize: 12, fontWeight: 'normal', width: 160, overflow: 'truncate' },
    })),
    grid: model.panels.map((_, i) => ({
      left: `${place(i).column * width + 4}%`,
      width: `${width - 6}%`,
      top: place(i).top + PANEL_TITLE + 8,
      height: PANEL_HEIGHT - PANEL_TITLE - 38,
      outerBoundsMode: 'none',
    })),
    xAxis: model.panels.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: model.years.map((year) => year.slice(2, 4)),
      axisLabel: { fontSize: 10, interval: 0 },
      axisTick: { show: false },
    })),
    yAxis: model.panels.map((_, i) => ({
      type: 'value',
      gridIndex: i,
      ...valueScale(model.kind),
      max: model.yMax,
      splitNumber: 2,
      axisLabel: { fontSize: 10, formatter: format },
      splitLine: { lineStyle: { color: '#eff0f1' } },
    })),
    tooltip: {
      trigger: 'axis',
      formatter: (input: unknown) => {
        const params = (Array.isArray(input) ? input : [input]) as {
          seriesIndex?: number;
          dataIndex?: number;
        }[];
        const first = params[0];
        const panel = model.panels[first?.seriesIndex ?? -1];
        if (!panel) return '';
        const i = first.dataIndex ?? 0;
        const note = panel.notes[i];
        return `<strong>${escapeHtml(panel.name)}</strong><br/>${escapeHtml(model.years[i])}：${escapeHtml(
          formatValue(panel.values[i], model.kind),
        )}${note ? `（${escapeHtml(note)}）` : ''}`;
      },
    },
    series: model.panels.map((panel, i) => ({
      name: panel.name,
      type,
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 14,
      connectNulls: false,
      symbolSize: 5,
      data: panel.values.map((value, j) =>
        panel.weak[j] ? { value, itemStyle: WEAK_ITEM_STYLE } : value,
      ),
    })),
  };
}

export function smallMultiplesTable(model: SmallMultiplesModel): TableModel {
  return {
    columns: [model.entityHeader, ...model.years],
    rows: model.panels.map((panel, r) => ({
      key: `${r}`,
      cells: [
        panel.name,
        ...panel.values.map((value, i) => {
          const text = formatValue(value, model.kind);
          const note = panel.notes[i];
          return note ? `${text}（${note}）` : text;
        }),
      ],
      sort: [panel.name, ...panel.values],
      targets: model.drill
        ? [
            drillTarget(model.drill, r, null),
            ...panel.values.map((_, i) => drillTarget(model.drill, r, i)),
          ]
        : undefined,
    })),
  };
}
