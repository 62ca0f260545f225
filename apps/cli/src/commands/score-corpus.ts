import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { closeExtractors } from '@ogi/report-extract';
import type { CliIo, Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import {
  addScores,
  scoreReport,
  type ExpectedReport,
  type ReportScore,
} from '../corpus/corpus-score';
import {
  EXPECTED_SUFFIX,
  identityCounts,
  scoreDetails,
  scoreLine,
  scoredFiles,
} from '../corpus/score-table';
import { parseFile } from './parse';

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
        io.stdout.write(`${scoreLine(basename(file), score)}\n`);
        if (verbose) {
          for (const detail of scoreDetails(outcome, expected, score)) {
            io.stdout.write(`${detail}\n`);
          }
        }
      }
    } finally {
      await closeExtractors();
    }
    const total = addScores(scores);
    io.stdout.write(
      `${scoreLine(`all (${scores.length} reports)`, total, identityCounts(scores))}\n`,
    );
    return EXIT_OK;
  },
};
