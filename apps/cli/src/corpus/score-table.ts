import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportScore } from './corpus-score';

export const EXPECTED_SUFFIX = '.expected.json';

/** Every report in the folders that has an `<name>.expected.json` beside it, with that file. */
export async function scoredFiles(dirs: readonly string[]): Promise<Array<[string, string]>> {
  const pairs: Array<[string, string]> = [];
  for (const dir of dirs) {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      if (name.endsWith('.json')) continue;
      const expected = name.replace(/\.[^.]+$/, EXPECTED_SUFFIX);
      // A name without an extension (a folder beside the reports) has no expectations.
      if (expected !== name && names.includes(expected))
        pairs.push([join(dir, name), join(dir, expected)]);
    }
  }
  return pairs;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** Office and year right: one report's marks, or the counts over several. */
export interface IdentityCounts {
  reports: number;
  officeRight: number;
  yearRight: number;
}

/** The identity counts of several scored reports. */
export function identityCounts(scores: readonly ReportScore[]): IdentityCounts {
  return {
    reports: scores.length,
    officeRight: scores.filter((score) => score.officeRight).length,
    yearRight: scores.filter((score) => score.yearRight).length,
  };
}

/**
 * One line of a score table: cells right of the printed ones, flagged, silently missing and
 * silently wrong, office and year; with `nonZero`, also the non-zero printed cells read right
 * (a reader that reads every cell as 0 scores well on mostly-zero reports, not on these).
 */
export function scoreLine(
  name: string,
  score: ReportScore,
  identity?: IdentityCounts,
  options: { nonZero?: boolean; suffix?: string } = {},
): string {
  const marks = identity
    ? `office ${identity.officeRight}/${identity.reports}  year ${identity.yearRight}/${identity.reports}`
    : `${score.officeRight ? 'office ok' : 'office ✗'}  ${score.yearRight ? 'year ok' : 'year ✗'}`;
  return [
    name.padEnd(48),
    `${score.right}/${score.printed}`.padStart(9),
    percent(score.right, score.printed).padStart(8),
    ...(options.nonZero
      ? [`  non-zero ${score.nonZeroRight}/${score.nonZeroPrinted}`.padEnd(20)]
      : []),
    `  flagged ${score.flaggedMissing + score.flaggedWrong}`.padEnd(13),
    `  silently missing ${score.silentlyMissing}`.padEnd(22),
    `  silently wrong ${score.silentlyWrong}`.padEnd(20),
    `  ${marks}`,
    options.suffix ?? '',
  ].join('');
}

/** The lines under a report's score with --verbose: why it failed, and each cell not read right. */
export function scoreDetails(
  read: { office: string | null; year: number | null; error?: { message: string } },
  expected: { office: string | null; year: number | null },
  score: ReportScore,
): string[] {
  return [
    ...(read.error ? [`    error: ${read.error.message}`] : []),
    ...(score.officeRight ? [] : [`    office: ${expected.office} → ${read.office}`]),
    ...(score.yearRight ? [] : [`    year: ${expected.year} → ${read.year}`]),
    ...score.wrongKeys.map((key) => `    wrong ${key}`),
    ...score.missingKeys.map((key) => `    missing ${key}`),
  ];
}
