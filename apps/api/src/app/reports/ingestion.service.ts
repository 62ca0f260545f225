import { createHash } from 'node:crypto';
import { BadRequestException, Inject, Injectable, Logger } from '@nestjs/common';
import {
  Database,
  defaultAliases,
  inferOfficeKind,
  isUniqueViolation,
  Repositories,
  type Office,
  type Region,
} from '@ogi/api-data-access';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  expandArchive,
  isReportArchive,
  type ArchiveLimits,
} from './archive';
import { mediaTypeOf } from './media-type';
import { PARSER_VERSION } from '@ogi/report-parser';
import { readReport, type ReadError, type ReadOutcome } from '@ogi/report-extract';
import type { IngestOverrides } from './report-params';
import type { IngestResultDto, IngestStatus, OfficeRefDto, ProblemDto } from './reports.dto';
import { toFindingDto, toOfficeRef } from './reports.mapper';
import type { UploadedReport } from './upload.interceptor';

/** One file to store: an upload, or an entry of an uploaded archive. */
interface IngestItem {
  name: string;
  bytes: Buffer;
  /** Known before reading (a damaged archive): stored as failed. */
  failure?: ReadError;
}

/** What an upload applies to every file: checked once, before any file is read. */
interface IngestTarget {
  office: Office | null;
  region: Region | null;
  year: number | null;
  /** Mark the stored file, report and any office it creates as demo data. */
  demo: boolean;
}

/** Attempts of a file's transaction when a concurrent writer took the same version or name. */
const MAX_ATTEMPTS = 3;

function result(
  file: string,
  status: IngestStatus,
  fields: Partial<Omit<IngestResultDto, 'file' | 'status'>> = {},
): IngestResultDto {
  return {
    file,
    status,
    reportId: null,
    office: null,
    year: null,
    findings: [],
    error: null,
    ...fields,
  };
}

/**
 * Stores uploaded reports: every file (or archive entry) is read, then stored in its own
 * transaction with its original bytes, so a failure leaves no partial rows and never touches
 * the other files. Duplicates (same sha256) change nothing.
 */
