import {
  REPORT_PROBLEMS,
  REPORT_STATUSES,
  type ReportProblem,
  type ReportStatus,
} from '@ogi/api-data-access';
import type { IngestOverrides } from '@ogi/report-ingestion';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from '@ogi/report-schema';
import { parsePathId, Problems, ID_MAX, type Raw } from '../params/problems';

export interface ReportListQuery {
  year?: number;
  officeId?: number;
  regionId?: number;
  status?: ReportStatus;
  /** Only reports with this kind of problem (the review queue). */
  problem?: ReportProblem;
  /** Only reports not superseded by a later version (default true). */
  current: boolean;
  page: number;
  pageSize: number;
}

export const MIN_YEAR = MIN_REPORT_YEAR;
export const MAX_YEAR = MAX_REPORT_YEAR;
export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 50;

/** The form fields of POST /api/reports besides the files. */
export function parseIngestOverrides(body: Raw | undefined): IngestOverrides {
  const raw = body ?? {};
  const problems = new Problems();
  problems.unknown(raw, ['officeId', 'regionId', 'year']);
  const overrides: IngestOverrides = {
    officeId: problems.integer(raw, 'officeId', 1, ID_MAX),
    regionId: problems.integer(raw, 'regionId', 1, ID_MAX),
    year: problems.integer(raw, 'year', MIN_YEAR, MAX_YEAR),
  };
  problems.throwIfAny();
  return overrides;
}

/** The query of GET /api/reports: checked values only, never SQL text. */
export function parseReportListQuery(query: Raw): ReportListQuery {
  const problems = new Problems();
  problems.unknown(query, [
    'year',
    'officeId',
    'regionId',
    'status',
    'problem',
    'current',
    'page',
    'pageSize',
  ]);
  const status = problems.single(query, 'status');
  if (status !== undefined && !(REPORT_STATUSES as readonly string[]).includes(status)) {
    problems.list.push(`status must be one of ${REPORT_STATUSES.join(', ')} (got "${status}")`);
  }
  const problem = problems.single(query, 'problem');
  if (problem !== undefined && !(REPORT_PROBLEMS as readonly string[]).includes(problem)) {
    problems.list.push(`problem must be one of ${REPORT_PROBLEMS.join(', ')} (got "${problem}")`);
  }
  const current = problems.single(query, 'current');
  if (current !== undefined && current !== 'true' && current !== 'false') {
    problems.list.push(`current must be true or false (got "${current}")`);
  }
  const result: ReportListQuery = {
    year: problems.integer(query, 'year', MIN_YEAR, MAX_YEAR),
    officeId: problems.integer(query, 'officeId', 1, ID_MAX),
    regionId: problems.integer(query, 'regionId', 1, ID_MAX),
    status: status as ReportStatus | undefined,
    problem: problem as ReportProblem | undefined,
    current: current !== 'false',
    page: problems.integer(query, 'page', 1, 1_000_000) ?? 1,
    pageSize: problems.integer(query, 'pageSize', 1, MAX_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE,
  };
  problems.throwIfAny();
  return result;
}

/** A report id from the path. */
export function parseReportId(value: string): number {
  return parsePathId('report', value);
}
