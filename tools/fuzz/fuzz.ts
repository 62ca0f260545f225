/**
 * Fuzzing: mutated report files (byte flips, truncation, duplicated and shuffled table rows,
 * numbers made huge, negative or not numbers, encodings swapped, nested ZIPs, hostile markup) of
 * generated reports in every layout and the committed fixtures, through the parser in process
 * (PDFs in their worker, stopped at the time limit) and, every --upload-every-th file, through the
 * upload endpoint of a real api process. Prints the counts; exits 1 on any crash or hang, or if
 * the api is not healthy afterwards.
 *
 *   npm run fuzz                              # 10,000 files, 1 in 20 uploaded
 *   npm run fuzz -- --count 500 --seed abc --upload-every 5 --budget-ms 15000
 *
 * The budget covers the PDF time limit (5 s, then the worker is stopped) plus starting its
 * replacement on a busy machine; in-process reading (text, HTML, DOCX) cannot be stopped, so a
 * file over the budget there is a real hang.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeExtractors } from '@ogi/report-extract';
import {
  count,
  emptyCounts,
  formatCounts,
  fuzzParser,
  judgeUpload,
  type FuzzVerdict,
} from '../../apps/api/src/app/testing/fuzz/fuzz-run';
import { authenticate, startApi } from '@ogi/api-harness';
import { postFiles } from '../../apps/api-e2e/src/support/post-files';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const total = Number(option('count') ?? 10_000);
  const seed = option('seed') ?? 'fuzz';
  const uploadEvery = Number(option('upload-every') ?? 20);
  const budgetMs = Number(option('budget-ms') ?? 15_000);
  const readTimeoutMs = Math.min(5000, budgetMs / 2);
  const dir = mkdtempSync(join(tmpdir(), 'ogi-fuzz-'));
  console.log(
    `fuzz: ${total} files, seed ${seed}, 1 in ${uploadEvery} uploaded, budget ${budgetMs} ms per file`,
  );
  const api = await startApi({
    sqlitePath: join(dir, 'fuzz.sqlite'),
    env: { READ_TIMEOUT_MS: String(readTimeoutMs) },
  });
  const headers = await authenticate(api.url);
  const uploads = emptyCounts();
  const started = Date.now();
  try {
    const parser = await fuzzParser({
      seed,
      count: total,
      budgetMs,
      readOptions: { timeoutMs: readTimeoutMs },
      onCase: async (fuzzCase) => {
        if (fuzzCase.index % 1000 === 999) {
          console.log(
            `  ${fuzzCase.index + 1} files, ${((Date.now() - started) / 1000).toFixed(0)} s`,
          );
        }
        if (fuzzCase.index % uploadEvery !== 0) return;
        const sent = performance.now();
        let verdict: FuzzVerdict;
        let detail: string;
        try {
          const res = await postFiles(`${api.url}/api/reports`, [fuzzCase.file], headers);
          let body: unknown = null;
          try {
            body = JSON.parse(res.text);
          } catch {
            // judged as a crash below: not JSON
          }
          verdict = judgeUpload(res.status, body);
          detail = `${res.status} ${res.text.slice(0, 300)}`;
        } catch (err) {
          verdict = 'crash';
          detail = `request failed: ${(err as Error).message}`;
        }
        count(
          uploads,
          verdict,
          performance.now() - sent,
          budgetMs,
          () => `${fuzzCase.file.name}: ${detail}`,
        );
      },
    });
    const health = await fetch(`${api.url}/api/health`).then(
      (res) => res.status,
      () => 0,
    );
    console.log(formatCounts('parser', parser));
    console.log(formatCounts('upload endpoint', uploads));
    console.log(
      `api after the run: /api/health ${health}, process ${api.child.exitCode === null ? 'running' : `exited ${api.child.exitCode}`}; ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    const ok =
      parser.crashes + parser.hangs + uploads.crashes + uploads.hangs === 0 && health === 200;
    console.log(ok ? 'fuzz: zero crashes, zero hangs' : 'fuzz: FAILED');
    if (!ok) process.exitCode = 1;
  } finally {
    await api.stop();
    await closeExtractors();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
