// Reads scanned page images with @ogi/report-ocr, lays them out and parses them as report-extract
// does for PDFs, and compares every cell with the expected values: cells right, wrong cells with
// their OCR confidence (flagged when under the review threshold, or named by a rule finding),
// office, year and seconds per report. Usage:
//   npm run score:ocr -- <dir with <name>-p<N>.jpg and <name>.expected.json> [name ...]
// Prints one line per report and the totals; `--words` also prints every wrong cell's words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { layoutPdf } from '@ogi/report-extract';
import { parseReport, type ParsedReport } from '@ogi/report-parser';
import { DEFAULT_REVIEW_THRESHOLD, OcrEngine, type OcrPage, type OcrWord } from '@ogi/report-ocr';

interface Expected {
  office: string | null;
  year: number | null;
  values: Record<string, number | null>;
}

export interface CellOutcome {
  key: string;
  expected: number | null;
  got: number | null;
  raw: string | null;
  confidence: number | null;
  flagged: boolean;
}

export interface ReportScore {
  name: string;
  cells: number;
  right: number;
  wrong: CellOutcome[];
  officeRight: boolean;
  yearRight: boolean;
  seconds: number;
  /** Lowest confidence of a right cell and highest of a wrong one, to place the threshold. */
  lowestRight: number;
  highestWrong: number;
}

/** The words a parsed cell was read from: the word at its position, then its line's followers. */
function cellConfidence(report: ParsedReport, key: string, words: OcrWord[]): number | null {
  const cell = report.cells.find((c) => c.key === key);
  const at = cell?.location;
  const { x, y } = at ?? {};
  if (!at || x === undefined || y === undefined) return null;
  const word = words.find(
    (w) =>
      w.page === at.page &&
      Math.abs(w.box[0] - x) < 1.5 &&
      y >= w.box[1] - 1.5 &&
      y <= w.box[3] + 1.5,
  );
  return word ? word.confidence : null;
}

/** Scores one report's pages against its expected values. */
export function scoreReport(
  name: string,
  pages: OcrPage[],
  expected: Expected,
  seconds: number,
  threshold = DEFAULT_REVIEW_THRESHOLD,
): ReportScore {
  const notes: string[] = [];
  const blocks = layoutPdf(
    pages.map((p) => p.pdfPage),
    notes,
  );
  const report = parseReport({
    kind: 'pdf',
    encoding: null,
    pageCount: pages.length,
    blocks,
    notes,
  });
  const words = pages.flatMap((p) => p.words);
  const ruleKeys = new Set(
    report.findings
      .filter((f) => f.code === 'rule' || f.severity === 'error')
      .flatMap((f) => f.keys),
  );
  const byRules = new Set(report.cells.filter((c) => c.assignedBy === 'rules').map((c) => c.key));
  let right = 0;
  let lowestRight = 1;
  const wrong: CellOutcome[] = [];
  for (const [key, value] of Object.entries(expected.values)) {
    const got = report.values[key] ?? null;
    const confidence = cellConfidence(report, key, words);
    if (got === value) {
      right++;
      if (confidence !== null) lowestRight = Math.min(lowestRight, confidence);
      continue;
    }
    const raw = report.cells.find((c) => c.key === key)?.raw ?? null;
    const flagged =
      (confidence !== null && confidence < threshold) || ruleKeys.has(key) || byRules.has(key);
    wrong.push({ key, expected: value, got, raw, confidence, flagged });
  }
  return {
    name,
    cells: Object.keys(expected.values).length,
    right,
    wrong,
    officeRight: report.office.value === expected.office,
    yearRight: report.year.value === expected.year,
    seconds,
    lowestRight,
    highestWrong: Math.max(0, ...wrong.map((w) => w.confidence ?? 0)),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showWords = args.includes('--words');
  const [dir, ...only] = args.filter((a) => !a.startsWith('--'));
  if (!dir) throw new Error('usage: score-ocr-pages <dir> [name ...]');
  const files = readdirSync(dir);
  const names = files
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .filter((n) => !only.length || only.includes(n));
  const engine = await OcrEngine.load();
  const scores: ReportScore[] = [];
  try {
    for (const name of names) {
      const pageFiles = files
        .filter((f) => f.startsWith(`${name}-p`) && /-p\d+\.(jpe?g|png|tiff?)$/.test(f))
        .sort((a, b) => Number(/-p(\d+)\./.exec(a)?.[1]) - Number(/-p(\d+)\./.exec(b)?.[1]));
      const expected = JSON.parse(
        readFileSync(join(dir, `${name}.expected.json`), 'utf8'),
      ) as Expected;
      const started = Date.now();
      const pages: OcrPage[] = [];
      for (const [i, f] of pageFiles.entries()) {
        pages.push(await engine.recognisePage(new Uint8Array(readFileSync(join(dir, f))), i + 1));
      }
      const score = scoreReport(name, pages, expected, (Date.now() - started) / 1000);
      scores.push(score);
      const silent = score.wrong.filter((w) => !w.flagged).length;
      console.log(
        `${name.padEnd(28)} ${score.right}/${score.cells} right, ${score.wrong.length - silent} wrong flagged, ${silent} silently wrong, office ${score.officeRight ? 'ok' : 'WRONG'}, year ${score.yearRight ? 'ok' : 'WRONG'}, ${pageFiles.length} pages ${score.seconds.toFixed(1)} s, lowest right ${score.lowestRight.toFixed(3)}`,
      );
      if (showWords)
        for (const w of score.wrong)
          console.log(
            `   ${w.flagged ? 'flagged' : 'SILENT '} ${w.key}: expected ${w.expected}, got ${w.got} (raw ${JSON.stringify(w.raw)}, confidence ${w.confidence})`,
          );
    }
  } finally {
    await engine.close();
  }
  const cells = scores.reduce((s, r) => s + r.cells, 0);
  const right = scores.reduce((s, r) => s + r.right, 0);
  const silent = scores.reduce((s, r) => s + r.wrong.filter((w) => !w.flagged).length, 0);
  const pages = scores.length;
  console.log(
    `total: ${right}/${cells} cells right (${((100 * right) / Math.max(1, cells)).toFixed(2)} %), ${silent} silently wrong, office ${scores.filter((s) => s.officeRight).length}/${pages}, year ${scores.filter((s) => s.yearRight).length}/${pages}, threshold ${DEFAULT_REVIEW_THRESHOLD}`,
  );
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
