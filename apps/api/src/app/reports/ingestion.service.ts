import { BadRequestException, Inject, Injectable, Logger } from '@nestjs/common';
import { Database } from '@ogi/api-data-access';
import { Ingestor, IngestTargetError, type IngestOverrides } from '@ogi/report-ingestion';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { readOptionsOf } from './read-options';
import type { IngestResultDto } from './reports.dto';
import type { UploadedReport } from './upload.interceptor';

/**
 * The api's door to `@ogi/report-ingestion`: uploads in, one result per file out; bad overrides
 * become 400 with every problem listed.
 */
@Injectable()
export class IngestionService {
  private readonly ingestor: Ingestor;

  constructor(db: Database, @Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger(IngestionService.name);
    this.ingestor = new Ingestor(db, {
      archiveLimits: { ...config.archive, maxEntryBytes: config.upload.maxFileBytes },
      readOptions: readOptionsOf(config),
      logger: { error: (message) => logger.error(message) },
    });
  }

  /** `demo`: the files are the demo data set (see DemoDataService); everything stored is marked. */
  async ingest(
    files: readonly UploadedReport[],
    overrides: IngestOverrides,
    options: { demo?: boolean } = {},
  ): Promise<IngestResultDto[]> {
    if (files.length === 0) {
      throw new BadRequestException('no files: upload the reports in the multipart field "files"');
    }
    try {
      return await this.ingestor.ingest(files, overrides, options);
    } catch (err) {
      if (!(err instanceof IngestTargetError)) throw err;
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: err.message,
        problems: err.problems,
      });
    }
  }
}
