// Scores OCR on scanned reports with the values they must read as:
//   npm run score:scans -- [--verbose] [--threshold 0.9] <dir>...
// Every <name>.pdf (or page image) with <name>.expected.json beside it (as scans:make writes them)
// is read the way the OCR job reads it (tools/scans/read-scan.ts) and scored like score:corpus,
// except that a wrong cell counts as flagged only when a finding names that cell (needs_review:
// confidence below the threshold, its row failing a rule, or placed by the rules): the reviewer
// is shown those cells. Exits 1 when a cell is silently wrong or silently missing, or an office
// or year is wrong.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { closeExtractors } from '@ogi/report-extract';
import { ocrReviewThreshold } from '@ogi/report-ingestion';
import { OcrEngine } from '@ogi/report-ocr';
import {
  addScores,
  scoreReport,
  type ExpectedReport,
  type ReportScore,
} from '../../apps/cli/src/corpus/corpus-score';
import {
  identityCounts,
  scoreDetails,
  scoreLine,
  scoredFiles,
} from '../../apps/cli/src/corpus/score-table';
import { failedOutcome } from '../../apps/cli/src/commands/parse';
import { readScan, type ScanReading } from './read-scan';

interface Options {
  dirs: string[];
  verbose: boolean;
  threshold: number;
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = {
    dirs: [],
    verbose: false,
    threshold: ocrReviewThreshold(process.env['OCR_REVIEW_THRESHOLD']),
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--verbose') options.verbose = true;
    else if (arg === '--threshold') {
      options.threshold = Number(args[(i += 1)]);
      if (!(options.threshold > 0 && options.threshold <= 1)) {
        throw new Error('--threshold takes a number in (0, 1]');
      }
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.dirs.push(arg);
  }
  if (options.dirs.length === 0) throw new Error('name at least one folder of scans');
  return options;
}

const REVIEW = 'needs_review';
/** Thresholds tried on the same readings, to choose OCR_REVIEW_THRESHOLD by measurement. */
const SWEEP = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98];

interface SweepPoint {
  reviews: number;
  silent: number;
}

/** How a cell not read right was read: its text and confidence, flagged for review or not. */
function cellNote(reading: ScanReading, detail: string): string {
  const key = detail.trim().split(/[\s:]/)[1];
  const cell = reading.outcome.cells.find((item) => item.key === key);
  if (!cell) return detail;
  const confidence = cell.location?.confidence;
  const review = reading.outcome.findings.some(
    (item) => item.code === REVIEW && item.keys.includes(key),
  );
  return `${detail}  (read "${cell.raw ?? ''}"${
    confidence === undefined ? '' : `, confidence ${confidence.toFixed(2)}`
  }${review ? ', needs_review' : ''})`;
}

function reviewCount(outcome: ScanReading['outcome']): number {
  return outcome.findings.filter((item) => item.code === REVIEW).length;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const pairs = await scoredFiles(options.dirs);
  if (pairs.length === 0) throw new Error(`no scan with an .expected.json in ${options.dirs}`);
  console.log(`review threshold ${options.threshold}`);
  const engine = await OcrEngine.load();
  const scores: ReportScore[] = [];
  let reviews = 0;
  let seconds = 0;
  const sweep: SweepPoint[] = SWEEP.map(() => ({ reviews: 0, silent: 0 }));
  try {
    for (const [file, expectedFile] of pairs) {
      const expected = JSON.parse(await readFile(expectedFile, 'utf8')) as ExpectedReport;
      const reading = await readScan(engine, file, options.threshold).catch(
        (err: unknown): ScanReading => ({
          outcome: failedOutcome(file, { code: 'scan_failed', message: (err as Error).message }),
          outcomeAt: () => failedOutcome(file, { code: 'scan_failed', message: '' }),
          pages: [],
          seconds: { rasterise: 0, ocr: 0, parse: 0 },
        }),
      );
      const score = scoreReport(reading.outcome, expected, 'cell');
      const took = reading.seconds.rasterise + reading.seconds.ocr + reading.seconds.parse;
      scores.push(score);
      reviews += reviewCount(reading.outcome);
      seconds += took;
      const suffix = `  review ${reviewCount(reading.outcome)}  ${took.toFixed(1)} s`;
      console.log(scoreLine(basename(file), score, undefined, { nonZero: true, suffix }));
      SWEEP.forEach((at, index) => {
        const outcome = reading.outcomeAt(at);
        const atScore = scoreReport(outcome, expected, 'cell');
        sweep[index].reviews += reviewCount(outcome);
        sweep[index].silent += atScore.silentlyWrong + atScore.silentlyMissing;
      });
      if (options.verbose) {
        for (const detail of scoreDetails(reading.outcome, expected, score)) {
          console.log(cellNote(reading, detail));
        }
      }
    }
  } finally {
    await engine.close();
    await closeExtractors();
  }
  const total = addScores(scores);
  const identity = identityCounts(scores);
  const suffix = `  review ${reviews}  ${seconds.toFixed(1)} s`;
  console.log(
    scoreLine(`all (${scores.length} scans)`, total, identity, { nonZero: true, suffix }),
  );
  console.log(
    `by threshold (needs_review / silently wrong or missing): ${SWEEP.map(
      (at, index) => `${at}: ${sweep[index].reviews} / ${sweep[index].silent}`,
    ).join(', ')}`,
  );
  const silent = total.silentlyWrong + total.silentlyMissing;
  const identityWrong =
    identity.officeRight < identity.reports || identity.yearRight < identity.reports;
  return silent > 0 || identityWrong ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`score:scans: ${(err as Error).message}`);
    process.exitCode = 2;
  },
);
