import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { closeExtractors } from '@ogi/report-extract';
import type { CliIo, Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import {
  addScores,
  scoreReport,
  type ExpectedReport,
  type ReportScore,
} from '../corpus/corpus-score';
import { parseFile } from './parse';

const EXPECTED_SUFFIX = '.expected.json';

/** Every report in the folders that has an `<name>.expected.json` beside it, with that file. */
async function scoredFiles(dirs: readonly string[]): Promise<Array<[string, string]>> {
  const pairs: Array<[string, string]> = [];
  for (const dir of dirs) {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      if (name.endsWith('.json')) continue;
      const expected = name.replace(/\.[^.]+$/, EXPECTED_SUFFIX);
      if (names.includes(expected)) pairs.push([join(dir, name), join(dir, expected)]);
    }
  }
  return pairs;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`;
}

function line(
  name: string,
  score: ReportScore,
  reports = 1,
  officeRight = 0,
  yearRight = 0,
): string {
  const identity =
    reports === 1
      ? `${score.officeRight ? 'office ok' : 'office ✗'}  ${score.yearRight ? 'year ok' : 'year ✗'}`
      : `office ${officeRight}/${reports}  year ${yearRight}/${reports}`;
  return [
    name.padEnd(48),
    `${score.right}/${score.printed}`.padStart(9),
    percent(score.right, score.printed).padStart(8),
    `  flagged ${score.flaggedMissing + score.flaggedWrong}`.padEnd(13),
    `  silently missing ${score.silentlyMissing}`.padEnd(22),
    `  silently wrong ${score.silentlyWrong}`.padEnd(20),
    `  ${identity}`,
  ].join('');
}

/**
 * Reads every report of the given folders that has hand-read expectations beside it, the same way
 * `parse` does, and prints per file and in all: printed cells read right, office and year, and the
 * cells given a wrong number with no finding to say so (silently wrong).
 */
export const scoreCorpusCommand: Command = {
  name: 'score-corpus',
  description:
    'Score the parser on folders of reports with *.expected.json beside them (cells, office, year, silently wrong).',
  usage: '[--verbose] <dir>...',
  async run(args: string[], io: CliIo) {
    const verbose = args.includes('--verbose');
    const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--verbose');
    if (unknown.length > 0) {
      io.stderr.write(`score-corpus: unknown option ${unknown.join(' ')}\n`);
      return EXIT_USAGE;
    }
    const dirs = args.filter((arg) => !arg.startsWith('--'));
    if (dirs.length === 0) {
      io.stderr.write('score-corpus: name at least one folder of reports with *.expected.json\n');
      return EXIT_USAGE;
    }
    let pairs: Array<[string, string]>;
    try {
      pairs = await scoredFiles(dirs);
    } catch (err) {
      io.stderr.write(`score-corpus: ${(err as Error).message}\n`);
      return EXIT_FAILURE;
    }
    if (pairs.length === 0) {
      io.stderr.write(
        `score-corpus: no report with an ${EXPECTED_SUFFIX} beside it in ${dirs.join(', ')}\n`,
      );
      return EXIT_FAILURE;
    }
    const scores: ReportScore[] = [];
    try {
      for (const [file, expectedFile] of pairs) {
        const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as ExpectedReport;
        const outcome = await parseFile(file);
        const score = scoreReport(outcome, expected);
        scores.push(score);
        io.stdout.write(`${line(basename(file), score)}\n`);
        if (verbose) {
          if (!outcome.ok) io.stdout.write(`    error: ${outcome.error?.message}\n`);
          if (!score.officeRight)
            io.stdout.write(`    office: ${expected.office} → ${outcome.office}\n`);
          if (!score.yearRight) io.stdout.write(`    year: ${expected.year} → ${outcome.year}\n`);
          for (const key of score.wrongKeys) io.stdout.write(`    wrong ${key}\n`);
          for (const key of score.missingKeys) io.stdout.write(`    missing ${key}\n`);
        }
      }
    } finally {
      await closeExtractors();
    }
    const total = addScores(scores);
    io.stdout.write(
      `${line(
        `all (${scores.length} reports)`,
        total,
        scores.length,
        scores.filter((score) => score.officeRight).length,
        scores.filter((score) => score.yearRight).length,
      )}\n`,
    );
    return EXIT_OK;
  },
};
