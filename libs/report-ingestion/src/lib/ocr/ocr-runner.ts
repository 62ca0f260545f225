import { randomUUID } from 'node:crypto';
import { Database, Repositories, type OcrJob } from '@ogi/api-data-access';
import type { ExtractOptions } from '@ogi/report-extract';
import type { IngestResult } from '../ingest-result';
import type { IngestLogger } from '../ingestor';
import { DEFAULT_OCR_REVIEW_THRESHOLD } from '../flag-ocr-cells';
import { failOcrJob, LeaseLost, OcrFailure, runOcrJob, type OcrPageReader } from './ocr-job';

export interface OcrRunnerOptions {
  /** Jobs run at once by this process (OCR_WORKERS; default 1). */
  workers?: number;
  /** How long a claim lasts without news (default 2 minutes). */
  leaseMs?: number;
  /** Limit of reading one page (default 60 s). */
  pageTimeoutMs?: number;
  /** How often an idle worker looks for a job (default 2 s). */
  pollMs?: number;
  /** Claims of one job before it is given up as failed (a job that crashes its runner). */
  maxAttempts?: number;
  readOptions?: ExtractOptions;
  reviewThreshold?: number;
  logger?: IngestLogger;
  /** Runner id in the leases (default: a random one per process). */
  owner?: string;
  /** Told what each job run here stored (the CLI's summary). */
  onJobDone?: (job: OcrJob, result: IngestResult) => void;
  now?: () => number;
}

export const DEFAULT_OCR_WORKERS = 1;
const DEFAULT_LEASE_MS = 120_000;
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 60_000;
const DEFAULT_POLL_MS = 2_000;
const DEFAULT_MAX_ATTEMPTS = 3;

/** OCR_WORKERS as a pool size: 0 turns the runner off; unset or invalid is the default. */
export function ocrWorkersFrom(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 16) : DEFAULT_OCR_WORKERS;
}

/**
 * A bounded pool running OCR jobs from the database: each worker claims a job by lease, runs it,
 * and looks for the next; idle workers look again every `pollMs` or when told a job was queued.
 * The reader (the OCR engine, whose models are large) is loaded once, at the first job. Any
 * number of runners (api instances, a CLI) may share one database: a job runs in one at a time,
 * and a job whose runner died is taken over when its lease is over, at its next unread page.
 */
export class OcrJobRunner {
  private readonly workers: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly maxAttempts: number;
  readonly owner: string;
  private readonly now: () => number;
  private reader: Promise<OcrPageReader> | null = null;
  private loops: Promise<void>[] = [];
  private stopping = false;
  private wake: (() => void)[] = [];

  constructor(
    private readonly db: Database,
    private readonly loadReader: () => Promise<OcrPageReader>,
    private readonly options: OcrRunnerOptions = {},
  ) {
    this.workers = options.workers ?? DEFAULT_OCR_WORKERS;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.owner = options.owner ?? `ocr-${randomUUID()}`;
    this.now = options.now ?? Date.now;
  }

  /** Starts the workers (none when the pool size is 0). */
  start(): void {
    if (this.loops.length > 0) return;
    this.stopping = false;
    for (let i = 0; i < this.workers; i += 1) this.loops.push(this.loop());
  }

  /** A job was queued: idle workers look now instead of at their next poll. */
  notify(): void {
    for (const wake of this.wake.splice(0)) wake();
  }

  /** Stops after the jobs in hand (a job cut short is resumed by any runner later). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.notify();
    await Promise.all(this.loops);
    this.loops = [];
    const reader = this.reader;
    this.reader = null;
    if (reader) await (await reader.catch(() => null))?.close?.();
  }

  /** Claims and runs one job; false when there was none to claim. */
  async runOne(): Promise<boolean> {
    const job = await this.db.write((manager) =>
      new Repositories(manager).ocrJobs.claim(this.owner, this.now(), this.leaseMs),
    );
    if (!job) return false;
    try {
      if (job.attempts > this.maxAttempts) await this.giveUp(job);
      else {
        const result = await runOcrJob(this.db, job, await this.readerOnce(), this.settings());
        this.options.onJobDone?.(job, result);
      }
    } catch (err) {
      if (!(err instanceof LeaseLost)) {
        this.options.logger?.error(`OCR job ${job.id}: ${(err as Error).message}`);
      }
    }
    return true;
  }

  private settings() {
    return {
      owner: this.owner,
      leaseMs: this.leaseMs,
      pageTimeoutMs: this.options.pageTimeoutMs ?? DEFAULT_OCR_PAGE_TIMEOUT_MS,
      readOptions: this.options.readOptions ?? {},
      reviewThreshold: this.options.reviewThreshold ?? DEFAULT_OCR_REVIEW_THRESHOLD,
      now: this.now,
    };
  }

  private readerOnce(): Promise<OcrPageReader> {
    this.reader ??= this.loadReader();
    // A reader that failed to load is tried again at the next job.
    this.reader.catch(() => {
      this.reader = null;
    });
    return this.reader;
  }

  /** A job claimed too often (its runner keeps dying on it): failed, with its report. */
  private async giveUp(job: OcrJob): Promise<void> {
    const file = await this.db.read((manager) =>
      new Repositories(manager).sourceFiles.findInfoByIds([job.sourceFileId]),
    );
    const reason = `stopped after ${job.attempts - 1} attempts that did not finish`;
    await failOcrJob(
      this.db,
      job,
      file[0]?.fileName ?? `file ${job.sourceFileId}`,
      this.settings(),
      new OcrFailure(job.pagesDone + 1, reason),
    );
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      let worked = false;
      try {
        worked = await this.runOne();
      } catch (err) {
        this.options.logger?.error(`OCR runner: ${(err as Error).message}`);
      }
      if (worked || this.stopping) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.pollMs);
        timer.unref();
        this.wake.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Runs jobs here until none of these is queued or running (the CLI waits for its own). */
  async runUntilDone(
    jobIds: readonly number[],
    onProgress?: (jobs: OcrJob[]) => void,
  ): Promise<OcrJob[]> {
    const report = async () => {
      const jobs = await this.jobsOf(jobIds);
      onProgress?.(jobs);
      return jobs;
    };
    // Pages are reported as they are read, not only when a job ends.
    const ticker = setInterval(() => void report().catch(() => undefined), 500);
    try {
      for (;;) {
        const jobs = await report();
        if (jobs.every((job) => job.status === 'done' || job.status === 'failed')) return jobs;
        const worked = await this.runOne();
        if (!worked) await new Promise((resolve) => setTimeout(resolve, this.pollMs));
      }
    } finally {
      clearInterval(ticker);
    }
  }

  private async jobsOf(jobIds: readonly number[]): Promise<OcrJob[]> {
    const jobs: OcrJob[] = [];
    for (const id of jobIds) {
      const job = await this.db.read((manager) => new Repositories(manager).ocrJobs.findById(id));
      if (job) jobs.push(job);
    }
    return jobs;
  }
}
