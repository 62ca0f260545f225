import { readReport, type ExtractOptions, type ReadOutcome } from '@ogi/report-extract';
import { makePdf, showText } from '@ogi/report-extract/testing';
import { createRng } from '@ogi/report-generator';
import { fuzzSeeds } from './fuzz-corpus';
import { mutate, type FuzzFile } from './mutations';

/** What one file came to: values read, a clear error, or a crash (an error nobody meant). */
export type FuzzVerdict = 'values' | 'clear' | 'crash';

export interface FuzzCounts {
  files: number;
  values: number;
  clearErrors: number;
  crashes: number;
  /** Files that took longer than the time budget. */
  hangs: number;
  maxMs: number;
  /** Clear errors by code. */
  byCode: Record<string, number>;
  /** The first crashes and hangs, to reproduce them. */
  examples: string[];
}

export function emptyCounts(): FuzzCounts {
  return {
    files: 0,
    values: 0,
    clearErrors: 0,
    crashes: 0,
    hangs: 0,
    maxMs: 0,
    byCode: {},
    examples: [],
  };
}

/** A mutated file with the seed file and the mutations that made it. */
export interface FuzzCase {
  index: number;
  file: FuzzFile;
  from: string;
  applied: string[];
}

/** `count` mutated files, the same for the same seed. */
export function* fuzzCases(seed: string, count: number): Generator<FuzzCase> {
  const seeds = fuzzSeeds(seed);
  const rng = createRng(`fuzz:${seed}`);
  for (let index = 0; index < count; index++) {
    const base = seeds[index % seeds.length];
    const { file, applied } = mutate(base, rng.fork(index));
    yield { index, file: { ...file, name: `f${index}-${file.name}` }, from: base.name, applied };
  }
}

/** JavaScript's own messages: a bug surfacing as an error, not a message written for people. */
const INTERNAL =
  /TypeError|ReferenceError|SyntaxError|Cannot read propert|is not a function|is not iterable|undefined|Maximum call stack|\[object /;

/** Values, or an error with a code and a message naming the file; anything else is a crash. */
export function judgeOutcome(outcome: ReadOutcome, fileName: string): FuzzVerdict {
  if (outcome.ok) return 'values';
  const { code, message } = outcome.error;
  if (code === 'parse_failed' || code === 'internal') return 'crash';
  if (!message.startsWith(`${fileName}:`) || INTERNAL.test(message)) return 'crash';
  return 'clear';
}

interface UploadResult {
  file?: unknown;
  status?: unknown;
  error?: { message?: unknown } | null;
}

/**
 * An upload's answer: 200 with a result per file (failed ones with a message), or a 4xx with a
 * message; a 5xx, a dropped connection or a body of another shape is a crash.
 */
export function judgeUpload(status: number, body: unknown): FuzzVerdict {
  const message = (body as { message?: unknown } | null)?.message;
  if (status >= 400 && status < 500) {
    return typeof message === 'string' || Array.isArray(message) ? 'clear' : 'crash';
  }
  if (status !== 200) return 'crash';
  const results = (body as { results?: UploadResult[] } | null)?.results;
  if (!Array.isArray(results) || results.length === 0) return 'crash';
  let verdict: FuzzVerdict = 'values';
  for (const result of results) {
    if (typeof result.file !== 'string' || typeof result.status !== 'string') return 'crash';
    if (result.status === 'failed') {
      const text = result.error?.message;
      if (typeof text !== 'string' || text === '' || INTERNAL.test(text)) return 'crash';
      verdict = 'clear';
    }
  }
  return verdict;
}

export function count(
  counts: FuzzCounts,
  verdict: FuzzVerdict,
  ms: number,
  budgetMs: number,
  describe: () => string,
  code?: string,
): void {
  counts.files += 1;
  counts.maxMs = Math.max(counts.maxMs, ms);
  if (verdict === 'values') counts.values += 1;
  else if (verdict === 'clear') {
    counts.clearErrors += 1;
    if (code) counts.byCode[code] = (counts.byCode[code] ?? 0) + 1;
  } else counts.crashes += 1;
  if (ms > budgetMs) counts.hangs += 1;
  if ((verdict === 'crash' || ms > budgetMs) && counts.examples.length < 20) {
    counts.examples.push(
      `${verdict === 'crash' ? 'crash' : 'hang'} ${Math.round(ms)} ms: ${describe()}`,
    );
  }
}

export interface ParserFuzzOptions {
  seed: string;
  count: number;
  /** A file taking longer than this counts as a hang. */
  budgetMs: number;
  readOptions?: ExtractOptions;
  /** Called with every case after it is judged (progress, upload sampling). */
  onCase?: (fuzzCase: FuzzCase, verdict: FuzzVerdict) => Promise<void> | void;
}

/**
 * Runs `count` mutated files through readReport (extract + parse, PDFs in their worker) and
 * counts the verdicts. readReport never throws by contract; if it does, that is a crash too.
 */
export async function fuzzParser(options: ParserFuzzOptions): Promise<FuzzCounts> {
  const counts = emptyCounts();
  // Start the PDF worker first: its start-up (seconds on a busy machine) is no file's time.
  await readReport(makePdf([showText(72, 700, 'warm-up')]), 'warm-up.pdf');
  for (const fuzzCase of fuzzCases(options.seed, options.count)) {
    const started = performance.now();
    let verdict: FuzzVerdict;
    let code: string | undefined;
    let detail = '';
    try {
      const outcome = await readReport(
        fuzzCase.file.bytes,
        fuzzCase.file.name,
        options.readOptions,
      );
      verdict = judgeOutcome(outcome, fuzzCase.file.name);
      if (!outcome.ok) {
        code = outcome.error.code;
        detail = outcome.error.message;
      }
    } catch (err) {
      verdict = 'crash';
      detail = `threw ${err instanceof Error ? err.stack : String(err)}`;
    }
    const ms = performance.now() - started;
    count(
      counts,
      verdict,
      ms,
      options.budgetMs,
      () =>
        `${fuzzCase.file.name} (from ${fuzzCase.from} by ${fuzzCase.applied.join('+')}): ${detail.slice(0, 300)}`,
      code,
    );
    await options.onCase?.(fuzzCase, verdict);
  }
  return counts;
}

/** The counts as the scripts print them. */
export function formatCounts(label: string, counts: FuzzCounts): string {
  const codes = Object.entries(counts.byCode)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `${label}: ${counts.files} files, ${counts.values} with values, ${counts.clearErrors} clear errors, ${counts.crashes} crashes, ${counts.hangs} hangs, max ${Math.round(counts.maxMs)} ms`,
    codes ? `  clear errors by code: ${codes}` : '',
    ...counts.examples.map((example) => `  ${example}`),
  ]
    .filter(Boolean)
    .join('\n');
}
