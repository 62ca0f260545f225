import { PROBLEM_KINDS } from './problem-kinds';

/**
 * Where a stored report stands: counted, waiting for an office or a year, unreadable, or a scan
 * waiting for or in OCR (no values yet: never counted).
 */
export const REPORT_STATUSES = ['ok', 'needs_input', 'failed', 'processing'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How each status is shown (one definition for the web app's tables, tags and filters). */
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  ok: '已识别',
  needs_input: '待补充',
  failed: '识别失败',
  processing: '识别中',
};

/**
 * What the review queue filters by: `failing` (an error finding: the coverage grid's `!`), one
 * kind of finding (problem-kinds.ts), reports waiting for an office or a year, files that
 * could not be read at all, and scans waiting for or in OCR. `any` is all of them.
 */
export const REPORT_PROBLEMS = [
  'any',
  'failing',
  ...PROBLEM_KINDS,
  'needs_input',
  'failed',
  'processing',
] as const;
export type ReportProblem = (typeof REPORT_PROBLEMS)[number];

/** Columns the reports list (the review queue) sorts by; without one, the newest upload first. */
export const REPORT_SORTS = ['createdAt', 'office', 'year', 'file'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** The coverage grid's "only": offices with a year missing, or with a report that has errors. */
export const COVERAGE_ONLY = ['missing', 'failing'] as const;
export type CoverageOnly = (typeof COVERAGE_ONLY)[number];
