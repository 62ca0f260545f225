import {
  convertToKeyUnit,
  manualReading,
  readCell,
  type ManualValue,
  type ParseFinding,
} from '@ogi/report-parser';
import {
  TABLE_IDS,
  boundProblem,
  describeBoundZh,
  fieldByKey,
  valueBounds,
  type FormatVersion,
  type TableId,
} from '@ogi/report-schema';
import type { ReportDetail } from '../../data-access/report-types';
import { layoutKeys, tableLayout, type TableLayout } from '../report-tables/table-layout';

/** What is typed in each cell of the form, by canonical key. */
export type EntryTexts = Readonly<Record<string, string>>;

/** The official tables of a format, as the form lays them out (表四 prints alike in both). */
export function entryLayouts(format: FormatVersion): TableLayout[] {
  return TABLE_IDS.map((table: TableId) => tableLayout(table, format));
}

/** Whether a key of the form is summed from others in this format (shown, not typed). */
export function isDerivedIn(key: string, format: FormatVersion): boolean {
  return fieldByKey(key)?.derivedIn.includes(format) ?? false;
}

/** The keys a person types in this format, in reading order. */
export function typedKeys(format: FormatVersion): string[] {
  return entryLayouts(format)
    .flatMap(layoutKeys)
    .filter((key) => !isDerivedIn(key, format));
}

/** One typed cell as the api takes it, or why it cannot be taken (in Chinese, for the cell). */
export function readTyped(
  key: string,
  text: string,
): { value: ManualValue; problem: null } | { value: null; problem: string } {
  const field = fieldByKey(key);
  const reading = readCell(text);
  if (reading.status === 'blank') return { value: null, problem: null };
  if (reading.status === 'dash') return { value: '-', problem: null };
  if (reading.status !== 'number' || reading.value === null || !field) {
    return { value: null, problem: `“${text.trim()}”不是数字` };
  }
  const value = convertToKeyUnit(reading.value, reading.unit, field.unit);
  const bounds = valueBounds(field);
  const problem = boundProblem(value, bounds);
  return problem
    ? { value: null, problem: describeBoundZh(problem, bounds) }
    : { value, problem: null };
}

export interface EntryCheck {
  /** What is sent: every typed key (empty: null, a blank cell), cells with a problem left out. */
  values: Record<string, ManualValue>;
  /** Cells whose text is not a value of the cell, with why. */
  problems: ReadonlyMap<string, string>;
  /** The rules that fail (or leave a total to derive) with the values as typed. */
  findings: ParseFinding[];
}

/**
 * Reads the form as the api will: each typed text as the parser reads a printed cell, the derived
 * cells summed and the rules checked by report-parser's manualReading, the one used to store it.
 */
export function checkEntry(texts: EntryTexts, format: FormatVersion): EntryCheck {
  const values: Record<string, ManualValue> = {};
  const problems = new Map<string, string>();
  for (const key of typedKeys(format)) {
    const typed = readTyped(key, texts[key] ?? '');
    if (typed.problem !== null) problems.set(key, typed.problem);
    else values[key] = typed.value;
  }
  const reading = manualReading({ format, values }, null);
  return {
    values,
    problems,
    findings: reading.findings.filter((finding) => finding.code === 'rule'),
  };
}

/** A stored report's cells as typed texts: the starting point of a new version. */
export function textsOf(report: Pick<ReportDetail, 'cells'>, format: FormatVersion): EntryTexts {
  const texts: Record<string, string> = {};
  const typed = new Set(typedKeys(format));
  for (const cell of report.cells) {
    if (!typed.has(cell.key)) continue;
    if (cell.status === 'number' && cell.value !== null) texts[cell.key] = String(cell.value);
    else if (cell.status === 'dash') texts[cell.key] = '—';
  }
  return texts;
}

/** The format the report was read in (表三's first), else the 2021 one. */
export function formatOf(report: Pick<ReportDetail, 'formatVersion'> | null): FormatVersion {
  const found = report?.formatVersion.applications ?? report?.formatVersion.active ?? null;
  return found === '2019' ? '2019' : '2021';
}
