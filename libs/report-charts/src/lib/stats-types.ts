/**
 * Response shapes of the stats API, written from the API's DTOs
 * (apps/api/src/app/stats/stats.dto.ts, stats-values.dto.ts). Shared by the web (charts)
 * and the server's exports; the web never imports the api.
 */

import type { FormatVersion, OfficeKind } from '@ogi/report-schema';

export type { OfficeKind };
export type MetricKind = 'count' | 'amount' | 'rate';
export type ReportFormat = FormatVersion;

export interface MetricInfo {
  id: string;
  label: string;
  labelEn: string;
  kind: MetricKind;
  group: string;
  unit: string;
  numeratorLabel?: string;
  denominatorLabel?: string;
}

/** One figure over a set of reports; `reports` is the n, `reports + missing` the m. */
export interface MetricStat {
  numerator: number | null;
  denominator: number | null;
  /** Counts: the numerator; rates: numerator ÷ denominator (a fraction), null when it is 0. */
  value: number | null;
  smallSample: boolean;
  reports: number;
  missing: number;
}

export interface Change {
  /** value − previous (rates: in fractions, 0.05 = 5 points). */
  absolute: number | null;
  /** (value − previous) ÷ previous; null when the previous value is 0 or unknown. */
  relative: number | null;
}

export interface StatsFilterEcho {
  yearFrom: number;
  yearTo: number;
  regionIds: number[];
  officeIds: number[];
  officeKinds: string[];
  format: ReportFormat | null;
}

export interface ValuesRow {
  reports: number;
  values: Record<string, MetricStat>;
}

export interface YearValues extends ValuesRow {
  year: number;
}

export interface SeriesResponse {
  filter: StatsFilterEcho;
  metrics: MetricInfo[];
  years: YearValues[];
}

export interface DistributionResponse extends SeriesResponse {
  total: ValuesRow;
}

export interface Kpi {
  metric: MetricInfo;
  current: MetricStat;
  previous: MetricStat;
  change: Change;
}

export interface CoverageTotals {
  offices: number;
  years: number[];
  expected: number;
  present: number;
  missing: number;
  failing: number;
}

export interface SummaryResponse {
  filter: StatsFilterEcho;
  year: number;
  previousYear: number;
  reports: { current: number; previous: number; change: Change };
  headline: Kpi[];
  refusalReasons: Kpi[];
  appeals: Kpi[];
  coverage: CoverageTotals;
}

export interface StatsOffice {
  id: number;
  name: string;
  kind: OfficeKind;
  regionId: number | null;
}

export interface RankingItem {
  rank: number;
  office: StatsOffice;
  current: MetricStat;
  previous: MetricStat | null;
  change: Change;
}

export interface RankingResponse {
  filter: StatsFilterEcho;
  metric: MetricInfo;
  year: number;
  previousYear: number;
  order: 'asc' | 'desc';
  reports: number;
  ranked: number;
  items: RankingItem[];
}

export interface BreakdownGroup extends ValuesRow {
  id: number;
  name: string;
  level?: string;
  kind?: string;
}

export interface BreakdownResponse {
  filter: StatsFilterEcho;
  groupBy: 'region' | 'office';
  level?: string;
  parentId?: number;
  metrics: MetricInfo[];
  /** Groups with reports, by name. */
  groups: BreakdownGroup[];
  /** More groups than `limit` had reports; the rest are left out. */
  truncated: boolean;
}

export interface MatrixRow {
  office: StatsOffice;
  /** One per year of `years`; null where the office has no current report. */
  values: (MetricStat | null)[];
}

export interface MatrixResponse {
  filter: StatsFilterEcho;
  metric: MetricInfo;
  years: number[];
  /** Offices in scope (rows of every page). */
  total: number;
  page: number;
  pageSize: number;
  rows: MatrixRow[];
}
