/**
 * Generation at national scale: streams 300,000 text reports (tab, tab8, lines, pipe, pdf-text) with
 * their truth to a temporary directory and prints the time and the peak memory (RSS, sampled).
 * Target: under 10 minutes and under 1 GB.
 *
 *   npm run bench:generate                  # 300,000 reports into a temp dir (deleted afterwards)
 *   npm run bench:generate -- --count 20000 --keep
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../apps/cli/src/commands/generate';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const count = Number(option('count') ?? 300_000);
  const seed = option('seed') ?? 'bench-scale';
  const out = mkdtempSync(join(tmpdir(), 'ogi-generate-scale-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 200);
  const started = Date.now();
  console.log(`generating ${count} text reports (seed ${seed}) into ${out}`);
  try {
    const result = await generateCorpus({
      count,
      seed,
      out,
      layouts: ['tab', 'tab8', 'lines', 'pipe', 'pdf-text'],
      breakRules: [],
      breakShare: 0,
      gb18030Share: 0,
    });
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${result.reports} reports, ${(result.bytes / 1e9).toFixed(2)} GB of reports (+ truth files) in ${seconds.toFixed(1)} s (${(result.reports / seconds).toFixed(0)}/s); peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
    );
    console.log(
      `limits: time ${seconds < 600 ? 'OK' : 'OVER'} (< 600 s), memory ${peak < 1024 ** 3 ? 'OK' : 'OVER'} (< 1 GB)`,
    );
  } finally {
    clearInterval(sampler);
    if (!process.argv.includes('--keep')) rmSync(out, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
