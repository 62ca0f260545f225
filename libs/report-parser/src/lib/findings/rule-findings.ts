import {
  TABLE_IDS,
  checkConsistency,
  officeKindOf,
  type CellStatus,
  type CellValue,
  type TableId,
  type TextFigures,
} from '@ogi/report-schema';
import type { SourceLocation } from '../document/report-document';
import type { ParseFinding, TableVersionsFound } from '../parsed-report';
import { ruleFinding } from './report-findings';

/** What the rules read of a report: its cells, formats, office and prose figures. */
export interface RuleCheckInput {
  cells: readonly {
    key: string;
    value: number | null;
    status: CellStatus;
    location: SourceLocation | null;
  }[];
  formatVersion: TableVersionsFound;
  /** The office as stated: its kind decides whether T2-2 applies. */
  office: string | null;
  textFigures: TextFigures | null;
}

/**
 * The rule findings of a report, each located at its first located cell. The parser calls it
 * after reading, and the api again after a cell is corrected, so both judge the same way.
 */
export function ruleFindings(input: RuleCheckInput): ParseFinding[] {
  const values: Record<string, CellValue> = {};
  for (const cell of input.cells) values[cell.key] = { value: cell.value, status: cell.status };
  const tables = TABLE_IDS.filter((table) => input.formatVersion[table] !== null);
  // Only the tables found are checked, so a missing table's version is never read.
  const versionOf = (table: TableId) => input.formatVersion[table] ?? '2021';
  const consistency = checkConsistency({
    values,
    versions: { active: versionOf('active'), applications: versionOf('applications') },
    officeKind: officeKindOf(input.office),
    tables,
    textFigures: input.textFigures,
  });
  const cellsByKey = new Map(input.cells.map((cell) => [cell.key, cell]));
  return consistency.findings.map((result) => ruleFinding(result, cellsByKey));
}
