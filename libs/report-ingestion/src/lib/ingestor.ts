import {
  Database,
  isUniqueViolation,
  Repositories,
  type Report,
  type ReportCell,
} from '@ogi/api-data-access';
import { readReport, type ExtractOptions } from '@ogi/report-extract';
import { PARSER_VERSION } from '@ogi/report-parser';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive';
import { ingestResult, type IngestResult } from './ingest-result';
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
import { recheckReport } from './recheck-report';
import { rereadEntry, rereadGone, storeReread, type RereadResult } from './reread-report';
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
}

/**
 * A concurrent insert of the same file, version or office, or another process holding the
 * SQLite write lock longer than the busy timeout: worth another attempt.
 */
function isRetryable(err: unknown): boolean {
  const code = (err as { driverError?: { code?: unknown }; code?: unknown })?.driverError?.code;
  return isUniqueViolation(err) || code === 'SQLITE_BUSY';
}

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

  constructor(
    private readonly db: Database,
    options: IngestorOptions = {},
  ) {
    this.archiveLimits = options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS;
    this.logger = options.logger;
    this.readOptions = options.readOptions ?? {};
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
   * stored reading is never traded for a failure, the report is never moved).
   */
  async rereadReport(id: number): Promise<RereadResult> {
    const file = await this.db.read(async (manager) => {
      const repos = new Repositories(manager);
      const report = await repos.reports.findById(id);
      return report ? repos.sourceFiles.findWithContent(report.sourceFileId) : null;
    });
    if (!file) return rereadGone(id);
    // An entry stored as its own original is no printed report: there is nothing to read again.
    if (file.mediaType === MANUAL_ENTRY_MEDIA_TYPE) return rereadEntry(id, file.fileName);
    const outcome = await readReport(file.content, file.fileName, this.readOptions);
    try {
      return await this.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const report = await repos.revisions.findForUpdate(id);
        return report ? storeReread(repos, report, file.fileName, outcome) : rereadGone(id);
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
   * Checks the rules again on a report's cells as they now are and recomputes its figures, in
   * the caller's transaction: a correction and what follows from it are one change.
   */
  recheck(repos: Repositories, report: Report, cells: readonly ReportCell[]): Promise<void> {
    return recheckReport(repos, report, cells);
  }
}
