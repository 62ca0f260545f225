/**
 * Ingestion throughput, end to end through the CLI path: generates N text reports (tab, tab8,
 * lines, pipe, pdf-text) into a temp folder, then walks, reads, parses and stores them into a
 * fresh SQLite file, each file in its own transaction. Prints reports/s against the target and
 * the split between reading+parsing and storing.
 *
 *   npm run bench:ingest                        # 10,000 reports (steady state: the parse worker starts once)
 *   npm run bench:ingest -- --count 10000 --workers 2 --keep   (--workers 0: parse in the main thread)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database, openDataSource } from '@ogi/api-data-access';
import { closeExtractors } from '@ogi/report-extract';
import { Ingestor } from '@ogi/report-ingestion';
import { ingestFiles } from '../../apps/cli/src/ingest/ingest-files';
import { ParsePool } from '../../apps/cli/src/ingest/parse-pool';
import { countStatuses } from '../../apps/cli/src/ingest/summary';
import { walkFiles } from '../../apps/cli/src/ingest/walk-files';
import { writeReportFiles } from '../../apps/cli/src/testing/report-files';

const TARGET_PER_SECOND = 300;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const count = Number(option('count') ?? 10_000);
  const seed = option('seed') ?? 'bench-ingest';
  const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-ingest-'));
  try {
    console.log(`generating ${count} text reports (seed ${seed}) into ${dir}`);
    writeReportFiles(join(dir, 'reports'), { count, seed });
    const files = await walkFiles([join(dir, 'reports')]);
    const dataSource = await openDataSource({ type: 'sqlite', path: join(dir, 'ogi.sqlite') });
    try {
      const ingestor = new Ingestor(new Database(dataSource), { logger: console });
      const target = await ingestor.resolveTarget({});
      const workers = Number(option('workers') ?? Math.max(1, availableParallelism() - 1));
      const pool = workers > 0 ? new ParsePool(workers) : undefined;
      const cpu = process.cpuUsage();
      const run = await ingestFiles(ingestor, files, target, { pool }).finally(() => pool?.close());
      const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu));
      const counts = countStatuses(run.results);
      const rate = run.results.length / run.seconds;
      const { readMs, storeMs } = run.timing;
      console.log(
        `${run.results.length} reports in ${run.seconds.toFixed(1)} s: ${rate.toFixed(0)} reports/s (${Object.entries(
          counts,
        )
          .filter(([, n]) => n > 0)
          .map(([status, n]) => `${n} ${status}`)
          .join(', ')})`,
      );
      console.log(
        `split: extract+parse ${(readMs / 1000).toFixed(1)} s (${(readMs / run.results.length).toFixed(2)} ms/report${workers > 0 ? ` in ${workers} worker thread${workers === 1 ? '' : 's'}, overlapped` : ''}), store ${(storeMs / 1000).toFixed(1)} s (${(storeMs / run.results.length).toFixed(2)} ms/report)`,
      );
      console.log(
        `CPU ${(cpuMs / run.results.length).toFixed(2)} ms/report (user+system, all threads; ${workers} parse worker${workers === 1 ? '' : 's'}); machine load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
      );
      console.log(
        `target ≥ ${TARGET_PER_SECOND} text reports/s: ${rate >= TARGET_PER_SECOND ? 'met' : 'NOT met'}`,
      );
    } finally {
      await dataSource.destroy();
      await closeExtractors();
    }
  } finally {
    if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