@Injectable()
export class IngestionService {
  private readonly logger = new Logger(IngestionService.name);
  private readonly archiveLimits: ArchiveLimits;

  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.archiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, maxEntryBytes: config.upload.maxFileBytes };
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
    const target = { ...(await this.resolveTarget(overrides)), demo: options.demo ?? false };
    const results: IngestResultDto[] = [];
    for (const file of files) {
      for (const item of this.itemsOf(file)) results.push(await this.ingestOne(item, target));
    }
    return results;
  }

  /** A file, or the entries of a ZIP archive (`archive.zip/inner/path.txt`). */
  private itemsOf(file: UploadedReport): IngestItem[] {
    if (!isReportArchive(file.bytes)) return [{ name: file.name, bytes: file.bytes }];
    try {
      return expandArchive(file.bytes, file.name, this.archiveLimits).map((entry) => ({
        name: `${file.name}/${entry.path}`,
        bytes: Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength),
      }));
    } catch (err) {
      if (!(err instanceof ArchiveError)) throw err;
      return [
        { name: file.name, bytes: file.bytes, failure: { code: err.code, message: err.message } },
      ];
    }
  }

  private async resolveTarget(overrides: IngestOverrides): Promise<Omit<IngestTarget, 'demo'>> {
    return this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const problems: string[] = [];
      const office = overrides.officeId ? await repos.offices.findById(overrides.officeId) : null;
      if (overrides.officeId && !office)
        problems.push(`officeId ${overrides.officeId}: no such office`);
      const region = overrides.regionId ? await repos.regions.findById(overrides.regionId) : null;
      if (overrides.regionId && !region)
        problems.push(`regionId ${overrides.regionId}: no such region`);
      if (office && region) {
        const officeRegion = office.regionId ? await repos.regions.findById(office.regionId) : null;
        if (!officeRegion || !officeRegion.path.startsWith(region.path)) {
          problems.push(
            `officeId ${office.id} (${office.name}) is not in regionId ${region.id} (${region.name})`,
          );
        }
      }
      if (problems.length > 0) {
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: `${problems.join('; ')}; nothing was stored`,
          problems,
        });
      }
      return { office, region, year: overrides.year ?? null };
    });
  }

  private async ingestOne(item: IngestItem, target: IngestTarget): Promise<IngestResultDto> {
    const sha256 = createHash('sha256').update(item.bytes).digest('hex');
    const duplicate = await this.db.read((manager) =>
      this.findDuplicate(new Repositories(manager), item, sha256),
    );
    if (duplicate) return duplicate;

    const outcome: ReadOutcome = item.failure
      ? { ok: false, kind: null, report: null, error: item.failure }
      : await readReport(item.bytes, item.name);
    const mediaType = mediaTypeOf(item.name, outcome.kind);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.write((manager) =>
          this.store(new Repositories(manager), item, sha256, mediaType, outcome, target),
        );
      } catch (err) {
        // Another request stored the same file, version or office first: look again.
        if (isUniqueViolation(err) && attempt < MAX_ATTEMPTS) continue;
        this.logger.error(`${item.name}: could not be stored: ${(err as Error).message}`);
        return this.storeFailure(item, sha256, mediaType, err, target.demo);
      }
    }
  }

  private async findDuplicate(
    repos: Repositories,
    item: IngestItem,
    sha256: string,
  ): Promise<IngestResultDto | null> {
    const file = await repos.sourceFiles.findBySha256(sha256);
    if (!file) return null;
    const report = await repos.reports.findBySourceFile(file.id);
    const office = report?.officeId ? await repos.offices.findById(report.officeId) : null;
    const findings = report ? await repos.reports.findingsOf(report.id) : [];
    return result(item.name, 'duplicate', {
      reportId: report?.id ?? null,
      office: toOfficeRef(office),
      year: report?.year ?? null,
      findings: findings.map(toFindingDto),
    });
  }

  /** The transaction of one file. Throws to roll everything of this file back. */
  private async store(
    repos: Repositories,
    item: IngestItem,
    sha256: string,
    mediaType: string,
    outcome: ReadOutcome,
    target: IngestTarget,
  ): Promise<IngestResultDto> {
    const duplicate = await this.findDuplicate(repos, item, sha256);
    if (duplicate) return duplicate;
    const sourceFileId = await repos.sourceFiles.insert({
      sha256,
      fileName: item.name,
      mediaType,
      size: item.bytes.length,
      content: item.bytes,
      isDemo: target.demo,
    });
    const parsed = outcome.report;
    const base = {
      sourceFileId,
      isDemo: target.demo,
      parserVersion: PARSER_VERSION,
      statedOffice: parsed?.office.value ?? null,
      statedYear: parsed?.year.value ?? null,
      formatActive: parsed?.formatVersion.active ?? null,
      formatApplications: parsed?.formatVersion.applications ?? null,
      formatAppeals: parsed?.formatVersion.appeals ?? null,
    };
    const findings = parsed?.findings ?? [];

    if (!outcome.ok) {
      const reportId = await repos.reports.insert({
        ...base,
        officeId: null,
        year: null,
        version: null,
        isCurrent: true,
        status: 'failed',
        errorCode: outcome.error.code,
        errorMessage: outcome.error.message,
      });
      await repos.reports.storeFindings(reportId, findings);
      return result(item.name, 'failed', {
        reportId,
        findings: findings.map(toFindingDto),
        error: outcome.error,
      });
    }

    const report = outcome.report;
    let office = target.office;
    let problem: ProblemDto | null = null;
    let candidates: OfficeRefDto[] | undefined;
    const statedName = report.office.value;
    if (!office && statedName) {
      const found = await repos.offices.findByName(statedName, target.region);
      if (found.length === 1) {
        office = found[0];
      } else if (found.length > 1) {
        candidates = found.map((candidate) => toOfficeRef(candidate) as OfficeRefDto);
        problem = {
          code: 'office_ambiguous',
          message: `${item.name}: the office "${statedName}" matches ${found.length} offices (${found
            .map((candidate) => `${candidate.id} ${candidate.name}`)
            .join(', ')}); give officeId`,
        };
      } else {
        office = await repos.offices.create({
          name: statedName,
          kind: inferOfficeKind(statedName),
          regionId: target.region?.id ?? null,
          aliases: defaultAliases(statedName),
          isDemo: target.demo,
        });
      }
    }
    const year = target.year ?? report.year.value;
    if (!problem && (!office || year === null)) {
      const missing = [!office ? 'office' : null, year === null ? 'year' : null].filter(Boolean);
      problem = {
        code: `${missing.join('_and_')}_not_stated`,
        message: `${item.name}: the report does not state its ${missing.join(' or ')}; give ${missing
          .map((what) => (what === 'office' ? 'officeId' : 'year'))
          .join(' and ')}`,
      };
    }

    let status: IngestStatus;
    let reportId: number;
    if (problem || !office || year === null) {
      status = 'needs_input';
      reportId = await repos.reports.insert({
        ...base,
        officeId: office?.id ?? null,
        year,
        version: null,
        isCurrent: true,
        status: 'needs_input',
        errorCode: problem?.code ?? 'needs_input',
        errorMessage: problem?.message ?? null,
      });
    } else {
      const version = await repos.reports.nextVersion(office.id, year);
      if (version > 1) await repos.reports.supersede(office.id, year);
      status = version > 1 ? 'new_version' : 'created';
      reportId = await repos.reports.insert({
        ...base,
        officeId: office.id,
        year,
        version,
        isCurrent: true,
        status: 'ok',
        errorCode: null,
        errorMessage: null,
      });
    }
    await repos.reports.storeContent(reportId, report);
    return result(item.name, status, {
      reportId,
      office: toOfficeRef(office),
      year,
      findings: findings.map(toFindingDto),
      error: problem,
      ...(candidates ? { candidates } : {}),
    });
  }

  /**
   * The file's transaction failed (not its content): keep at least the original bytes, marked
   * failed, in a transaction of their own, so that the file can be read again later.
   */
  private async storeFailure(
    item: IngestItem,
    sha256: string,
    mediaType: string,
    cause: unknown,
    demo: boolean,
  ): Promise<IngestResultDto> {
    const error: ProblemDto = {
      code: 'storage_failed',
      message: `${item.name}: could not be stored (${(cause as Error).message ?? String(cause)}); nothing of it was kept but the original file`,
    };
    try {
      return await this.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const duplicate = await this.findDuplicate(repos, item, sha256);
        if (duplicate) return duplicate;
        const sourceFileId = await repos.sourceFiles.insert({
          sha256,
          fileName: item.name,
          mediaType,
          size: item.bytes.length,
          content: item.bytes,
          isDemo: demo,
        });
        const reportId = await repos.reports.insert({
          sourceFileId,
          isDemo: demo,
          officeId: null,
          year: null,
          version: null,
          isCurrent: true,
          status: 'failed',
          parserVersion: PARSER_VERSION,
          statedOffice: null,
          statedYear: null,
          formatActive: null,
          formatApplications: null,
          formatAppeals: null,
          errorCode: error.code,
          errorMessage: error.message,
        });
        return result(item.name, 'failed', { reportId, error });
      });
    } catch (err) {
      this.logger.error(
        `${item.name}: the original could not be stored either: ${(err as Error).message}`,
      );
      return result(item.name, 'failed', {
        error: {
          code: 'storage_failed',
          message: `${item.name}: could not be stored (${(err as Error).message}); nothing was kept`,
        },
      });
    }
  }
}
