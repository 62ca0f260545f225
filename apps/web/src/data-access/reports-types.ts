/** Answers of uploads, the review queue and coverage: names for the generated contract's schemas. */
import type { ResponseOf, Schema } from '@ogi/api-contract';

export type { CoverageResponse, CoverageState } from '@ogi/report-charts';
export type { OfficeRef, Problem, ReportList, ReportListItem } from './report-types';

export type IngestResponse = ResponseOf<'post', '/reports'>;
export type IngestResult = Schema<'IngestResultDto'>;
export type IngestStatus = IngestResult['status'];
export type IngestFinding = IngestResult['findings'][number];

/** Form fields the web sends beside uploaded files (POST /api/reports, multipart). */
export interface IngestOverrides {
  regionId?: number;
  officeId?: number;
  year?: number;
}

/** Values of GET /api/reports?problem= the review queue offers (report-schema's words). */
export type { ReportProblem as ReportProblemKind } from '@ogi/report-schema';
