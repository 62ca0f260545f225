import { Logger, type FactoryProvider } from '@nestjs/common';
import { Database } from '@ogi/api-data-access';
import { Ingestor } from '@ogi/report-ingestion';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

/**
 * The api's one Ingestor (@ogi/report-ingestion), with the configured limits: uploads, re-reads
 * and rechecks after a correction all read, check and store reports through it.
 */
export const ingestorProvider: FactoryProvider<Ingestor> = {
  provide: Ingestor,
  inject: [Database, APP_CONFIG],
  useFactory: (db: Database, config: AppConfig) => {
    const logger = new Logger(Ingestor.name);
    return new Ingestor(db, {
      archiveLimits: { ...config.archive, maxEntryBytes: config.upload.maxFileBytes },
      readOptions: {
        maxBytes: config.upload.maxFileBytes,
        maxPages: config.read.pdfMaxPages,
        timeoutMs: config.read.timeoutMs,
      },
      logger: { error: (message) => logger.error(message) },
      ocrReviewThreshold: config.ocr.reviewThreshold,
    });
  },
};
