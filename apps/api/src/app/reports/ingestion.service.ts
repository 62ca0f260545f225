import { BadRequestException, Injectable } from '@nestjs/common';
import { Database, Repositories, type Report } from '@ogi/api-data-access';
import {
  Ingestor,
  IngestTargetError,
  type IngestOptions,
  type IngestOverrides,
} from '@ogi/report-ingestion';
import type { AccessScope } from '../auth/access-scope';
import { assertOfficeUsable, assertRegionUsable, reportVisible } from '../auth/scope-checks';
import { OcrRunnerService } from './ocr-runner.service';
import type { IngestResultDto } from './reports.dto';
import type { UploadedReport } from './upload.interceptor';

/**
 * Uploads through the Ingestor (@ogi/report-ingestion): the caller's scope checked, one result
 * per file out; bad overrides become 400 with every problem listed.
 */
@Injectable()
export class IngestionService {
  constructor(
    private readonly db: Database,
    private readonly ingestor: Ingestor,
    private readonly ocr: OcrRunnerService,
  ) {}

  /**
   * An upload by a user: the office and region given must lie in their regions (403), and a
   * user limited to regions who names neither uploads into their one region (else 400), so that
   * offices are matched and created only where they may see them. Each stored file records the
   * user as its uploader: a report that gets no office stays visible to them. A duplicate of a
   * report they may not see is answered without anything of it.
   */
  async upload(
    access: AccessScope,
    files: readonly UploadedReport[],
    overrides: IngestOverrides,
  ): Promise<IngestResultDto[]> {
    const scoped = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      await assertOfficeUsable(repos, access, overrides.officeId);
      await assertRegionUsable(repos, access, overrides.regionId);
      const paths = access.regionPaths;
      if (paths === null || overrides.officeId || overrides.regionId) return overrides;
      if (paths.length !== 1) {
        throw new BadRequestException('regionId: 您的账号有多个地区，请选择上传到哪个地区');
      }
      const ids = paths[0].split('/').filter(Boolean);
      return { ...overrides, regionPath: undefined, regionId: Number(ids[ids.length - 1]) };
    });
    const mayView =
      access.regionPaths === null
        ? undefined
        : (repos: Repositories, report: Report) => reportVisible(repos, access, report);
    return this.ingest(files, scoped, { uploadedBy: access.userId, mayView });
  }

  /**
   * `demo`: the files are the demo data set (see DemoDataService); everything stored is marked.
   * `uploadedBy`: the account recorded as the files' uploader.
   */
  async ingest(
    files: readonly UploadedReport[],
    overrides: IngestOverrides,
    options: IngestOptions = {},
  ): Promise<IngestResultDto[]> {
    if (files.length === 0) {
      throw new BadRequestException('no files: upload the reports in the multipart field "files"');
    }
    try {
      const results = await this.ingestor.ingest(files, overrides, options);
      this.ocr.queued(results);
      return results;
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
