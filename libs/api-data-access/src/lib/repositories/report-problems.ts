import {
  PROBLEM_KIND_CODES,
  PROBLEM_KINDS,
  REVIEWED_SEVERITIES,
  type ProblemKind,
  type ReportProblem,
} from '@ogi/report-schema';
import type { SelectQueryBuilder } from 'typeorm';
import type { Report } from '../entities/model';

// The kinds a reviewer filters by are the schema's words (problem-kinds.ts, report-states.ts).
export { REPORT_PROBLEMS, type ReportProblem } from '@ogi/report-schema';

const quoted = (words: readonly string[]) => words.map((word) => `'${word}'`).join(', ');

/** Findings that need a look: errors and warnings (info findings are notes only). */
export const SERIOUS_FINDING = `f.severity IN (${quoted(REVIEWED_SEVERITIES)})`;

/** SQL true when a finding (alias f) is of the kind: by its code, as problemKindOf decides. */
export function findingOfKind(kind: ProblemKind): string {
  if (kind !== 'hint') return `f.code IN (${quoted(PROBLEM_KIND_CODES[kind])})`;
  return `f.code NOT IN (${quoted(Object.values(PROBLEM_KIND_CODES).flat())})`;
}

const hasFinding = (condition: string) =>
  `EXISTS (SELECT 1 FROM report_findings f WHERE f.report_id = report.id AND ${condition})`;

// A failed file is listed as failed only: the findings of a file that could not be read say
// nothing more; a scan in OCR has none yet. `failing` is the stats' own test (an error finding of
// a current ok report).
const READ = `report.status NOT IN ('failed', 'processing')`;
const CONDITION: Record<Exclude<ReportProblem, 'any'>, string> = {
  failing: `report.status = 'ok' AND ${hasFinding(`f.severity = 'error'`)}`,
  ...(Object.fromEntries(
    PROBLEM_KINDS.map((kind) => [
      kind,
      `${READ} AND ${hasFinding(`${findingOfKind(kind)} AND ${SERIOUS_FINDING}`)}`,
    ]),
  ) as Record<ProblemKind, string>),
  needs_input: `report.status = 'needs_input'`,
  failed: `report.status = 'failed'`,
  processing: `report.status = 'processing'`,
};

/** Restricts a reports query (alias `report`) to one kind of problem; fixed SQL, no user text. */
export function whereProblem(query: SelectQueryBuilder<Report>, problem: ReportProblem): void {
  const sql =
    problem === 'any'
      ? `(${Object.entries(CONDITION)
          .filter(([key]) => key !== 'failing')
          .map(([, condition]) => `(${condition})`)
          .join(' OR ')})`
      : `(${CONDITION[problem]})`;
  query.andWhere(sql);
}

/** Per report: its error and warning findings of each kind. */
export type FindingCounts = Record<ProblemKind, number>;

export const NO_FINDINGS: FindingCounts = {
  rule: 0,
  unreadable: 0,
  not_printed: 0,
  needs_review: 0,
  hint: 0,
};
