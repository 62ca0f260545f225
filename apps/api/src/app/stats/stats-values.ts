import type {
  AggregateRow,
  CoverageTotals,
  MetricColumns,
  MetricSums,
  ScopeOffice,
} from '@ogi/api-data-access';
import { combineMetricValues, type MetricDefinition, type MetricValue } from '@ogi/report-schema';
import type { StatsFilter } from '@ogi/api-params';
import type {
  ChangeDto,
  MetricInfoDto,
  MetricStatDto,
  StatsFilterDto,
  StatsOfficeDto,
  ValuesRowDto,
} from './stats-values.dto';
import type { CoverageTotalsDto } from './stats.dto';

/** Turning repository sums into response values: every value is finished by the schema. */

export function metricInfo(metric: MetricDefinition): MetricInfoDto {
  return {
    id: metric.id,
    label: metric.label,
    labelEn: metric.labelEn,
    kind: metric.kind,
    group: metric.group,
    unit: metric.unit,
    numeratorLabel: metric.numeratorLabel,
    denominatorLabel: metric.denominatorLabel,
  };
}

/** Sums as the per-report values combineMetricValues takes (none when no report had the figure). */
function asValues(metric: MetricDefinition, sums: readonly MetricSums[]): MetricValue[] {
  return sums
    .filter((part) => part.reports > 0)
    .map((part) => ({
      metricId: metric.id,
      numerator: part.numerator,
      denominator: part.denominator,
      value: null,
      smallSample: false,
      notInFormat: false,
      approximate: false,
      assumedZeroKeys: [],
      missingKeys: [],
    }));
}

/** One metric over several partial sums (years, groups) of `reports` reports in all. */
export function combineSums(
  metric: MetricDefinition,
  sums: readonly MetricSums[],
  reports: number,
): MetricStatDto {
  const combined = combineMetricValues(metric, asValues(metric, sums));
  const contributed = sums.reduce((total, part) => total + part.reports, 0);
  return {
    numerator: combined.numerator,
    denominator: combined.denominator,
    value: combined.value,
    smallSample: combined.smallSample,
    reports: contributed,
    missing: reports - contributed,
  };
}

const NO_SUMS: MetricSums = { numerator: null, denominator: null, reports: 0 };

/** The values of one aggregate row (or an empty row: no reports). */
export function rowValues(
  metrics: readonly MetricColumns[],
  row: AggregateRow | undefined,
): ValuesRowDto {
  const reports = row?.reports ?? 0;
  return {
    reports,
    values: Object.fromEntries(
      metrics.map(({ metric }) => [
        metric.id,
        combineSums(metric, [row?.sums[metric.id] ?? NO_SUMS], reports),
      ]),
    ),
  };
}

/** Several aggregate rows as one (a whole year range). */
export function totalValues(
  metrics: readonly MetricColumns[],
  rows: readonly AggregateRow[],
): ValuesRowDto {
  const reports = rows.reduce((total, row) => total + row.reports, 0);
  return {
    reports,
    values: Object.fromEntries(
      metrics.map(({ metric }) => [
        metric.id,
        combineSums(
          metric,
          rows.map((row) => row.sums[metric.id] ?? NO_SUMS),
          reports,
        ),
      ]),
    ),
  };
}

export function change(current: number | null, previous: number | null): ChangeDto {
  if (current === null || previous === null) return { absolute: null, relative: null };
  return {
    absolute: current - previous,
    relative: previous === 0 ? null : (current - previous) / previous,
  };
}

export function yearsOf(filter: Pick<StatsFilter, 'yearFrom' | 'yearTo'>): number[] {
  return Array.from({ length: filter.yearTo - filter.yearFrom + 1 }, (_, i) => filter.yearFrom + i);
}

/**
 * Coverage of `offices` offices over `years`: every placed office is expected once a year; an
 * office without a region only for the reports it has, so it never adds to `missing` until placed.
 */
export function coverageTotalsDto(
  offices: number,
  years: number[],
  totals: CoverageTotals,
): CoverageTotalsDto {
  const expected = (offices - totals.unplacedOffices) * years.length + totals.unplacedPresent;
  return {
    offices,
    years,
    expected,
    present: totals.present,
    missing: expected - totals.present,
    failing: totals.failing,
    unplaced: totals.unplacedOffices,
  };
}

export function filterDto(filter: StatsFilter): StatsFilterDto {
  return {
    yearFrom: filter.yearFrom,
    yearTo: filter.yearTo,
    regionIds: filter.regionIds ?? [],
    officeIds: filter.officeIds ?? [],
    officeKinds: filter.officeKinds ?? [],
    format: filter.format ?? null,
    selection: filter.selection ?? null,
  };
}

export function officeDto(office: ScopeOffice): StatsOfficeDto {
  return { id: office.id, name: office.name, kind: office.kind, regionId: office.regionId };
}
