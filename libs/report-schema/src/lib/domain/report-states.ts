import { PROBLEM_KINDS } from './problem-kinds';

/** Where a stored report stands: counted, waiting for an office or a year, or unreadable. */
export const REPORT_STATUSES = ['ok', 'needs_input', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * What the review queue filters by: `failing` (an error finding: the coverage grid's `!`), one
 * kind of finding (problem-kinds.ts), reports waiting for an office or a year, and files that
 * could not be read at all. `any` is all of them.
 */
export const REPORT_PROBLEMS = [
  'any',
  'failing',
  ...PROBLEM_KINDS,
  'needs_input',
  'failed',
] as const;
export type ReportProblem = (typeof REPORT_PROBLEMS)[number];

/** Columns the reports list (the review queue) sorts by; without one, the newest upload first. */
export const REPORT_SORTS = ['createdAt', 'office', 'year', 'file'] as const;
export type ReportSort = (typeof REPORT_SORTS)[number];

/** The coverage grid's "only": offices with a year missing, or with a report that has errors. */
export const COVERAGE_ONLY = ['missing', 'failing'] as const;
export type CoverageOnly = (typeof COVERAGE_ONLY)[number];
