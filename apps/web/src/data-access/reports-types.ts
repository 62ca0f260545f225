/** Response shapes of the reports, coverage and region-editing endpoints, as the web reads them. */
export type { CoverageResponse, CoverageState } from '@ogi/report-charts';

export type IngestStatus = 'created' | 'new_version' | 'duplicate' | 'needs_input' | 'failed';

export interface OfficeRef {
  id: number;
  name: string;
  regionId: number | null;
}

export interface Problem {
  code: string;
  message: string;
  messageZh?: string;
}

export interface IngestFinding {
  code: string;
  severity: string;
  message: string;
  ruleId?: string;
}

export interface IngestResult {
  file: string;
  status: IngestStatus;
  reportId: number | null;
  office: OfficeRef | null;
  year: number | null;
  findings: IngestFinding[];
  error: Problem | null;
  candidates?: OfficeRef[];
}

export interface IngestResponse {
  results: IngestResult[];
}

export interface IngestOverrides {
  regionId?: number;
  officeId?: number;
  year?: number;
}

export type ReportProblemKind = 'any' | 'rule' | 'parse' | 'needs_input' | 'failed';

export interface ReportListItem {
  id: number;
  office: OfficeRef | null;
  year: number | null;
  version: number | null;
  isCurrent: boolean;
  status: 'ok' | 'needs_input' | 'failed';
  fileName: string;
  createdAt: string;
  error: Problem | null;
  findingCounts: { rules: number; warnings: number };
}

export interface ReportList {
  items: ReportListItem[];
  total: number;
  page: number;
  pageSize: number;
}
