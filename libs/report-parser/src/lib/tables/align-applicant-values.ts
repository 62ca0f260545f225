import {
  APPLICANT_COLUMN_IDS,
  buildRuleChecks,
  printedTotalParts,
  numberCell,
  type ApplicantColumnId,
  type CellValue,
  type FormatVersion,
  type RuleCheck,
} from '@ogi/report-schema';
import { readCell } from '../cells/cell-value';
import type { Token } from '../layout/token-rows';

/** A 表三 row that printed fewer than 7 values: which columns they belong to must be worked out. */
export interface ShortRow {
  rowId: string;
  values: Token[];
}

/** Increasing column positions for a row of `size` values. */
type Pattern = readonly number[];

export interface AlignmentChoice {
  rowId: string;
  columns: ApplicantColumnId[];
  /**
   * Per column placed: `rules` when every alignment the rules accept puts the same value there,
   * `default` when the rules could not tell (then the alignment nearest left-to-right is used).
   */
  assignedBy: Partial<Record<ApplicantColumnId, 'rules' | 'default'>>;
}

export interface AlignmentResult {
  choices: AlignmentChoice[];
  /** Keys whose value differs between alignments the rules accept equally. */
  ambiguousKeys: string[];
}

const COLUMN_COUNT = APPLICANT_COLUMN_IDS.length;
const MAX_EVALUATIONS = 400;

function patternsOfSize(size: number): Pattern[] {
  const patterns: Pattern[] = [];
  const build = (start: number, chosen: number[]) => {
    if (chosen.length === size) {
      patterns.push([...chosen]);
      return;
    }
    for (let column = start; column <= COLUMN_COUNT - (size - chosen.length); column += 1)
      build(column + 1, [...chosen, column]);
  };
  build(0, []);
  return patterns;
}

/** A lone value is most often the 总计 column (reports fill only 总计); otherwise left to right. */
function defaultPattern(size: number): Pattern {
  return size === 1 ? [COLUMN_COUNT - 1] : Array.from({ length: size }, (_, index) => index);
}

/** A short row read once: the cell of each printed value and the key of each column. */
interface ReadShortRow {
  size: number;
  cells: CellValue[];
  keys: string[];
}

function readShortRow(row: ShortRow): ReadShortRow {
  return {
    size: row.values.length,
    cells: row.values.map((item) => {
      const reading = readCell(item.text);
      return reading.status === 'number' && reading.value !== null
        ? numberCell(reading.value)
        : { value: null, status: reading.status };
    }),
    keys: APPLICANT_COLUMN_IDS.map((column) => `applications.${row.rowId}.${column}`),
  };
}

const BLANK: CellValue = { value: null, status: 'blank' };

function valuesWith(
  fixed: Record<string, CellValue>,
  rows: readonly ReadShortRow[],
  patterns: ReadonlyMap<number, Pattern>,
): Record<string, CellValue> {
  // Layered over the fixed cells rather than copying them: this runs once per candidate alignment.
  const values = Object.create(fixed) as Record<string, CellValue>;
  for (const row of rows) {
    const pattern = patterns.get(row.size) as Pattern;
    // For scoring, a column the row did not print counts as left blank: the rules can then weigh it.
    for (const key of row.keys) values[key] = BLANK;
    row.cells.forEach((cell, position) => {
      values[row.keys[pattern[position]]] = cell;
    });
  }
  return values;
}

/** The checks an alignment can change: column balances (T3-1, T3-2) and the short rows' totals (T3-3). */
function alignmentChecks(
  version: FormatVersion,
  rowIds: ReadonlySet<string>,
): readonly RuleCheck[] {
  const checks = buildRuleChecks({
    versions: { active: '2021', applications: version },
    previousVersions: null,
    officeKind: null,
    textFigures: null,
  });
  return checks.filter(
    (check) =>
      check.ruleId === 'T3-1' ||
      check.ruleId === 'T3-2' ||
      (check.ruleId === 'T3-3' && rowIds.has(check.scope.slice('row:'.length))),
  );
}

/** A term's value for scoring: a number, 0 for a placeholder, a blank total from its parts; undefined if unknown. */
function termValue(
  values: Record<string, CellValue>,
  key: string,
  derivable: boolean,
  version: FormatVersion,
  depth = 0,
): number | null | undefined {
  const cell = values[key];
  if (!cell || cell.status === 'not_printed' || cell.status === 'unparseable') return undefined;
  if (cell.status === 'number' && cell.value !== null) return cell.value;
  const parts = derivable && depth < 2 ? printedTotalParts(key, version) : null;
  if (parts) {
    let sum = 0;
    let numbers = 0;
    for (const part of parts) {
      const value = termValue(values, part, true, version, depth + 1);
      if (value === undefined) return null;
      if (value !== null) {
        sum += value;
        numbers += 1;
      }
    }
    if (numbers > 0 && sum !== 0) return sum;
  }
  return null;
}

