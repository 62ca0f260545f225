/**
 * Crash safety of corrections: the api on a SQLite file with the demo data; clients correct cells
 * through POST /api/reports/:id/corrections while the api is SIGKILLed, several rounds; then the
 * audit trail and the cells must agree exactly: no correction row without its value change, no
 * changed value without its row, every acknowledged correction kept, SQLite's integrity and
 * foreign-key checks clean.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { createRng, generateReports, renderReport } from '@ogi/report-generator';
import { authenticate, startApi, waitForDemo, type ApiProcess } from '@ogi/api-harness';
import { postFiles } from '../support/post-files';

export interface CrashCheck {
  name: string;
  ok: boolean;
  detail: string;
}

interface CellRef {
  reportId: number;
  key: string;
}

interface CellState {
  value: number | null;
  status: string;
}

interface Ack extends CellRef {
  value: number;
  reason: string;
}

export interface CorrectionCrashReport {
  rounds: number;
  cells: number;
  sent: number;
  acknowledged: number;
  interrupted: number;
  checks: CrashCheck[];
  ok: boolean;
}

const id = (cell: CellRef) => `${cell.reportId}:${cell.key}`;

/** Number cells of readable reports (the candidates to correct), with their current state. */
function snapshot(dbPath: string, limit: number): Map<string, CellRef & CellState> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT c.report_id AS reportId, c.key, c.value, c.status FROM report_cells c
           JOIN reports r ON r.id = c.report_id
          WHERE r.status <> 'failed' AND c.status = 'number'
            AND (c.assigned_by IS NULL OR c.assigned_by <> 'derived')
          ORDER BY c.report_id, c.position LIMIT ?`,
      )
      .all(limit) as (CellRef & CellState)[];
    return new Map(rows.map((row) => [id(row), row]));
  } finally {
    db.close();
  }
}

async function correct(
  api: ApiProcess,
  headers: Record<string, string>,
  cell: CellRef,
  value: number,
  reason: string,
): Promise<number | 'error'> {
  try {
    const res = await fetch(`${api.url}/api/reports/${cell.reportId}/corrections`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ key: cell.key, value, status: 'number', reason, user: 'crash-test' }),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 'error'; // the connection died with the process
  }
}

/** What the store must look like after the rounds. */
function audit(
  dbPath: string,
  before: Map<string, CellRef & CellState>,
  acks: readonly Ack[],
): CrashCheck[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const corrections = db
      .prepare(
        `SELECT report_id AS reportId, key, old_value AS oldValue, new_value AS newValue,
                old_status AS oldStatus, new_status AS newStatus, reason
           FROM corrections ORDER BY id`,
      )
      .all() as (CellRef & {
      oldValue: number | null;
      newValue: number | null;
      oldStatus: string | null;
      newStatus: string | null;
      reason: string;
    })[];
    const cellOf = db.prepare(
      'SELECT value, status FROM report_cells WHERE report_id = ? AND key = ?',
    );
    const byCell = new Map<string, typeof corrections>();
    for (const row of corrections) {
      const list = byCell.get(id(row)) ?? [];
      list.push(row);
      byCell.set(id(row), list);
    }
    let auditWithoutChange = 0;
    let brokenChain = 0;
    let changeWithoutAudit = 0;
    for (const [key, cell] of before) {
      const now = cellOf.get(cell.reportId, cell.key) as CellState | undefined;
      const list = byCell.get(key) ?? [];
      if (list.length === 0) {
        if (!now || now.value !== cell.value || now.status !== cell.status) changeWithoutAudit++;
        continue;
      }
      const last = list[list.length - 1];
      if (!now || now.value !== last.newValue || now.status !== last.newStatus)
        auditWithoutChange++;
      // Each row replaces what the previous one wrote; the first replaces what was read.
      let previous: CellState = { value: cell.value, status: cell.status };
      for (const row of list) {
        if (row.oldValue !== previous.value || row.oldStatus !== previous.status) brokenChain++;
        previous = { value: row.newValue, status: row.newStatus ?? '' };
      }
    }
    const reasons = new Set(corrections.map((row) => row.reason));
    const lost = acks.filter((ack) => !reasons.has(ack.reason)).length;
    const figuresMissing = (
      db
        .prepare(
          `SELECT COUNT(*) AS n FROM reports r WHERE r.status <> 'failed'
             AND NOT EXISTS (SELECT 1 FROM report_figures g WHERE g.report_id = r.id)`,
        )
        .get() as { n: number }
    ).n;
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    const foreignKeys = db.pragma('foreign_key_check') as unknown[];
    return [
      {
        name: 'every acknowledged correction kept',
        ok: lost === 0,
        detail: `${acks.length} acknowledged, ${lost} lost`,
      },
      {
        name: 'no correction row without its value change',
        ok: auditWithoutChange === 0,
        detail: `${corrections.length} correction rows on ${byCell.size} cells; ${auditWithoutChange} cells whose value is not the last correction's`,
      },
      {
        name: 'no value change without its correction row',
        ok: changeWithoutAudit === 0,
        detail: `${before.size - byCell.size} uncorrected cells checked; ${changeWithoutAudit} changed`,
      },
      {
        name: 'each correction replaces the value before it',
        ok: brokenChain === 0,
        detail: `${brokenChain} rows whose old value is not the previous value`,
      },
      {
        name: 'every readable report has its figures row',
        ok: figuresMissing === 0,
        detail: `${figuresMissing} missing`,
      },
      {
        name: 'PRAGMA integrity_check',
        ok: integrity.length === 1 && integrity[0].integrity_check === 'ok',
        detail: integrity.map((row) => row.integrity_check).join('; '),
      },
      {
        name: 'PRAGMA foreign_key_check',
        ok: foreignKeys.length === 0,
        detail: `${foreignKeys.length} violations`,
      },
    ];
  } finally {
    db.close();
  }
}

