import type { ParseOutcome } from '../commands/parse';

/** A report's hand-read expectations, as `*.expected.json` beside it (shared/corpus/README.md). */
export interface ExpectedReport {
  office: string | null;
  year: number | null;
  values: Record<string, number | null>;
  /** Keys under these prefixes may be read as null or as their value. */
  lenient_null_prefixes?: string[];
}

/** How one report was read against its expectations. */
export interface ReportScore {
  /** Cells the source prints as a number. */
  printed: number;
  /** Of those, read as printed. */
  right: number;
  /** Printed cells whose number is not 0, and of those, read as printed. */
  nonZeroPrinted: number;
  nonZeroRight: number;
  /** Printed cells read as nothing, with a finding that names the cell or its row. */
  flaggedMissing: number;
  /** Printed cells read as nothing, with no finding naming them. */
  silentlyMissing: number;
  /**
   * Cells given a number that is not what the source prints (or a number where it prints none),
   * with no finding that names the cell or its row: the failure we never accept.
   */
  silentlyWrong: number;
  /** Wrong numbers that a finding names (the reader is told to look). */
  flaggedWrong: number;
  officeRight: boolean;
  yearRight: boolean;
  /** Keys behind the counts above, for the detailed listing. */
  wrongKeys: string[];
  missingKeys: string[];
}

/** The row a key belongs to: the key without its column. */
function rowOf(key: string): string {
  return key.slice(0, key.lastIndexOf('.'));
}

function flaggedKeys(outcome: ParseOutcome): { cells: Set<string>; rows: Set<string> } {
  const cells = new Set<string>();
  const rows = new Set<string>();
  for (const item of outcome.findings) {
    for (const key of item.keys) {
      cells.add(key);
      rows.add(rowOf(key));
    }
  }
  return { cells, rows };
}

/**
 * What counts as flagging a cell: a finding naming the cell or another cell of its row (a reader
 * of the text way looks at the row), or only a finding naming the cell itself (a reviewer of a
 * scan is shown the cells marked for review, one by one).
 */
export type FlaggedBy = 'cell-or-row' | 'cell';

/**
 * Scores one parse outcome against its expectations. A cell counts as flagged when some finding
 * names it or (by default) its row (a rule failure counts only through the keys it names).
 */
export function scoreReport(
  outcome: ParseOutcome,
  expected: ExpectedReport,
  flaggedBy: FlaggedBy = 'cell-or-row',
): ReportScore {
  const { cells, rows } = flaggedKeys(outcome);
  const flagged = (key: string) =>
    cells.has(key) || (flaggedBy === 'cell-or-row' && rows.has(rowOf(key)));
  const lenient = expected.lenient_null_prefixes ?? [];
  const score: ReportScore = {
    printed: 0,
    right: 0,
    nonZeroPrinted: 0,
    nonZeroRight: 0,
    flaggedMissing: 0,
    silentlyMissing: 0,
    silentlyWrong: 0,
    flaggedWrong: 0,
    officeRight: (outcome.office ?? null) === expected.office,
    yearRight: (outcome.year ?? null) === expected.year,
    wrongKeys: [],
    missingKeys: [],
  };
  const derived = new Set(
    outcome.cells.filter((cell) => cell.assignedBy === 'derived').map((cell) => cell.key),
  );
  for (const [key, value] of Object.entries(expected.values)) {
    const got = outcome.values[key] ?? null;
    if (value !== null) score.printed += 1;
    if (value !== null && value !== 0) score.nonZeroPrinted += 1;
    if (got === value) {
      if (value !== null) score.right += 1;
      if (value !== null && value !== 0) score.nonZeroRight += 1;
      continue;
    }
    if (got === null) {
      if (lenient.some((prefix) => key.startsWith(prefix))) {
        score.right += 1;
        continue;
      }
      if (flagged(key)) score.flaggedMissing += 1;
      else score.silentlyMissing += 1;
      score.missingKeys.push(key);
      continue;
    }
    if (flagged(key)) score.flaggedWrong += 1;
    else score.silentlyWrong += 1;
    score.wrongKeys.push(`${key}: ${value} → ${got}`);
  }
  // A number for a key the source does not print at all (beyond a truncated excerpt) is invented.
  for (const [key, got] of Object.entries(outcome.values)) {
    if (key in expected.values || got === null || derived.has(key)) continue;
    if (flagged(key)) score.flaggedWrong += 1;
    else score.silentlyWrong += 1;
    score.wrongKeys.push(`${key}: not printed → ${got}`);
  }
  return score;
}

/** The counts of several reports added up. */
export function addScores(scores: readonly ReportScore[]): ReportScore {
  const sum = (pick: (score: ReportScore) => number) =>
    scores.reduce((total, score) => total + pick(score), 0);
  return {
    printed: sum((score) => score.printed),
    right: sum((score) => score.right),
    nonZeroPrinted: sum((score) => score.nonZeroPrinted),
    nonZeroRight: sum((score) => score.nonZeroRight),
    flaggedMissing: sum((score) => score.flaggedMissing),
    silentlyMissing: sum((score) => score.silentlyMissing),
    silentlyWrong: sum((score) => score.silentlyWrong),
    flaggedWrong: sum((score) => score.flaggedWrong),
    officeRight: scores.every((score) => score.officeRight),
    yearRight: scores.every((score) => score.yearRight),
    wrongKeys: [],
    missingKeys: [],
  };
}
