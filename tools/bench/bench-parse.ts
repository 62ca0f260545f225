// Parser benchmark: reports/s and MB/s per input kind on one core, next to the floor of merely
// decoding the same bytes and splitting them into lines, measured in the same run.
//   npm run bench:parse [-- --seconds 3] [-- --dir <folder of reports>]
// Inputs: the fixtures of libs/report-extract (real corpus, office documents, extractor fixtures)
// plus any folder given with --dir (e.g. the output of the report generator).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { closeExtractors, detectKind, extractDocument, ExtractError } from '@ogi/report-extract';
import { parseReport } from '@ogi/report-parser';

interface Input {
  name: string;
  bytes: Uint8Array;
}

const args = process.argv.slice(2);
const argValue = (flag: string) => {
  const at = args.indexOf(flag);
  return at >= 0 ? args[at + 1] : undefined;
};
const SECONDS = Number(argValue('--seconds') ?? 2);
const FIXTURES = join(__dirname, '../../libs/report-extract/src/fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.json') ? [] : [path];
  });
}

function inputsByKind(dirs: string[]): Map<string, Input[]> {
  const byKind = new Map<string, Input[]>();
  for (const path of dirs.flatMap(filesUnder)) {
    const bytes = new Uint8Array(readFileSync(path));
    const kind = detectKind(bytes, path).kind;
    if (kind === 'unsupported') continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), { name: path, bytes }]);
  }
  return byKind;
}

/** Runs `work` over the inputs round-robin for about SECONDS; returns files/s and the slowest file. */
async function measure(
  inputs: Input[],
  work: (input: Input) => Promise<unknown> | unknown,
): Promise<{ perSecond: number; bytesPerSecond: number; slowestMs: number }> {
  for (const input of inputs) await work(input);
  let files = 0;
  let bytes = 0;
  let slowestMs = 0;
  const started = process.hrtime.bigint();
  const limit = started + BigInt(Math.round(SECONDS * 1e9));
  while (process.hrtime.bigint() < limit) {
    for (const input of inputs) {
      const before = process.hrtime.bigint();
      await work(input);
      slowestMs = Math.max(slowestMs, Number(process.hrtime.bigint() - before) / 1e6);
      files += 1;
      bytes += input.bytes.length;
    }
  }
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  return { perSecond: files / elapsed, bytesPerSecond: bytes / elapsed, slowestMs };
}

async function parseOne(input: Input): Promise<void> {
  try {
    parseReport(await extractDocument(input.bytes, input.name));
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
  }
}

function splitLines(input: Input): number {
  return new TextDecoder().decode(input.bytes).split('\n').length;
}

const TARGETS: Record<string, number> = { text: 1000, html: 300, docx: 100, pdf: 20 };

async function main(): Promise<void> {
  const extra = argValue('--dir');
  const byKind = inputsByKind([FIXTURES, ...(extra ? [extra] : [])]);
  const rows: string[][] = [
    [
      'kind',
      'files',
      'reports/s',
      'MB/s',
      'target',
      'floor reports/s',
      'floor ratio',
      'slowest ms',
    ],
  ];
  for (const kind of ['text', 'html', 'docx', 'pdf']) {
    const inputs = byKind.get(kind);
    if (!inputs) continue;
    const parsed = await measure(inputs, parseOne);
    const floor = await measure(inputs, splitLines);
    rows.push([
      kind,
      String(inputs.length),
      parsed.perSecond.toFixed(0),
      (parsed.bytesPerSecond / 1e6).toFixed(2),
      `≥ ${TARGETS[kind]} ${parsed.perSecond >= TARGETS[kind] ? 'met' : 'NOT MET'}`,
      floor.perSecond.toFixed(0),
      `${(floor.perSecond / parsed.perSecond).toFixed(0)}×`,
      parsed.slowestMs.toFixed(1),
    ]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows)
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
  console.log(
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; ${SECONDS}s per measurement; one process, PDF in one worker thread`,
  );
  await closeExtractors();
}

void main();