export interface CorrectionCrashOptions {
  dir: string;
  rounds: number;
  clients: number;
  cells: number;
  seed?: string;
  /**
   * Instead of the demo data (679 reports, the default), upload this many generated text
   * reports: the CI-sized run, seconds instead of the demo's load.
   */
  uploadReports?: number;
  /** Milliseconds the clients correct before each kill (default 2–6 s, drawn per round). */
  killAfterMs?: [number, number];
  log?: (line: string) => void;
}

/** Uploads `count` generated reports (tab layout) in one request; answers how many were read. */
async function uploadGenerated(
  api: ApiProcess,
  headers: Record<string, string>,
  count: number,
  seed: string,
): Promise<number> {
  const files = [...generateReports({ seed, count, layouts: ['tab'], breakShare: 0 })].map(
    ({ model }) => {
      const rendered = renderReport(model);
      const content = rendered.content;
      const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      return { name: `${model.id}.${rendered.ext}`, bytes };
    },
  );
  const res = await postFiles(`${api.url}/api/reports`, files, headers);
  if (res.status !== 200) throw new Error(`upload: HTTP ${res.status} ${res.text.slice(0, 300)}`);
  const results = (JSON.parse(res.text) as { results: { status: string }[] }).results;
  return results.filter((result) => result.status !== 'failed').length;
}

/**
 * Loads the demo, then `rounds` times: restarts the api, lets `clients` correct cells for a
 * random while, SIGKILLs it. Finally restarts once more (the store must open) and audits.
 */
export async function runCorrectionCrash(
  options: CorrectionCrashOptions,
): Promise<CorrectionCrashReport> {
  const log = options.log ?? (() => undefined);
  const sqlitePath = join(options.dir, 'corrections.sqlite');
  const rng = createRng(options.seed ?? 'crash-corrections');
  const uploads = options.uploadReports;
  let api = await startApi({ sqlitePath, demoData: uploads === undefined });
  const headers = await authenticate(api.url);
  const reports =
    uploads === undefined
      ? await waitForDemo(api.url, headers)
      : await uploadGenerated(api, headers, uploads, options.seed ?? 'crash-corrections');
  const before = snapshot(sqlitePath, options.cells);
  // Keep the cells the api agrees to correct (derived and out-of-format cells answer 400).
  const pool: CellRef[] = [];
  const acks: Ack[] = [];
  let sent = 0;
  let serial = 0;
  // Every other cell only: the rest must come out of the crashes exactly as they were read.
  for (const cell of [...before.values()].filter((_, i) => i % 2 === 0)) {
    const reason = `crash-test ${++serial}`;
    const value = rng.int(0, 999);
    sent++;
    const status = await correct(api, headers, cell, value, reason);
    if (status === 200) {
      pool.push(cell);
      acks.push({ ...cell, value, reason });
    }
  }
  log(
    `${reports} ${uploads === undefined ? 'demo' : 'uploaded'} reports; ${before.size} cells watched, ${pool.length} of them corrected`,
  );
  let interrupted = 0;
  for (let round = 1; round <= options.rounds; round++) {
    if (round > 1) api = await startApi({ sqlitePath });
    let running = true;
    const client = async (n: number) => {
      const mine = rng.fork(`client-${round}-${n}`);
      while (running) {
        const cell = mine.pick(pool);
        const value = mine.int(0, 999);
        const reason = `crash-test ${++serial}`;
        sent++;
        const status = await correct(api, headers, cell, value, reason);
        if (status === 200) acks.push({ ...cell, value, reason });
        else if (status === 'error') {
          interrupted++;
          return;
        }
      }
    };
    const clients = Array.from({ length: options.clients }, (_, n) => client(n));
    const [shortest, longest] = options.killAfterMs ?? [2000, 6000];
    await sleep(rng.int(shortest, longest));
    await api.kill();
    running = false;
    await Promise.all(clients);
    log(`round ${round}: killed; ${acks.length} corrections acknowledged so far`);
  }
  // The store must open and serve after the last kill.
  api = await startApi({ sqlitePath });
  const health = (await fetch(`${api.url}/api/health`)).status;
  await api.stop();
  const checks: CrashCheck[] = [
    {
      name: 'the api starts and is healthy after the last kill',
      ok: health === 200,
      detail: `/api/health ${health}`,
    },
    ...audit(sqlitePath, before, acks),
  ];
  return {
    rounds: options.rounds,
    cells: pool.length,
    sent,
    acknowledged: acks.length,
    interrupted,
    checks,
    ok: checks.every((check) => check.ok),
  };
}
