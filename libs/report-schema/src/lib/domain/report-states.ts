/** Where a stored report stands: counted, waiting for an office or a year, or unreadable. */
export const REPORT_STATUSES = ['ok', 'needs_input', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/**
 * Kinds of problem a reviewer works through: consistency rules that fail (the numbers do not add
 * up), parse warnings (tables or cells read with doubt), reports waiting for an office or a year,
 * and files that could not be read at all. `any` is all of them.
 */
export const REPORT_PROBLEMS = ['any', 'rule', 'parse', 'needs_input', 'failed'] as const;
export type ReportProblem = (typeof REPORT_PROBLEMS)[number];
