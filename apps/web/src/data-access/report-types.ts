/** Response shapes of /api/reports (apps/api/src/app/reports/reports.dto.ts) as the web reads them. */
import type { SourceLocation } from '@ogi/report-parser';
import type { CellStatus, FormatVersion } from '@ogi/report-schema';

export type { SourceLocation };

export type ReportStatus = 'ok' | 'needs_input' | 'failed';

export interface OfficeRef {
  id: number;
  name: string;
  regionId: number | null;
}

export interface ReportFormatVersions {
  active: FormatVersion | null;
  applications: FormatVersion | null;
  appeals: FormatVersion | null;
}

export interface Problem {
  code: string;
  message: string;
  messageZh?: string;
}

export interface ReportSummary {
  id: number;
  office: OfficeRef | null;
  year: number | null;
  version: number | null;
  isCurrent: boolean;
  status: ReportStatus;
  formatVersion: ReportFormatVersions;
  parserVersion: string;
  fileName: string;
  createdAt: string;
  error: Problem | null;
}

/** A row of GET /api/reports: the summary and its counts of failing rules and warnings. */
export interface ReportListItem extends ReportSummary {
  findingCounts: { rules: number; warnings: number };
}

export interface ReportList {
  items: ReportListItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ReportCell {
  key: string;
  value: number | null;
  status: CellStatus;
  raw: string | null;
  unit: string | null;
  location: SourceLocation | null;
  assignedBy: string | null;
  corrected: boolean;
}

export interface ReportFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  table: string | null;
  keys: string[];
  location: SourceLocation | null;
  ruleId?: string;
  expected?: number | null;
  actual?: number | null;
}

export interface SourceFileInfo {
  id: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface ReportVersion {
  id: number;
  version: number | null;
  isCurrent: boolean;
  status: ReportStatus;
  fileName: string;
  parserVersion: string;
  createdAt: string;
}

export interface Correction {
  id: number;
  key: string;
  oldValue: number | null;
  oldStatus: CellStatus | null;
  newValue: number | null;
  newStatus: CellStatus | null;
  reason: string;
  user: string;
  createdAt: string;
}

export interface ReportDetail extends ReportSummary {
  statedOffice: string | null;
  statedYear: number | null;
  sourceFile: SourceFileInfo;
  values: Record<string, number | null>;
  cells: ReportCell[];
  findings: ReportFinding[];
  versions: ReportVersion[];
  corrections: Correction[];
}

export interface CorrectionRequest {
  key: string;
  value: number | null;
  status: 'number' | 'blank' | 'dash';
  reason: string;
}

export interface ResolveRequest {
  officeId?: number;
  officeName?: string;
  regionId?: number;
  year?: number;
}

export interface ResolveResult {
  status: 'created' | 'new_version';
  report: ReportDetail;
}
