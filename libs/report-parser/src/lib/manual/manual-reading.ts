import { ruleFindings } from '../findings/rule-findings';
import type { ParsedCell, ParseFinding, TableVersionsFound } from '../parsed-report';
import { tableCells } from '../tables/table-cells';
import { emptyReading } from '../tables/table-reading';
import {
  TABLE_IDS,
  boundProblem,
  describeBound,
  fieldByKey,
  valueBounds,
  type FormatVersion,
} from '@ogi/report-schema';

/** How a cell entered by hand is given: a number, null (left empty) or '-' (printed as a dash). */
export type ManualValue = number | null | '-';

/** The three tables as a person typed them from the original (or a paper copy). */
export interface ManualValues {
  /** The format of all three tables (表四 prints alike in both). */
  format: FormatVersion;
  /** Canonical key → value in the key's unit. Keys not given count as not printed. */
  values: Readonly<Record<string, ManualValue>>;
}

/** What a hand-entered report is stored as: cells, the rules' findings, its formats. */
export interface ManualReading {
  cells: ParsedCell[];
  findings: ParseFinding[];
  formatVersion: TableVersionsFound;
}

/** Values refused: each problem names the key and its row and column. Nothing is stored. */
export class ManualEntryError extends Error {
  override readonly name = 'ManualEntryError';

  constructor(readonly problems: readonly string[]) {
    super(`${problems.join('; ')}; nothing was stored`);
  }
}

/** Why a value cannot be stored under `key` in `format`, or null. Bounded as corrections are. */
export function manualValueProblem(key: string, value: ManualValue, format: FormatVersion): string | null {
  const field = fieldByKey(key);
  if (!field) return `${key} is not a canonical key (see \`cli fields\`)`;
  const label = `${key} (${field.row} × ${field.column})`;
  if (!field.versions.includes(format)) return `${label} is not a cell of the ${format} format`;
  if (field.derivedIn.includes(format)) {
    return `${label} is derived from other cells in the ${format} format: give those`;
  }
  if (typeof value !== 'number') return null;
  const bounds = valueBounds(field);
  const problem = boundProblem(value, bounds);
  return problem ? `${label} ${describeBound(problem, bounds)} (got ${value})` : null;
}

function manualCell(key: string, value: ManualValue): ParsedCell {
  const base = { key, unit: null, location: null, assignedBy: 'manual' as const };
  if (value === null) return { ...base, value: null, status: 'blank', raw: '' };
  if (value === '-') return { ...base, value: null, status: 'dash', raw: '—' };
  return { ...base, value, status: 'number', raw: String(value) };
}

/**
 * Checks hand-entered values against the catalogue and builds the report's cells as the parser
 * would have built them from a printed copy (the api stores them, the web checks them as they are
 * typed): every key of the format (not given: not printed),
 * the keys the format derives summed from their parts, and the rules checked on the result.
 * Throws ManualEntryError naming every refused key.
 */
export function manualReading(entry: ManualValues, officeName: string | null): ManualReading {
  const problems = Object.entries(entry.values)
    .map(([key, value]) => manualValueProblem(key, value, entry.format))
    .filter((problem): problem is string => problem !== null);
  if (problems.length > 0) throw new ManualEntryError(problems);
  const cells = TABLE_IDS.flatMap((table) => {
    const reading = emptyReading(table);
    for (const [key, value] of Object.entries(entry.values)) {
      if (key.startsWith(`${table}.`)) reading.cells.set(key, manualCell(key, value));
    }
    // A key left out was said (by the person) not to be printed: that is entered too.
    return tableCells(reading, entry.format).map((cell) =>
      cell.assignedBy === null ? { ...cell, assignedBy: 'manual' as const } : cell,
    );
  });
  const formatVersion: TableVersionsFound = {
    active: entry.format,
    applications: entry.format,
    appeals: entry.format,
  };
  const findings = ruleFindings({ cells, formatVersion, office: officeName, textFigures: null });
  return { cells, findings, formatVersion };
}