/**
 * Scores a candidate alignment by the checks' own terms, read as the rule evaluator reads them
 * (blanks as 0, a blank total from its parts, a blank total beside non-zero parts neither passing
 * nor failing), but without building results: this runs once per candidate.
 */
function score(
  values: Record<string, CellValue>,
  checks: readonly RuleCheck[],
  version: FormatVersion,
): number {
  let total = 0;
  for (const check of checks) {
    if (check.type !== 'equation') continue;
    let difference = 0;
    let numbers = 0;
    let decidable = true;
    let totalBlank = false;
    for (const [terms, side] of [
      [check.left, 1],
      [check.right, -1],
    ] as const) {
      for (const term of terms) {
        const value = termValue(values, term.key, term.derivable, version);
        if (value === undefined) {
          decidable = false;
          break;
        }
        if (value === null) {
          if (term.key === check.totalKey) totalBlank = true;
          continue;
        }
        difference += side * term.sign * value;
        numbers += 1;
      }
      if (!decidable) break;
    }
    if (!decidable || numbers === 0 || totalBlank) continue;
    total += Math.abs(difference) < 1e-6 ? 1 : -10;
  }
  return total;
}

function allZero(rows: readonly ShortRow[]): boolean {
  return rows.every((row) => row.values.every((item) => (readCell(item.text).value ?? 0) === 0));
}

function distance(pattern: Pattern, size: number): number {
  const preferred = defaultPattern(size);
  return pattern.reduce((sum, column, position) => sum + Math.abs(column - preferred[position]), 0);
}

/** The value each column of a row gets under a pattern (null where the pattern leaves it out). */
function placement(row: ShortRow, pattern: Pattern): (number | null)[] {
  const placed: (number | null)[] = Array.from({ length: COLUMN_COUNT }, () => null);
  row.values.forEach((item, position) => {
    placed[pattern[position]] = readCell(item.text).value;
  });
  return placed;
}

/**
 * Chooses the columns of 表三 rows that printed fewer than 7 values (§7.4): rows of the same size
 * share one alignment; each alignment is scored by the row and column rules (columns a row did not
 * print count as blank), one size at a time. Of the best alignments, the one nearest left to right
 * is used; a cell is placed by the rules only where all of them agree. A lone value is 总计.
 */
export function alignShortRows(
  shortRows: readonly ShortRow[],
  fixed: Record<string, CellValue>,
  version: FormatVersion,
): AlignmentResult {
  const sizes = [...new Set(shortRows.map((row) => row.values.length))].sort((a, b) => b - a);
  const chosen = new Map<number, Pattern>(sizes.map((size) => [size, defaultPattern(size)]));
  const winnersBySize = new Map<number, Pattern[]>();
  let evaluations = 0;
  const checks = alignmentChecks(version, new Set(shortRows.map((row) => row.rowId)));
  const readRows = shortRows.map(readShortRow);
  for (const size of sizes) {
    const rowsOfSize = shortRows.filter((row) => row.values.length === size);
    if (size === 1 || allZero(rowsOfSize)) continue;
    const candidates = patternsOfSize(size);
    if (evaluations + candidates.length > MAX_EVALUATIONS) break;
    evaluations += candidates.length;
    const scored = candidates.map((pattern) => ({
      pattern,
      score: score(
        valuesWith(fixed, readRows, new Map([...chosen, [size, pattern]])),
        checks,
        version,
      ),
    }));
    const best = Math.max(...scored.map((item) => item.score));
    const winners = scored.filter((item) => item.score === best).map((item) => item.pattern);
    winners.sort((a, b) => distance(a, size) - distance(b, size));
    chosen.set(size, winners[0]);
    if (winners.length < candidates.length) winnersBySize.set(size, winners);
  }
  const ambiguousKeys: string[] = [];
  const choices = shortRows.map((row) => {
    const size = row.values.length;
    const pattern = chosen.get(size) as Pattern;
    const winners = winnersBySize.get(size);
    const placements = winners?.map((winner) => placement(row, winner));
    const assignedBy: AlignmentChoice['assignedBy'] = {};
    pattern.forEach((column) => {
      const agreed =
        placements?.every((placed) => placed[column] === placements[0][column]) ?? false;
      assignedBy[APPLICANT_COLUMN_IDS[column]] = agreed ? 'rules' : 'default';
      if (placements && !agreed && placements.some((placed) => placed[column]))
        ambiguousKeys.push(`applications.${row.rowId}.${APPLICANT_COLUMN_IDS[column]}`);
    });
    return {
      rowId: row.rowId,
      columns: pattern.map((column) => APPLICANT_COLUMN_IDS[column]),
      assignedBy,
    };
  });
  return { choices, ambiguousKeys };
}
