import {
  Database,
  isUniqueViolation,
  Repositories,
  type Report,
  type ReportCell,
  type StoredPageOcr,
} from '@ogi/api-data-access';
import { readReport, type ExtractOptions, type ReadOutcome } from '@ogi/report-extract';
import { PARSER_VERSION } from '@ogi/report-parser';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive';
import { ingestResult, type IngestProblem, type IngestResult } from './ingest-result';
import {
  resolveIngestTarget,
  type IngestOptions,
  type IngestOverrides,
  type IngestTarget,
  type ReportViewCheck,
} from './ingest-target';
import {
  expandFile,
  prepareItem,
  sha256Of,
  type FileItem,
  type IngestFile,
  type PreparedFile,
} from './prepare-file';
import { DEFAULT_OCR_REVIEW_THRESHOLD } from './flag-ocr-cells';
import { readStoredOcr } from './ocr/read-stored-ocr';
import { recheckReport } from './recheck-report';
import {
  rereadEntry,
  rereadGone,
  rereadSkipped,
  storeReread,
  type RereadResult,
} from './reread-report';
import { findDuplicate, storeOriginalOnly, storePreparedFile } from './store-file';
import {
  MANUAL_ENTRY_MEDIA_TYPE,
  storeManualEntry,
  type ManualEntry,
  type ManualEntryStored,
} from './store-manual';

/**
 * What a hand-entered report is stored for, worked out by the caller inside the transaction (its
 * office found or created, the caller's scope checked): the entry, and the report of the file it
 * was typed from (null: none).
 */
export type ManualEntryTarget = (
  repos: Repositories,
) => Promise<{ entry: ManualEntry; fileReport: Report | null }>;

/** Where failures that are not the file's fault are reported (the api's logger, the CLI's stderr). */
export interface IngestLogger {
  error(message: string): void;
}

/** Milliseconds spent per phase, summed over files by the caller that wants them (benchmarks). */
export interface IngestTiming {
  readMs: number;
  storeMs: number;
}

export interface IngestorOptions {
  archiveLimits?: ArchiveLimits;
  /** Limits of reading one file (PDF pages, time, size). */
  readOptions?: ExtractOptions;
  logger?: IngestLogger;
  /** A re-read scan's cells with a lower OCR confidence await review (OCR_REVIEW_THRESHOLD). */
  ocrReviewThreshold?: number;
}

/**
 * A concurrent insert of the same file, version or office, or another process holding the
 * SQLite write lock longer than the busy timeout: worth another attempt.
 */
function isRetryable(err: unknown): boolean {
  const code = (err as { driverError?: { code?: unknown }; code?: unknown })?.driverError?.code;
  return isUniqueViolation(err) || code === 'SQLITE_BUSY';
}

/** Why a scan still being read by OCR is left alone by a re-read. */
const PROCESSING: IngestProblem = {
  code: 'processing',
  message:
    'being read by OCR (status processing); its OCR job stores the reading, a re-read leaves it alone',
};

/** Attempts of a file's transaction when a concurrent writer took the same version or name. */
const MAX_ATTEMPTS = 3;

/** Which stored reports to read again: by ascending id after `afterId`, at most `limit`. */
export interface RereadPage {
  afterId: number;
  limit: number;
  /** Only reports read by another parser version than the current one. */
  onlyOutdated: boolean;
}

export interface RereadPageResult {
  reports: RereadResult[];
  /** The `afterId` of the next page; null when this was the last. */
  nextAfterId: number | null;
}

/**
 * The one door to reading, checking and storing reports: uploads and the CLI's ingest, re-reads
 * of stored originals, and rechecks after a correction all come through here, so a stored
 * report's rows (report, cells, findings, figures) are built in this library only.
 *
 * Every file (or archive entry) is read, then stored in its own transaction with its original
 * bytes, so a failure leaves no partial rows and never touches the other files. Duplicates
 * (same sha256) change nothing. Holds no state between calls.
 */
export class Ingestor {
  private readonly archiveLimits: ArchiveLimits;
  private readonly logger: IngestLogger | undefined;
  private readonly readOptions: ExtractOptions;
  private readonly ocrReviewThreshold: number;

  constructor(
    private readonly db: Database,
    options: IngestorOptions = {},
  ) {
    this.archiveLimits = options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS;
    this.logger = options.logger;
    this.readOptions = options.readOptions ?? {};
    this.ocrReviewThreshold = options.ocrReviewThreshold ?? DEFAULT_OCR_REVIEW_THRESHOLD;
  }

