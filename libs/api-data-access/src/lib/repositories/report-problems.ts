import type { ReportProblem } from '@ogi/report-schema';
import type { SelectQueryBuilder } from 'typeorm';
import type { Report } from '../entities/model';

// The kinds a reviewer filters by are the schema's words (report-states.ts).
export { REPORT_PROBLEMS, type ReportProblem } from '@ogi/report-schema';

/** Findings that need a look: errors and warnings (info findings are notes only). */
export const SERIOUS_FINDING = `f.severity IN ('error', 'warning')`;
const RULE_FINDING = `EXISTS (SELECT 1 FROM report_findings f WHERE f.report_id = report.id AND f.code = 'rule' AND ${SERIOUS_FINDING})`;
const PARSE_FINDING = `EXISTS (SELECT 1 FROM report_findings f WHERE f.report_id = report.id AND f.code <> 'rule' AND ${SERIOUS_FINDING})`;

// A failed file is listed as failed only: the findings of a file that could not be read say
// nothing more.
const READ = `report.status <> 'failed'`;
const CONDITION: Record<Exclude<ReportProblem, 'any'>, string> = {
  rule: `${READ} AND ${RULE_FINDING}`,
  parse: `${READ} AND ${PARSE_FINDING}`,
  needs_input: `report.status = 'needs_input'`,
  failed: `report.status = 'failed'`,
};

/** Restricts a reports query (alias `report`) to one kind of problem; fixed SQL, no user text. */
export function whereProblem(query: SelectQueryBuilder<Report>, problem: ReportProblem): void {
  const sql =
    problem === 'any' ? `(${Object.values(CONDITION).join(' OR ')})` : `(${CONDITION[problem]})`;
  query.andWhere(sql);
}

/** Per report: rule findings and other findings of severity error or warning. */
export interface FindingCounts {
  rules: number;
  warnings: number;
}
