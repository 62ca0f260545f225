import { formatValue, type ValueKind } from './format';
import type { CartesianModel } from './options';
import type { SummaryResponse } from './stats-types';
import { kpiCards, metricLabel } from './overview-models';

/**
 * The data behind a chart or a table with its numbers kept as numbers, for the exports:
 * spreadsheets keep them numeric (formatted by kind), CSV and slides write them as text.
 */
export type CellKind = 'text' | ValueKind;

export interface DataCell {
  /** Rates as fractions (0.123 = 12.3%); null where there is no value. */
  value: string | number | null;
  kind: CellKind;
}

export interface DataTable {
  title: string;
  columns: string[];
  rows: DataCell[][];
}

const text = (value: string | null): DataCell => ({ value, kind: 'text' });

/**
 * A chart model as a table: one row per category, one column per series, a note column
 * (n = …, shares, last year) for every series that has notes, and the change on the year before
 * where the chart marks it.
 */
export function chartDataTable(model: CartesianModel, categoryHeader = '项目'): DataTable {
  const columns = [categoryHeader];
  for (const series of model.series) {
    columns.push(series.name);
    if (series.notes?.some((note) => note)) columns.push(`${series.name}（说明）`);
  }
  const rows = model.categories.map((category, index) => {
    const row: DataCell[] = [text(category)];
    for (const series of model.series) {
      row.push({ value: series.values[index] ?? null, kind: series.kind });
      if (series.notes?.some((note) => note)) row.push(text(series.notes[index] ?? null));
    }
    if (model.marks) row.push(text(model.marks[index]?.text ?? null));
    return row;
  });
  if (model.marks) columns.push('较上年');
  return { title: model.title, columns, rows };
}

/** The KPIs of the summary: this year, last year, the change and the sample, one row each. */
export function kpiDataTable(summary: SummaryResponse): DataTable {
  const all = [...summary.headline, ...summary.appeals, ...summary.refusalReasons];
  const rows: DataCell[][] = [
    [
      text('报告数'),
      { value: summary.reports.current, kind: 'count' },
      { value: summary.reports.previous, kind: 'count' },
      text(kpiCards(summary)[0].changeText),
      text(null),
    ],
  ];
  for (const card of kpiCards(summary).slice(1)) {
    const kpi = all.find((item) => item.metric.id === card.key);
    if (!kpi) continue;
    rows.push([
      text(metricLabel(card.key)),
      { value: kpi.current.value, kind: card.kind },
      { value: kpi.previous.value, kind: card.kind },
      text(card.changeText),
      text(card.sampleText ?? card.reportsText),
    ]);
  }
  return {
    title: `主要指标（${summary.year}年与${summary.previousYear}年）`,
    columns: ['指标', `${summary.year}年`, `${summary.previousYear}年`, '变化', '样本'],
    rows,
  };
}

/** A cell as the page shows it: 千分位 for counts and amounts, one-decimal percentages, — for none. */
export function cellText(cell: DataCell): string {
  if (cell.kind === 'text') return cell.value === null ? '' : String(cell.value);
  return formatValue(typeof cell.value === 'number' ? cell.value : null, cell.kind);
}
