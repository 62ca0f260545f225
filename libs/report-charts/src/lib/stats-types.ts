/**
 * Answers of the stats API as report-charts reads them: names for the generated contract's
 * schemas (@ogi/api-contract, from the api's DTOs). Shared by the web (charts) and the server's
 * exports; nothing here is written by hand.
 */
import type { GetResponse, Schema } from '@ogi/api-contract';
import type { FormatVersion, OfficeKind } from '@ogi/report-schema';

export type { OfficeKind };
export type ReportFormat = FormatVersion;

export type MetricInfo = Schema<'MetricInfoDto'>;
export type MetricKind = MetricInfo['kind'];
/** One figure over a set of reports; `reports` is the n, `reports + missing` the m. */
export type MetricStat = Schema<'MetricStatDto'>;
export type Change = Schema<'ChangeDto'>;
export type StatsFilterEcho = Schema<'StatsFilterDto'>;
export type ValuesRow = Schema<'ValuesRowDto'>;
export type YearValues = Schema<'YearValuesDto'>;
export type Kpi = Schema<'KpiDto'>;
export type CoverageTotals = Schema<'CoverageTotalsDto'>;
export type StatsOffice = Schema<'StatsOfficeDto'>;
export type RankingItem = Schema<'RankingItemDto'>;
export type BreakdownGroup = Schema<'BreakdownGroupDto'>;
export type MatrixRow = Schema<'MatrixRowDto'>;

export type SeriesResponse = GetResponse<'/stats/series'>;
/** The outcomes, applicants and appeals endpoints answer alike. */
export type DistributionResponse = GetResponse<'/stats/outcomes'>;
export type SummaryResponse = GetResponse<'/stats/summary'>;
export type RankingResponse = GetResponse<'/stats/ranking'>;
export type BreakdownResponse = GetResponse<'/stats/breakdown'>;
export type MatrixResponse = GetResponse<'/stats/matrix'>;
export type CoverageResponse = GetResponse<'/stats/coverage'>;
export type CoverageRow = Schema<'CoverageRowDto'>;
export type CoverageState = CoverageRow['years'][number];
