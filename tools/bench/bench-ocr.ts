/**
 * OCR speed and memory on scanned reports of up to 6 pages: seconds per report (page images,
 * OCR, layout and parse, as the OCR job reads it) with the median and spread over the set, the
 * engine's load time apart, and the process's peak memory (RSS high-water). Printed beside the
 * target, not a timed test: the figures depend on the machine and its load.
 *
 *   npm run bench:ocr                          # scans of the office fixtures and 3 generated reports, made into a temp folder
 *   npm run bench:ocr -- --dir /work/tmp/scans # the scans in a folder (<name>.pdf with <name>.expected.json)
 *   npm run bench:ocr -- --generated 6 --keep
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { closeExtractors } from '@ogi/report-extract';
import { DEFAULT_OCR_REVIEW_THRESHOLD } from '@ogi/report-ingestion';
import { OcrEngine } from '@ogi/report-ocr';
import { scoredFiles } from '../../apps/cli/src/corpus/score-table';
import { readScan } from '../scans/read-scan';
import { DEFAULT_PDFS, makeScans } from '../scans/scan-reports';

const TARGET_SECONDS = 20;
const MAX_PAGES = 6;
const MB = 1024 * 1024;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Whether every report, only the median, or not even the median is within the target. */
function verdict(seconds: readonly number[]): string {
  if (Math.max(...seconds) <= TARGET_SECONDS) return 'met by every report';
  return median(seconds) <= TARGET_SECONDS ? 'met by the median, NOT by every report' : 'NOT met';
}

/** The highest resident set size seen while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

async function scansDir(): Promise<{ dir: string; made: boolean }> {
  const given = option('dir');
  if (given) return { dir: given, made: false };
  const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-ocr-'));
  const generated = Number(option('generated') ?? 3);
  console.log(
    `making scans of ${DEFAULT_PDFS.length} office fixtures and ${generated} generated reports in ${dir}`,
  );
  await makeScans({ out: dir, pdfs: DEFAULT_PDFS, generated, seed: 'bench-ocr' });
  return { dir, made: true };
}

async function main(): Promise<void> {
  const { dir, made } = await scansDir();
  const files = (await scoredFiles([dir])).map(([file]) => file).filter((f) => f.endsWith('.pdf'));
  console.log(
    `${files.length} scanned reports, ${availableParallelism()} cores, load ${loadavg()[0].toFixed(2)}`,
  );
  const loadStarted = process.hrtime.bigint();
  const engine = await OcrEngine.load();
  const loadSeconds = Number(process.hrtime.bigint() - loadStarted) / 1e9;
  console.log(`engine loaded in ${loadSeconds.toFixed(1)} s (once per process, not counted below)`);
  const perReport: number[] = [];
  const perPage: number[] = [];
  const cpuPerReport: number[] = [];
  const peaks: number[] = [];
  try {
    for (const file of files) {
      const cpuBefore = process.cpuUsage();
      const measured = await withPeakRss(() =>
        readScan(engine, file, DEFAULT_OCR_REVIEW_THRESHOLD),
      ).catch((err: unknown) => {
        console.log(`${basename(file)}: not read (${(err as Error).message}): not counted`);
        return null;
      });
      if (!measured) continue;
      const { result: reading, peakMb } = measured;
      const cpu = process.cpuUsage(cpuBefore);
      const cpuSeconds = (cpu.user + cpu.system) / 1e6;
      const { rasterise, ocr, parse } = reading.seconds;
      const pages = reading.pages.length;
      if (pages > MAX_PAGES) {
        console.log(`${basename(file)}: ${pages} pages, over ${MAX_PAGES}: not counted`);
        continue;
      }
      const seconds = rasterise + ocr + parse;
      perReport.push(seconds);
      cpuPerReport.push(cpuSeconds);
      perPage.push(seconds / pages);
      peaks.push(peakMb);
      console.log(
        `${basename(file).padEnd(36)} ${String(pages).padStart(2)} pages ${seconds.toFixed(1).padStart(6)} s` +
          `  (images ${rasterise.toFixed(1)} s, OCR ${ocr.toFixed(1)} s, layout+parse ${parse.toFixed(2)} s)` +
          `  CPU ${cpuSeconds.toFixed(1)} s  peak RSS ${peakMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await engine.close();
    await closeExtractors();
    if (made && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
  if (perReport.length === 0) {
    console.log('no scanned report of up to 6 pages to measure');
    return;
  }
  const medianSeconds = median(perReport);
  console.log(
    `seconds per scanned report: median ${medianSeconds.toFixed(1)} s, ` +
      `min ${Math.min(...perReport).toFixed(1)} s, max ${Math.max(...perReport).toFixed(1)} s ` +
      `(per page: median ${median(perPage).toFixed(1)} s) over ${perReport.length} reports`,
  );
  console.log(
    `CPU seconds per report (what the wall time is on an idle core; the machine is shared): ` +
      `median ${median(cpuPerReport).toFixed(1)} s, min ${Math.min(...cpuPerReport).toFixed(1)} s, ` +
      `max ${Math.max(...cpuPerReport).toFixed(1)} s`,
  );
  console.log(
    `target ≤ ${TARGET_SECONDS} s per report of up to ${MAX_PAGES} pages: ` +
      `wall time ${verdict(perReport)}; CPU time ${verdict(cpuPerReport)}`,
  );
  console.log(
    `peak memory (RSS high-water): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB for the process; ` +
      `per report median ${median(peaks).toFixed(0)} MB, max ${Math.max(...peaks).toFixed(0)} MB`,
  );
}

main().catch((err: unknown) => {
  console.error(`bench:ocr: ${(err as Error).stack ?? err}`);
  process.exitCode = 1;
});
