import type { EntityManager } from 'typeorm';
import { ENTITY } from '../entities/entities';
import type { OcrJob, OcrJobStatus, OcrJobTarget } from '../entities/model';
import { insertRowReturningId } from './bulk-insert';
import { executeWithParameters, queryWithParameters } from './parameterised-sql';

interface JobRow {
  id: number | string;
  source_file_id: number | string;
  report_id: number | string;
  status: OcrJobStatus;
  pages_total: number | string;
  pages_done: number | string;
  lease_owner: string | null;
  lease_until: number | string | null;
  attempts: number | string;
  error: string | null;
  target: string;
  created_at: number | string;
  updated_at: number | string;
}

const COLUMNS = `"id", "source_file_id", "report_id", "status", "pages_total", "pages_done", "lease_owner", "lease_until", "attempts", "error", "target", "created_at", "updated_at"`;

function toJob(row: JobRow): OcrJob {
  return {
    id: Number(row.id),
    sourceFileId: Number(row.source_file_id),
    reportId: Number(row.report_id),
    status: row.status,
    pagesTotal: Number(row.pages_total),
    pagesDone: Number(row.pages_done),
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until === null ? null : Number(row.lease_until),
    attempts: Number(row.attempts),
    error: row.error,
    target: JSON.parse(row.target) as OcrJobTarget,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

/** A job another runner may take: waiting, or running under a lease that is over. */
const CLAIMABLE = `("status" = 'queued' OR ("status" = 'running' AND "lease_until" < ?))`;

/** Candidates looked at per claim: enough to get past those a racing runner took first. */
const CLAIM_CANDIDATES = 5;

/**
 * OCR jobs in the database, so that the api stays stateless: claimed by a lease with a
 * compare-and-set UPDATE (the same on SQLite and PostgreSQL), so that two runners never run one
 * job and a job whose runner died is taken over once its lease is over. The writes that check
 * the lease answer false when the runner no longer holds it.
 */
export class OcrJobsRepository {
  constructor(private readonly manager: EntityManager) {}

  insert(job: {
    sourceFileId: number;
    reportId: number;
    pagesTotal: number;
    target: OcrJobTarget;
    now: number;
  }) {
    return insertRowReturningId<OcrJob>(this.manager, ENTITY.ocrJob, {
      sourceFileId: job.sourceFileId,
      reportId: job.reportId,
      status: 'queued',
      pagesTotal: job.pagesTotal,
      pagesDone: 0,
      leaseOwner: null,
      leaseUntil: null,
      attempts: 0,
      error: null,
      target: job.target,
      createdAt: job.now,
      updatedAt: job.now,
    });
  }

  async findById(id: number): Promise<OcrJob | null> {
    const rows = await queryWithParameters<JobRow[]>(
      this.manager,
      `SELECT ${COLUMNS} FROM "ocr_jobs" WHERE "id" = ?`,
      [id],
    );
    return rows[0] ? toJob(rows[0]) : null;
  }

  /** The jobs of these reports (at most one each). */
  async findByReports(reportIds: readonly number[]): Promise<OcrJob[]> {
    if (reportIds.length === 0) return [];
    const ids = [...new Set(reportIds)];
    const rows = await queryWithParameters<JobRow[]>(
      this.manager,
      `SELECT ${COLUMNS} FROM "ocr_jobs" WHERE "report_id" IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    return rows.map(toJob);
  }

  /** Jobs not finished (queued, or running under any lease): what a CLI run waits for. */
  async countUnfinished(ids?: readonly number[]): Promise<number> {
    const only = ids ? ` AND "id" IN (${ids.map(() => '?').join(', ') || 'NULL'})` : '';
    const rows = await queryWithParameters<{ n: number | string }[]>(
      this.manager,
      `SELECT COUNT(*) AS n FROM "ocr_jobs" WHERE "status" IN ('queued', 'running')${only}`,
      ids ?? [],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /**
   * Takes one job for `owner` until `now + leaseMs`, oldest first; null when none is free. Must
   * run in a transaction. The UPDATE repeats the condition, so of two runners that saw the same
   * job only one changes its row.
   */
  async claim(owner: string, now: number, leaseMs: number): Promise<OcrJob | null> {
    const candidates = await queryWithParameters<{ id: number | string }[]>(
      this.manager,
      `SELECT "id" FROM "ocr_jobs" WHERE ${CLAIMABLE} ORDER BY "id" LIMIT ${CLAIM_CANDIDATES}`,
      [now],
    );
    for (const candidate of candidates) {
      const id = Number(candidate.id);
      const changed = await executeWithParameters(
        this.manager,
        `UPDATE "ocr_jobs" SET "status" = 'running', "lease_owner" = ?, "lease_until" = ?, "attempts" = "attempts" + 1, "updated_at" = ? WHERE "id" = ? AND ${CLAIMABLE}`,
        [owner, now + leaseMs, now, id, now],
      );
      if (changed === 1) return this.findById(id);
    }
    return null;
  }

  /** Extends the lease and records the pages read; false when `owner` lost the job. */
  async progress(
    id: number,
    owner: string,
    pagesDone: number,
    now: number,
    leaseMs: number,
  ): Promise<boolean> {
    const changed = await executeWithParameters(
      this.manager,
      `UPDATE "ocr_jobs" SET "pages_done" = ?, "lease_until" = ?, "updated_at" = ? WHERE "id" = ? AND "status" = 'running' AND "lease_owner" = ?`,
      [pagesDone, now + leaseMs, now, id, owner],
    );
    return changed === 1;
  }

  /** Ends the job as done or failed; false when `owner` lost it (then nothing is changed). */
  async finish(
    id: number,
    owner: string,
    outcome: { status: 'done' } | { status: 'failed'; error: string },
    now: number,
  ): Promise<boolean> {
    const changed = await executeWithParameters(
      this.manager,
      `UPDATE "ocr_jobs" SET "status" = ?, "error" = ?, "lease_owner" = NULL, "lease_until" = NULL, "updated_at" = ? WHERE "id" = ? AND "status" = 'running' AND "lease_owner" = ?`,
      [outcome.status, outcome.status === 'failed' ? outcome.error : null, now, id, owner],
    );
    return changed === 1;
  }
}
