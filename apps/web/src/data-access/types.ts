/** Answers of the API for the web: names for the generated contract's schemas (@ogi/api-contract). */
import type { GetResponse, Schema } from '@ogi/api-contract';

export type {
  MetricKind,
  OfficeKind,
  ReportFormat,
  MetricInfo,
  MetricStat,
  Change,
  StatsFilterEcho,
  ValuesRow,
  YearValues,
  SeriesResponse,
  DistributionResponse,
  Kpi,
  CoverageTotals,
  SummaryResponse,
  StatsOffice,
  RankingItem,
  RankingResponse,
  BreakdownGroup,
  BreakdownResponse,
  MatrixRow,
  MatrixResponse,
} from '@ogi/report-charts';

export type Region = Schema<'RegionDto'>;
export type RegionList = GetResponse<'/regions'>;
export type Office = Schema<'OfficeDto'>;
export type OfficeList = GetResponse<'/offices'>;
/**
 * GET /api/selections/:id: lists stored for filters too long for a URL (those the user may see);
 * the web keeps the lists, not the time they were stored.
 */
export type StoredSelection = Pick<
  GetResponse<'/selections/{id}'>,
  'id' | 'officeIds' | 'regionIds'
>;