  /** Checks the overrides once; throws IngestTargetError (nothing stored) when one is wrong. */
  resolveTarget(overrides: IngestOverrides, options: IngestOptions = {}): Promise<IngestTarget> {
    return this.db.read((manager) =>
      resolveIngestTarget(new Repositories(manager), overrides, options),
    );
  }

  /** Checks the overrides, then stores every file: one result per file or archive entry. */
  async ingest(
    files: readonly IngestFile[],
    overrides: IngestOverrides,
    options: IngestOptions = {},
  ): Promise<IngestResult[]> {
    const target = await this.resolveTarget(overrides, options);
    const results: IngestResult[] = [];
    for (const file of files) results.push(...(await this.ingestFile(file, target)));
    return results;
  }

  /** One file (several results for a ZIP archive). Never throws for a file's content. */
  async ingestFile(
    file: IngestFile,
    target: IngestTarget,
    timing?: IngestTiming,
  ): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const item of expandFile(file, this.archiveLimits)) {
      results.push(await this.ingestItem(item, target, timing));
    }
    return results;
  }

  /** The stored file with these bytes as a `duplicate` result (see findDuplicate), or null. */
  findStored(
    name: string,
    sha256: string,
    mayView: ReportViewCheck | null = null,
  ): Promise<IngestResult | null> {
    return this.db.read((manager) =>
      findDuplicate(new Repositories(manager), name, sha256, mayView),
    );
  }

  private async ingestItem(
    item: FileItem,
    target: IngestTarget,
    timing: IngestTiming | undefined,
  ): Promise<IngestResult> {
    const started = performance.now();
    const sha256 = sha256Of(item.bytes);
    // Duplicates are answered before reading: re-running over a folder costs no parsing.
    const duplicate = await this.findStored(item.name, sha256, target.mayView);
    if (duplicate) return duplicate;
    const prepared = await prepareItem(item, sha256, this.readOptions);
    const parsed = performance.now();
    if (timing) timing.readMs += parsed - started;
    try {
      return await this.storePrepared(prepared, target);
    } finally {
      if (timing) timing.storeMs += performance.now() - parsed;
    }
  }

  /**
   * Stores a file read and parsed elsewhere (a worker thread) in its own transaction; a
   * transaction that fails keeps the original bytes as failed.
   */
  async storePrepared(file: PreparedFile, target: IngestTarget): Promise<IngestResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.write((manager) =>
          storePreparedFile(new Repositories(manager), file, target),
        );
      } catch (err) {
        // Another process stored the same file, version or office first: look again.
        if (isRetryable(err) && attempt < MAX_ATTEMPTS) continue;
        this.logger?.error(`${file.name}: could not be stored: ${(err as Error).message}`);
        return this.storeFailure(file, err, target);
      }
    }
  }

  /**
   * The file's transaction failed (not its content): keep at least the original bytes, marked
   * failed, in a transaction of their own, so that the file can be read again later.
   */
  private async storeFailure(
    file: PreparedFile,
    cause: unknown,
    target: IngestTarget,
  ): Promise<IngestResult> {
    try {
      return await this.db.write((manager) =>
        storeOriginalOnly(new Repositories(manager), file, cause, target),
      );
    } catch (err) {
      this.logger?.error(
        `${file.name}: the original could not be stored either: ${(err as Error).message}`,
      );
      return ingestResult(file.name, 'failed', {
        error: {
          code: 'storage_failed',
          message: `${file.name}: could not be stored (${(err as Error).message}); nothing was kept`,
        },
      });
    }
  }

  /**
   * Stores a report entered by hand (填报) as a new current version of its office and year, in
   * one transaction with `target`'s checks (see storeManualEntry). Throws ManualEntryError when a
   * value is refused, or whatever `target` throws; nothing is stored then.
   */
  async storeManual(target: ManualEntryTarget): Promise<ManualEntryStored> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.db.write(async (manager) => {
          const repos = new Repositories(manager);
          const { entry, fileReport } = await target(repos);
          return storeManualEntry(repos, entry, fileReport);
        });
      } catch (err) {
        // Another writer took the same version number first: take the next one.
        if (!isRetryable(err) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  }

  /**
   * Reads one page of stored reports again with the current parser, one report per
   * transaction, so a run can stop anywhere and be resumed from `nextAfterId`.
   */
  async reread(page: RereadPage): Promise<RereadPageResult> {
    const stored = await this.db.read((manager) =>
      new Repositories(manager).revisions.pageToReread({
        afterId: page.afterId,
        limit: page.limit,
        outdatedFor: page.onlyOutdated ? PARSER_VERSION : undefined,
      }),
    );
    const reports: RereadResult[] = [];
    for (const report of stored) reports.push(await this.rereadReport(report.id));
    return {
      reports,
      nextAfterId: stored.length === page.limit ? stored[stored.length - 1].id : null,
    };
  }

  /**
   * Reads one stored original again (see storeReread: manual corrections are put back on top, a
   * stored reading is never traded for a failure, the report is never moved). A scan is read from
   * the OCR stored with its pages (never OCR'd again here); one still `processing`, or whose
   * pages were not all read, is skipped with the reason.
   */
  async rereadReport(id: number): Promise<RereadResult> {
    const stored = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(id);
      const file = report ? await repos.sourceFiles.findWithContent(report.sourceFileId) : null;
      return report && file ? { report, file } : null;
    });
    if (!stored) return rereadGone(id);
    const { report, file } = stored;
    // An entry stored as its own original is no printed report: there is nothing to read again.
    if (file.mediaType === MANUAL_ENTRY_MEDIA_TYPE) return rereadEntry(id, file.fileName);
    if (report.status === 'processing') return this.skipped(report, file.fileName, PROCESSING);
    const read = await this.readOriginal(report, file);
    if ('skip' in read) return this.skipped(report, file.fileName, read.skip);
    try {
      return await this.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const current = await repos.revisions.findForUpdate(id);
        if (!current) return rereadGone(id);
        // The OCR job stores into a `processing` report: a re-read never races it.
        if (current.status === 'processing') {
          return rereadSkipped(current, file.fileName, PROCESSING, 0);
        }
        return storeReread(repos, current, file.fileName, read.outcome);
      });
    } catch (err) {
      this.logger?.error(`report ${id}: could not be stored again: ${(err as Error).message}`);
      return {
        ...rereadGone(id),
        file: file.fileName,
        error: {
          code: 'storage_failed',
          message: `report ${id}: ${(err as Error).message}; nothing was changed`,
        },
      };
    }
  }

  /**
   * The original read with the current parser; a scan (`needs_ocr`) from the OCR stored with its
   * pages, or the reason it cannot be yet.
   */
  private async readOriginal(
    report: Report,
    file: { id: number; fileName: string; content: Buffer },
  ): Promise<{ outcome: ReadOutcome } | { skip: IngestProblem }> {
    const outcome = await readReport(file.content, file.fileName, this.readOptions);
    if (outcome.ok || outcome.error.code !== 'needs_ocr') return { outcome };
    const { pages, job } = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const [found] = await repos.ocrJobs.findByReports([report.id]);
      return { pages: await repos.sourcePages.listOf(file.id), job: found ?? null };
    });
    const total = job?.pagesTotal ?? outcome.scanPages ?? 0;
    const read = pages.filter((page) => page.page <= total && page.ocr !== null);
    const unfinished = job?.status === 'queued' || job?.status === 'running';
    if (total === 0 || read.length < total || unfinished) {
      return {
        skip: {
          code: 'ocr_not_done',
          message: `${file.fileName}: ${read.length} of ${total} pages read by OCR; re-read once its OCR job has read them all (a re-read does not run OCR)`,
        },
      };
    }
    return {
      outcome: readStoredOcr(
        read.map((page) => page.ocr as StoredPageOcr),
        file.fileName,
        this.ocrReviewThreshold,
      ),
    };
  }

  private async skipped(report: Report, fileName: string, reason: IngestProblem) {
    const findings = await this.db.read((manager) =>
      new Repositories(manager).reports.findingsOf(report.id),
    );
    return rereadSkipped(report, fileName, reason, findings.length);
  }

  /**
   * Checks the rules again on a report's cells as they now are and recomputes its figures, in
   * the caller's transaction: a correction and what follows from it are one change.
   */
  recheck(repos: Repositories, report: Report, cells: readonly ReportCell[]): Promise<void> {
    return recheckReport(repos, report, cells);
  }
}
