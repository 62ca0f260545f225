import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import {
  DEFAULT_ARCHIVE_LIMITS,
  ingestResult,
  prepareFile,
  sha256Of,
  type Ingestor,
  type IngestResult,
  type IngestTarget,
  type IngestTiming,
  type PreparedFile,
} from '@ogi/report-ingestion';
import type { ParsePool } from './parse-pool';

export interface IngestRun {
  results: IngestResult[];
  /**
   * Extracting and parsing (in the workers when there are, overlapped with storing; reading
   * from disk is not counted: it overlaps too), and the transactions; summed over files.
   */
  timing: IngestTiming;
  seconds: number;
}

/** What happened before the store: the file is done, or prepared and waiting for its transaction. */
type Step = { done: IngestResult[] } | { prepared: PreparedFile[] };

/**
 * Files read ahead of the one being stored, per parse worker: enough that neither the workers
 * nor the main thread wait for the other; and bytes, so that large PDFs do not pile up.
 */
const READ_AHEAD_PER_WORKER = 16;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // reading it will say why
  }
}

/**
 * Ingests files from disk through the same Ingestor as the api, in order, each item in its
 * own transaction. With a ParsePool, the next files are read and parsed in worker threads while
 * the main thread stores. A file that cannot be read from disk is a failed result, not stored.
 */
export async function ingestFiles(
  ingestor: Ingestor,
  files: readonly string[],
  target: IngestTarget,
  options: { pool?: ParsePool; onFile?: (done: number) => void } = {},
): Promise<IngestRun> {
  const { pool } = options;
  const timing: IngestTiming = { readMs: 0, storeMs: 0 };
  const started = performance.now();

  const readAndParse = async (path: string): Promise<Step> => {
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      const error = { code: 'file_unreadable', message: `${path}: ${(err as Error).message}` };
      return { done: [ingestResult(path, 'failed', { error })] };
    }
    // Already stored: answered without parsing, so that re-running over a folder is cheap.
    const duplicate = await ingestor.findStored(path, sha256Of(bytes));
    if (duplicate) return { done: [duplicate] };
    if (pool) {
      try {
        const { prepared, parseMs } = await pool.prepare({ name: path, bytes });
        timing.readMs += parseMs;
        return { prepared };
      } catch {
        // A worker that stopped (out of memory) costs speed, not files: parse here instead.
      }
    }
    const parseStarted = performance.now();
    const prepared = await prepareFile({ name: path, bytes }, DEFAULT_ARCHIVE_LIMITS);
    timing.readMs += performance.now() - parseStarted;
    return { prepared };
  };
  // Never rejects: a read-ahead promise is awaited only later, and must not go unhandled.
  const prepare = (path: string): Promise<Step> =>
    readAndParse(path).catch((err: unknown) => ({
      done: [
        ingestResult(path, 'failed', {
          error: { code: 'read_failed', message: `${path}: ${(err as Error).message}` },
        }),
      ],
    }));

  const window = pool ? pool.size * READ_AHEAD_PER_WORKER : 1;
  const ahead: { step: Promise<Step>; bytes: number }[] = [];
  let aheadBytes = 0;
  let next = 0;
  const fill = () => {
    while (
      next < files.length &&
      ahead.length < window &&
      (ahead.length === 0 || aheadBytes < READ_AHEAD_BYTES)
    ) {
      const bytes = sizeOf(files[next]);
      ahead.push({ step: prepare(files[next++]), bytes });
      aheadBytes += bytes;
    }
  };
  const results: IngestResult[] = [];
  for (let index = 0; index < files.length; index += 1) {
    fill();
    const oldest = ahead.shift() as { step: Promise<Step>; bytes: number };
    const step = await oldest.step;
    aheadBytes -= oldest.bytes;
    fill();
    if ('done' in step) {
      results.push(...step.done);
    } else {
      const storeStarted = performance.now();
      for (const file of step.prepared) results.push(await ingestor.storePrepared(file, target));
      timing.storeMs += performance.now() - storeStarted;
    }
    options.onFile?.(index + 1);
  }
  return { results, timing, seconds: (performance.now() - started) / 1000 };
}
