/** Response shapes of the API for the web; the stats shapes are shared with the server's exports. */
import type { OfficeKind } from '@ogi/report-charts';
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

export interface Region {
  id: number;
  name: string;
  level: string;
  parentId: number | null;
  code: string | null;
  /** Materialised path of ids, e.g. /1/4/17/ */
  path: string;
  officeCount: number;
  reportCount: number;
  isDemo: boolean;
}

export interface RegionList {
  items: Region[];
}

export interface Office {
  id: number;
  name: string;
  kind: OfficeKind;
  regionId: number | null;
  aliases: string[];
  isDemo: boolean;
}

export interface OfficeList {
  items: Office[];
  total: number;
  offset: number;
  limit: number;
}

/** GET /api/selections/:id: lists stored for filters too long for a URL (those the user may see). */
export interface StoredSelection {
  id: string;
  officeIds: number[];
  regionIds: number[];
}
