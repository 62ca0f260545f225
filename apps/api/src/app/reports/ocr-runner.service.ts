import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Database } from '@ogi/api-data-access';
import { OcrWorkerPool } from '@ogi/report-ocr';
import { OcrJobRunner, type IngestResult } from '@ogi/report-ingestion';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * The api's pool of OCR workers (OCR_WORKERS, default 1): runs the jobs of scanned uploads from
 * the database, so any instance may run any job and a job cut short by a restart is resumed.
 * The engine runs in as many worker threads, each under OCR_MEMORY_MB of heap, a page that
 * overruns OCR_PAGE_TIMEOUT_MS stopping its thread; they start at the first job, not at start.
 */
@Injectable()
export class OcrRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly runner: OcrJobRunner;

  constructor(db: Database, @Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger('OcrJobRunner');
    const readerOptions = {
      size: Math.max(1, config.ocr.workers),
      pageTimeoutMs: config.ocr.pageTimeoutMs,
      memoryMb: config.ocr.memoryMb,
    };
    this.runner = new OcrJobRunner(db, () => OcrWorkerPool.start(readerOptions), {
      workers: config.ocr.workers,
      pageTimeoutMs: config.ocr.pageTimeoutMs,
      reviewThreshold: config.ocr.reviewThreshold,
      readOptions: {
        maxBytes: config.upload.maxFileBytes,
        maxPages: config.read.pdfMaxPages,
        timeoutMs: config.read.timeoutMs,
      },
      logger: { error: (message) => logger.error(message) },
    });
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  /** Uploads that queued scans: an idle worker starts on them now rather than at its next look. */
  queued(results: readonly IngestResult[]): void {
    if (results.some((result) => result.status === 'processing')) this.runner.notify();
  }
}
