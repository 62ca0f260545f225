/** Response shapes of uploads, the review queue and coverage, as the web reads them. */
import type { OfficeRef, Problem } from './report-types';

export type { CoverageResponse, CoverageState } from '@ogi/report-charts';
export type { OfficeRef, Problem, ReportList, ReportListItem } from './report-types';

export type IngestStatus = 'created' | 'new_version' | 'duplicate' | 'needs_input' | 'failed';

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
