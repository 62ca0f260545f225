import {
  TABLE_IDS,
  checkConsistency,
  officeKindOf,
  ruleById,
  type CellStatus,
  type CellValue,
  type RuleId,
  type RuleResult,
  type TableId,
} from '@ogi/report-schema';
import type { CorrectionRequest, ReportDetail } from '../../data-access/report-types';

/** A rule a proposed correction would make fail, with its equation as the schema words it. */
export interface BrokenRule {
  ruleId: RuleId;
  severity: RuleResult['severity'];
  /** The rule's equation or condition (its title in report-schema). */
  equation: string;
  /** What the check found with the proposed value, in plain Chinese. */
  message: string;
}

/** The value a correction would give one cell. */
export interface ProposedCell {
  key: string;
  value: number | null;
  status: NonNullable<CorrectionRequest['status']>;
}

type RuleInputs = Pick<ReportDetail, 'cells' | 'formatVersion' | 'statedOffice'>;

// The same reading of a report as the api's recheck after a correction (ruleFindings of
// report-parser): the printed tables only, missing formats read as 2021, the stated office's kind.
function failures(report: RuleInputs, values: Record<string, CellValue>): RuleResult[] {
  const formats = report.formatVersion;
  const tables = TABLE_IDS.filter((table) => formats[table] !== null);
  const versionOf = (table: TableId) => (formats[table] === '2019' ? '2019' : '2021');
  return checkConsistency({
    values,
    versions: { active: versionOf('active'), applications: versionOf('applications') },
    officeKind: officeKindOf(report.statedOffice),
    tables,
  }).results.filter((result) => result.status === 'fail');
}

const identity = (result: RuleResult) => `${result.ruleId}|${result.scope}`;

/**
 * The rules that pass (or are not decided) with the report's stored cells and would fail with the
 * proposed value of one cell. Rules that already fail are not news and are left out.
 */
export function rulesBrokenBy(report: RuleInputs, proposed: ProposedCell): BrokenRule[] {
  const stored: Record<string, CellValue> = {};
  for (const cell of report.cells) {
    stored[cell.key] = { value: cell.value, status: cell.status as CellStatus };
  }
  const before = new Set(failures(report, stored).map(identity));
  const after = failures(report, {
    ...stored,
    [proposed.key]: {
      value: proposed.status === 'number' ? proposed.value : null,
      status: proposed.status,
    },
  });
  return after
    .filter((result) => !before.has(identity(result)))
    .map((result) => ({
      ruleId: result.ruleId,
      severity: result.severity,
      equation: ruleById(result.ruleId).title,
      message: result.message,
    }));
}
