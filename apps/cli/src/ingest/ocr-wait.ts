import { Database } from '@ogi/api-data-access';
import {
  DEFAULT_OCR_PAGE_TIMEOUT_MS,
  OcrJobRunner,
  ocrReviewThreshold,
  ocrWorkersFrom,
  type IngestResult,
  type OcrPageReader,
} from '@ogi/report-ingestion';
import { DEFAULT_OCR_MEMORY_MB, OcrWorkerPool, type OcrWorkerPoolOptions } from '@ogi/report-ocr';
import type { TextSink } from '../command';
import { Progress } from './progress';

/**
 * Runs the OCR jobs this ingest queued, here, until each is done or failed, with a progress bar
 * of pages read; each scan's `processing` result is replaced by what its job stored. With
 * OCR_WORKERS=0 the jobs stay queued for the api's workers and the results say `processing`.
 * The engine runs in a worker thread under the api's limits (OCR_PAGE_TIMEOUT_MS, OCR_MEMORY_MB).
 */
export async function waitForOcr(
  db: Database,
  results: IngestResult[],
  stderr: TextSink,
  env: NodeJS.ProcessEnv = process.env,
  loadReader: () => Promise<OcrPageReader> = () => OcrWorkerPool.start(readerLimits(env)),
): Promise<IngestResult[]> {
  const queued = results.filter((result) => result.status === 'processing' && result.ocr);
  if (queued.length === 0 || ocrWorkersFrom(env['OCR_WORKERS']) === 0) return results;
  const done = new Map<number, IngestResult>();
  const runner = new OcrJobRunner(db, loadReader, {
    pollMs: 500,
    pageTimeoutMs: readerLimits(env).pageTimeoutMs,
    reviewThreshold: ocrReviewThreshold(env['OCR_REVIEW_THRESHOLD']),
    logger: { error: (message) => stderr.write(`ingest: ${message}\n`) },
    onJobDone: (job, result) => done.set(job.id, result),
  });
  const pages = queued.reduce((sum, result) => sum + (result.ocr?.pagesTotal ?? 0), 0);
  const progress = new Progress(stderr, pages, 'ocr', { unit: 'pages' });
  try {
    await runner.runUntilDone(
      queued.map((result) => result.ocr?.jobId ?? 0),
      (jobs) => progress.update(jobs.reduce((sum, job) => sum + job.pagesDone, 0)),
    );
  } finally {
    progress.finish();
    await runner.stop();
  }
  return results.map((result) => {
    const stored = result.ocr ? done.get(result.ocr.jobId) : undefined;
    // A job run by another process meanwhile (the api) is left as the upload answered it.
    return stored ? { ...stored, file: result.file } : result;
  });
}

/** The worker's limits from the environment, as the api reads them (invalid or unset: default). */
function readerLimits(env: NodeJS.ProcessEnv): OcrWorkerPoolOptions {
  return {
    size: 1,
    pageTimeoutMs: positiveInteger(env['OCR_PAGE_TIMEOUT_MS']) ?? DEFAULT_OCR_PAGE_TIMEOUT_MS,
    memoryMb: positiveInteger(env['OCR_MEMORY_MB']) ?? DEFAULT_OCR_MEMORY_MB,
  };
}

function positiveInteger(raw: string | undefined): number | null {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : null;
}
