import { figureKeys, METRICS, metricById, type MetricDefinition } from '@ogi/report-schema';
import { FIGURE_COLUMNS } from '../figures/report-figures';

/**
 * A schema metric read from report_figures: per report, the numerator is the sum of its numerator
 * columns and the denominator the sum of its denominator columns (null when one is null, as
 * `resolveSum` gives null for a missing part). Column names come only from FIGURE_COLUMNS, so
 * the SQL built from them never contains user text.
 */
export interface MetricColumns {
  metric: MetricDefinition;
  numerator: readonly string[];
  /** Null for counts and amounts. */
  denominator: readonly string[] | null;
}

/** Canonical key → the column holding exactly that key. */
const COLUMN_BY_KEY: ReadonlyMap<string, string> = new Map(
  FIGURE_COLUMNS.flatMap((column) => {
    const keys = figureKeys(column);
    return keys.length === 1 ? [[keys[0], column.column] as const] : [];
  }),
);

function columnsFor(keys: readonly string[]): string[] | null {
  const columns = keys.map((key) => COLUMN_BY_KEY.get(key));
  return columns.every((column) => column !== undefined) ? (columns as string[]) : null;
}

function toColumns(metric: MetricDefinition): MetricColumns | null {
  const own = FIGURE_COLUMNS.find((column) => column.metric === metric.id);
  const numerator = own ? [own.column] : columnsFor(metric.numerator);
  const denominator = metric.denominator ? columnsFor(metric.denominator) : null;
  if (!numerator || (metric.denominator && !denominator)) return null;
  return { metric, numerator, denominator };
}

/** Every schema metric that report_figures can answer, in METRICS order (immutable schema data). */
export const STATS_METRICS: ReadonlyMap<string, MetricColumns> = new Map(
  METRICS.flatMap((metric) => {
    const columns = toColumns(metric);
    return columns ? [[metric.id, columns] as const] : [];
  }),
);

export function statsMetric(id: string): MetricColumns | undefined {
  return STATS_METRICS.get(id);
}

/** The plain (float) sum of some columns of one report. */
export const floatSumSql = (alias: string, columns: readonly string[]) =>
  columns.length === 1
    ? `${alias}."${columns[0]}"`
    : `(${columns.map((column) => `${alias}."${column}"`).join(' + ')})`;

/** SQL for one report's numerator and denominator (denominator null for counts). */
export function metricSql(
  columns: MetricColumns,
  alias: string,
): { numerator: string; denominator: string | null } {
  return {
    numerator: floatSumSql(alias, columns.numerator),
    denominator: columns.denominator ? floatSumSql(alias, columns.denominator) : null,
  };
}

/**
 * Sums are taken over whole numbers only, so adding and later subtracting a report (the rollup's
 * triggers) gives back exactly what was there: counts as they are, 万元 amounts in 分 (×1e6; the
 * schema keeps money to the 分, see value-bounds in report-schema).
 */
export const MONEY_SCALE = 1_000_000;

const MONEY_COLUMNS: ReadonlySet<string> = new Set(
  FIGURE_COLUMNS.filter(
    (column) => column.metric !== undefined && metricById(column.metric)?.unit === '万元',
  ).map((column) => column.column),
);

/** A report_figures column as an exact integer (BIGINT reads as a 64-bit integer in both databases). */
export function exactColumnSql(alias: string, column: string): string {
  return MONEY_COLUMNS.has(column)
    ? `CAST(ROUND(${alias}."${column}" * ${MONEY_SCALE}) AS BIGINT)`
    : `CAST(ROUND(${alias}."${column}") AS BIGINT)`;
}

/** One report's sum of columns as an exact integer (null when one is null). */
export function exactSumSql(alias: string, columns: readonly string[]): string {
  const parts = columns.map((column) => exactColumnSql(alias, column));
  return parts.length === 1 ? parts[0] : `(${parts.join(' + ')})`;
}

/** Whether a metric's sums are money in 分 (divide by MONEY_SCALE to get 万元). */
export function isMoneyMetric(numerator: readonly string[]): boolean {
  return numerator.some((column) => MONEY_COLUMNS.has(column));
}
