import {
  Database,
  loadDatabaseConfig,
  openDataSource,
  type DatabaseConfig,
} from '@ogi/api-data-access';
import { closeExtractors } from '@ogi/report-extract';
import { Ingestor, IngestTargetError, type IngestTarget } from '@ogi/report-ingestion';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { CliIo, Command } from '../command';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../command';
import { INGEST_USAGE, parseIngestArgs } from '../ingest/ingest-args';
import { ingestFiles } from '../ingest/ingest-files';
import { waitForOcr } from '../ingest/ocr-wait';
import { ParsePool } from '../ingest/parse-pool';
import { Progress } from '../ingest/progress';
import { countStatuses, formatSummary } from '../ingest/summary';
import { walkFiles } from '../ingest/walk-files';

/** Below this many files, starting worker threads costs more than it saves. */
const FILES_FOR_WORKERS = 50;

/** One core stores (the main thread); the others parse. */
function defaultWorkers(files: number): number {
  return files < FILES_FOR_WORKERS ? 0 : Math.max(1, Math.min(availableParallelism() - 1, 4));
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`ingest: ${message}\nusage: ingest ${INGEST_USAGE}\n`);
  return EXIT_USAGE;
}

/** --db, else the api's configuration (DB_TYPE, SQLITE_PATH, DATABASE_URL). */
export function databaseConfig(
  db: string | undefined,
  env: NodeJS.ProcessEnv,
): DatabaseConfig | string {
  if (db !== undefined) return { type: 'sqlite', path: resolve(db) };
  const problems: string[] = [];
  const config = loadDatabaseConfig(env, problems);
  return problems.length > 0 ? `invalid configuration: ${problems.join('; ')}` : config;
}

export const ingestCommand: Command = {
  name: 'ingest',
  description:
    'Store reports from files and folders in the database, as uploads do (the server may run meanwhile).',
  usage: INGEST_USAGE,
  async run(args: string[], io: CliIo) {
    const parsed = parseIngestArgs(args);
    if (typeof parsed === 'string') return usageError(io, parsed);
    const config = databaseConfig(parsed.db, process.env);
    if (typeof config === 'string') return usageError(io, config);
    let files: string[];
    try {
      files = await walkFiles(parsed.paths);
    } catch (err) {
      return usageError(io, (err as Error).message);
    }

    const dataSource = await openDataSource(config);
    try {
      const db = new Database(dataSource);
      const ingestor = new Ingestor(db, {
        logger: { error: (message) => io.stderr.write(`ingest: ${message}\n`) },
      });
      let target: IngestTarget;
      try {
        target = await ingestor.resolveTarget(parsed.overrides);
      } catch (err) {
        if (err instanceof IngestTargetError) return usageError(io, err.message);
        throw err;
      }
      const workers = parsed.workers ?? defaultWorkers(files.length);
      const pool = workers > 0 ? new ParsePool(workers) : undefined;
      const progress = new Progress(io.stderr, files.length, 'ingest');
      let run;
      try {
        run = await ingestFiles(ingestor, files, target, {
          pool,
          onFile: (done) => progress.update(done),
        });
      } finally {
        progress.finish();
        await pool?.close();
      }
      // Scans were stored as `processing` with a job each: read them now, pages on the bar.
      run.results = await waitForOcr(db, run.results, io.stderr);
      const counts = countStatuses(run.results);
      io.stdout.write(
        parsed.json
          ? `${JSON.stringify({ files: files.length, counts, seconds: run.seconds, results: run.results })}\n`
          : formatSummary(run.results, run.seconds),
      );
      return counts.failed > 0 ? EXIT_FAILURE : EXIT_OK;
    } finally {
      await dataSource.destroy();
      await closeExtractors();
    }
  },
};
