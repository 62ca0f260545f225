import {
  buildRuleChecks,
  printedTotalParts,
  type FormatVersion,
  type TableId,
} from '@ogi/report-schema';
import { readCell } from '../cells/cell-value';
import type { TableReading } from './table-reading';

/** A row whose digits ran together: its keys in printed order and every split that fits them. */
export interface GluedRow {
  keys: readonly string[];
  /** Cell texts of each candidate split, one text per key. */
  candidates: string[][];
}

/** What the rules made of the glued rows: one split each, or the splits still possible. */
export interface GluedResolution {
  /** The split each row reads as, or null when more than one (or none) survives. */
  chosen: (string[] | null)[];
  /** Whether the rules had to choose (the row had several splits before). */
  byRules: boolean[];
  /** The splits still possible for each row. */
  remaining: string[][][];
}

/** Σ coefficient × cell + constant = 0, over glued cells (row, column). */
interface LinearEquation {
  constant: number;
  terms: Array<{ row: number; column: number; coefficient: number }>;
}

/** Known printed values: a number, 0 for a blank or dash, undefined when not printed. */
export type KnownValue = (key: string) => number | undefined;

/** The values a table reading already holds, as the rules read them (blank and dash as 0). */
export function knownValues(reading: TableReading): KnownValue {
  return (key) => {
    const cell = reading.cells.get(key);
    if (!cell) return undefined;
    if (cell.status === 'number') return cell.value ?? undefined;
    return cell.status === 'blank' || cell.status === 'dash' ? 0 : undefined;
  };
}

const MAX_SUMS = 20_000;
const MAX_COMBINATIONS = 50_000;
const SCALE = 1000;

const numberOf = (text: string) => readCell(text).value ?? 0;
const scaled = (value: number) => Math.round(value * SCALE);

/** The error-level equations (T3-1…T3-4, T4-1…) that involve only the table's own cells. */
function tableEquations(table: TableId, version: FormatVersion) {
  return buildRuleChecks({
    versions: { active: version, applications: version },
    previousVersions: null,
    officeKind: null,
    textFigures: null,
  }).filter(
    (check) =>
      check.type === 'equation' &&
      check.severity === 'error' &&
      [...check.left, ...check.right].every(
        (term) => term.year === 'current' && term.key.startsWith(`${table}.`),
      ),
  );
}

function linearEquations(
  table: TableId,
  version: FormatVersion,
  rows: readonly Pick<GluedRow, 'keys'>[],
  known: KnownValue,
  touching: ReadonlySet<string> | null = null,
): LinearEquation[] {
  const place = new Map<string, { row: number; column: number }>();
  rows.forEach((row, index) =>
    row.keys.forEach((key, column) => place.set(key, { row: index, column })),
  );
  const result: LinearEquation[] = [];
  for (const check of tableEquations(table, version)) {
    if (check.type !== 'equation') continue;
    if (touching && ![...check.left, ...check.right].some((term) => touching.has(term.key)))
      continue;
    const equation: LinearEquation = { constant: 0, terms: [] };
    // A total that is neither printed nor glued stands for its parts (（六）其他处理 in 2021).
    const add = (key: string, sign: number, depth: number): boolean => {
      const at = place.get(key);
      if (at) {
        equation.terms.push({ ...at, coefficient: sign });
        return true;
      }
      const value = known(key);
      if (value !== undefined) {
        equation.constant += sign * scaled(value);
        return true;
      }
      const parts = depth < 2 ? printedTotalParts(key, version) : null;
      return !!parts && parts.every((part) => add(part, sign, depth + 1));
    };
    const decidable =
      check.left.every((term) => add(term.key, term.sign, 0)) &&
      check.right.every((term) => add(term.key, -term.sign, 0));
    if (decidable && (equation.terms.length > 0 || rows.length === 0)) result.push(equation);
  }
  return result;
}

/** Each involved row's contribution to the equation, per remaining candidate. */
function contributions(
  equation: LinearEquation,
  values: readonly number[][][],
): Map<number, number[]> {
  const byRow = new Map<number, number[]>();
  for (const term of equation.terms) {
    const row = values[term.row];
    const sums = byRow.get(term.row) ?? row.map(() => 0);
    row.forEach((candidate, index) => {
      sums[index] += term.coefficient * scaled(candidate[term.column]);
    });
    byRow.set(term.row, sums);
  }
  return byRow;
}

/** The sums the rows can reach together, or null past the size limit. */
function reachable(sets: readonly number[][]): Set<number> | null {
  let sums = new Set<number>([0]);
  for (const set of sets) {
    const next = new Set<number>();
    for (const sum of sums) for (const value of new Set(set)) next.add(sum + value);
    if (next.size > MAX_SUMS) return null;
    sums = next;
  }
  return sums;
}

/**
 * Chooses the split of each glued row that the table's rules make unique: every equation of the
 * table (row totals, column balances, group totals) must be able to hold. Candidates are dropped
 * equation by equation while any can be (an equation that would leave a row with no split is
 * broken in the source and is not used); what is left is then checked in full when small enough.
 */
