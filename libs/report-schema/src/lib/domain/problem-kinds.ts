/**
 * The one meaning of "problem". Every stored finding is of one of five kinds, each with one Chinese
 * name that every page uses (总览, 报送情况, 待复核, the report page):
 *
 * - `rule`: a consistency rule fails (the numbers do not add up);
 * - `unreadable`: a printed cell could not be read as a number (out of range, glued digits, a
 *   table whose printed values could not be placed);
 * - `not_printed`: a table is not in the original (absent, blank, only in prose, text cut off);
 * - `needs_review`: a cell read from a scan (OCR) that a person should compare with the page image
 *   (doubtful confidence, a failing row, or placed by the rules): never an error;
 * - `hint`: anything else the parser noted (a label variant, a format guessed from the year, …).
 *
 * A report **has errors** (the coverage grid's `!`, 总览's count, the stats rollup's `failing`)
 * when one of its findings has severity `error`. Only `rule` and `unreadable` findings are ever
 * errors: a table that is not printed is a fact about the original, not a misreading.
 */
export const PROBLEM_KINDS = ['rule', 'unreadable', 'not_printed', 'needs_review', 'hint'] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

export const PROBLEM_KIND_LABELS: Record<ProblemKind, string> = {
  rule: '校验不通过',
  unreadable: '数值无法识别',
  not_printed: '表格未印出',
  needs_review: '待人工核对',
  hint: '解析提示',
};

/** The kinds that may be errors (a finding of another kind is a warning or a note at most). */
export const ERROR_PROBLEM_KINDS: readonly ProblemKind[] = ['rule', 'unreadable'];

/** The name of a report with an error finding (the `!` of the coverage grid). */
export const FAILING_LABEL = '有错误';

/** Finding codes of each kind but `hint` (every code not listed is a hint). */
export const PROBLEM_KIND_CODES: Record<Exclude<ProblemKind, 'hint'>, readonly string[]> = {
  rule: ['rule'],
  unreadable: ['out_of_range', 'unparseable_cell', 'values_unrecoverable', 'ambiguous_digits'],
  not_printed: ['table_not_found', 'table_not_printed', 'table_in_prose_only', 'truncated'],
  needs_review: ['needs_review'],
};

/** The finding code of an OCR cell a person should compare with the page image (one per cell). */
export const NEEDS_REVIEW_CODE = 'needs_review';

/** The kind of a stored finding, by its code. */
export function problemKindOf(code: string): ProblemKind {
  for (const kind of ['rule', 'unreadable', 'not_printed', 'needs_review'] as const) {
    if (PROBLEM_KIND_CODES[kind].includes(code)) return kind;
  }
  return 'hint';
}

/** Findings a reviewer works through: errors and warnings (info findings are notes only). */
export const REVIEWED_SEVERITIES = ['error', 'warning'] as const;
