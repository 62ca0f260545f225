import type { ReportValues } from '../cell-status';
import type { FormatVersion } from '../format';
import type { MetricDefinition } from './metric-definitions';
import { resolveSum, type ResolvedValue } from '../resolve-value';

/** A rate on fewer cases than this is shown, but flagged as a small sample (1/1 is not 100 %). */
export const SMALL_SAMPLE_DENOMINATOR = 5;

export interface MetricValue {
  metricId: string;
  numerator: number | null;
  denominator: number | null;
  /** Counts: the numerator. Rates: numerator ÷ denominator, null where the denominator is 0 ("—"). */
  value: number | null;
  smallSample: boolean;
  /** The report's format has no counterpart for a key of this metric. */
  notInFormat: boolean;
  /** A 2019 cell stands in approximately. */
  approximate: boolean;
  assumedZeroKeys: string[];
  missingKeys: string[];
}

function toMetricValue(
  metric: MetricDefinition,
  numerator: ResolvedValue,
  denominator: ResolvedValue | null,
): MetricValue {
  const parts = denominator ? [numerator, denominator] : [numerator];
  const notInFormat = parts.some((part) => part.notInFormatKeys.length > 0);
  const numeratorValue = notInFormat ? null : numerator.value;
  const denominatorValue = denominator && !notInFormat ? denominator.value : null;
  let value: number | null = numeratorValue;
  if (metric.kind === 'rate') {
    value = numeratorValue !== null && denominatorValue ? numeratorValue / denominatorValue : null;
  }
  return {
    metricId: metric.id,
    numerator: numeratorValue,
    denominator: denominatorValue,
    value,
    smallSample:
      metric.kind === 'rate' &&
      denominatorValue !== null &&
      denominatorValue > 0 &&
      denominatorValue < SMALL_SAMPLE_DENOMINATOR,
    notInFormat,
    approximate: parts.some((part) => part.approximateKeys.length > 0),
    assumedZeroKeys: [...new Set(parts.flatMap((part) => part.assumedZeroKeys))],
    missingKeys: [...new Set(parts.flatMap((part) => part.missingKeys))],
  };
}

/** A metric for one report. `version` is the format of the table the metric reads. */
export function evaluateMetric(
  metric: MetricDefinition,
  values: ReportValues,
  version: FormatVersion,
): MetricValue {
  const numerator = resolveSum(metric.numerator, values, version);
  const denominator = metric.denominator ? resolveSum(metric.denominator, values, version) : null;
  return toMetricValue(metric, numerator, denominator);
}

/**
 * A metric over many reports: numerators and denominators are summed first, then divided, so a
 * rate over a region is weighted by cases, not an average of rates. Reports without the figure
 * (not in their format, or missing) are left out of both sums.
 */
export function combineMetricValues(
  metric: MetricDefinition,
  perReport: readonly MetricValue[],
): MetricValue {
  const usable = perReport.filter(
    (item) => item.numerator !== null && (metric.kind !== 'rate' || item.denominator !== null),
  );
  const numerator =
    usable.length > 0 ? usable.reduce((sum, item) => sum + (item.numerator ?? 0), 0) : null;
  const denominator =
    metric.kind === 'rate' && usable.length > 0
      ? usable.reduce((sum, item) => sum + (item.denominator ?? 0), 0)
      : null;
  const value =
    metric.kind === 'rate'
      ? numerator !== null && denominator
        ? numerator / denominator
        : null
      : numerator;
  return {
    metricId: metric.id,
    numerator,
    denominator,
    value,
    smallSample:
      metric.kind === 'rate' &&
      denominator !== null &&
      denominator > 0 &&
      denominator < SMALL_SAMPLE_DENOMINATOR,
    notInFormat: usable.length === 0 && perReport.some((item) => item.notInFormat),
    approximate: usable.some((item) => item.approximate),
    assumedZeroKeys: [],
    missingKeys: [],
  };
}