export function resolveGluedRows(
  table: TableId,
  version: FormatVersion,
  rows: readonly GluedRow[],
  known: KnownValue,
): GluedResolution {
  let remaining = rows.map((row) => [...row.candidates]);
  const numbers = () => remaining.map((row) => row.map((candidate) => candidate.map(numberOf)));
  // A row with no possible split is unknown: an equation through it decides nothing.
  const equations = linearEquations(table, version, rows, known).filter((equation) =>
    equation.terms.every((term) => rows[term.row].candidates.length > 0),
  );
  // Equations within one row (its total) first: a column balance broken in the source must not
  // prune a row before its own total has had its say.
  const ordered = [...equations].sort(
    (a, b) =>
      new Set(a.terms.map((term) => term.row)).size - new Set(b.terms.map((term) => term.row)).size,
  );
  for (let changed = true, rounds = 0; changed && rounds < 20; rounds += 1) {
    changed = false;
    for (const equation of ordered) {
      const byRow = contributions(equation, numbers());
      const involved = [...byRow.keys()];
      const kept = new Map<number, boolean[]>();
      let usable = true;
      for (const row of involved) {
        const others = reachable(
          involved.filter((other) => other !== row).map((other) => byRow.get(other) ?? []),
        );
        if (!others) {
          usable = false;
          break;
        }
        const keep = (byRow.get(row) ?? []).map((value) => others.has(-equation.constant - value));
        if (!keep.some(Boolean)) {
          usable = false;
          break;
        }
        kept.set(row, keep);
      }
      if (!usable) continue;
      for (const [row, keep] of kept) {
        if (keep.every(Boolean)) continue;
        remaining[row] = remaining[row].filter((_, index) => keep[index]);
        changed = true;
      }
    }
  }
  remaining = checkInFull(remaining, equations);
  const byRules = rows.map(
    (row, index) => row.candidates.length > 1 && remaining[index].length === 1,
  );
  const chosen = remaining.map((row) => (row.length === 1 ? row[0] : null));
  // The rules chose, yet the table they chose does not add up: a rule broken in the source may
  // have steered the choice. Those rows are not trusted.
  for (const row of rowsOfBrokenEquations(equations, chosen)) {
    if (byRules[row]) chosen[row] = null;
  }
  return { chosen, byRules, remaining };
}

/** Rows of every equation that can be decided on the chosen splits and does not hold. */
function rowsOfBrokenEquations(
  equations: readonly LinearEquation[],
  chosen: readonly (string[] | null)[],
): Set<number> {
  const broken = new Set<number>();
  for (const equation of equations) {
    if (equation.terms.some((term) => !chosen[term.row])) continue;
    const sum = equation.terms.reduce(
      (total, term) =>
        total + term.coefficient * scaled(numberOf((chosen[term.row] as string[])[term.column])),
      equation.constant,
    );
    if (sum !== 0) for (const term of equation.terms) broken.add(term.row);
  }
  return broken;
}

/** With few combinations left, keeps only the splits of some combination that satisfies every equation. */
function checkInFull(remaining: string[][][], equations: readonly LinearEquation[]): string[][][] {
  const open = remaining.map((row, index) => index).filter((index) => remaining[index].length > 1);
  const combinations = open.reduce((product, index) => product * remaining[index].length, 1);
  if (open.length === 0 || combinations > MAX_COMBINATIONS) return remaining;
  const values = remaining.map((row) => row.map((candidate) => candidate.map(numberOf)));
  const choice = remaining.map(() => 0);
  const survivors = remaining.map((row) => new Set<number>(row.length === 1 ? [0] : []));
  const holds = () =>
    equations.every(
      (equation) =>
        equation.terms.reduce(
          (sum, term) =>
            sum + term.coefficient * scaled(values[term.row][choice[term.row]][term.column]),
          equation.constant,
        ) === 0,
    );
  const walk = (position: number): void => {
    if (position === open.length) {
      if (holds()) for (const index of open) survivors[index].add(choice[index]);
      return;
    }
    const index = open[position];
    for (let candidate = 0; candidate < remaining[index].length; candidate += 1) {
      choice[index] = candidate;
      walk(position + 1);
    }
  };
  walk(0);
  // No combination holds: the source breaks a rule; the rows stay as open as they were.
  if (open.some((index) => survivors[index].size === 0)) return remaining;
  return remaining.map((row, index) =>
    row.filter((_, candidate) => survivors[index].has(candidate)),
  );
}

/**
 * How many of the table's error-level equations that involve the given keys fail on the known
 * values (undecidable ones are not counted), and how many could be decided.
 */
export function equationsOn(
  table: TableId,
  version: FormatVersion,
  known: KnownValue,
  keys: ReadonlySet<string>,
): { decided: number; broken: number } {
  const equations = linearEquations(table, version, [], known, keys);
  return {
    decided: equations.length,
    broken: equations.filter((equation) => equation.constant !== 0).length,
  };
}
