import type { EntityManager } from 'typeorm';
import { executeWithParameters, queryWithParameters } from './parameterised-sql';

export type DemoLoadStatus = 'loading' | 'loaded' | 'failed' | 'removed';

/** The one `demo_state` row (id 1): which instance loads the demo, and how far it got. */
export interface DemoState {
  status: DemoLoadStatus;
  owner: string;
  reports: number;
  /** Epoch milliseconds of the loader's last sign of life. */
  heartbeatAt: number;
}

export interface DemoRemoval {
  reports: number;
  sourceFiles: number;
  offices: number;
  regions: number;
}

interface StateRow {
  status: DemoLoadStatus;
  owner: string;
  reports: number | string;
  heartbeat_at: number | string;
}

// `TRUE` and `FALSE` read the same in both databases (SQLite stores 1 and 0 and knows both words).
const DEMO = '"is_demo" = TRUE';

/**
 * The demo data's own SQL: its load state (claimed by one instance through the database, so that
 * nothing is kept in memory) and the removal of every demo row, children first.
 */
export class DemoRepository {
  constructor(private readonly manager: EntityManager) {}

  private async count(sql: string, parameters: readonly unknown[] = []): Promise<number> {
    const rows = await queryWithParameters<{ n: number | string }[]>(this.manager, sql, parameters);
    return Number(rows[0]?.n ?? 0);
  }

  /** Reports stored as demo (true) or by users (false). */
  countReports(demo: boolean): Promise<number> {
    return this.count(
      `SELECT COUNT(*) AS n FROM "reports" WHERE "is_demo" = ${demo ? 'TRUE' : 'FALSE'}`,
    );
  }

  async state(): Promise<DemoState | null> {
    const rows = await queryWithParameters<StateRow[]>(
      this.manager,
      `SELECT "status", "owner", "reports", "heartbeat_at" FROM "demo_state" WHERE "id" = 1`,
      [],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      status: row.status,
      owner: row.owner,
      reports: Number(row.reports),
      heartbeatAt: Number(row.heartbeat_at),
    };
  }

  /** The first state; only one INSERT of id 1 can succeed (a concurrent one fails on the key). */
  async insertState(state: DemoState): Promise<void> {
    await queryWithParameters(
      this.manager,
      `INSERT INTO "demo_state" ("id", "status", "owner", "reports", "heartbeat_at") VALUES (1, ?, ?, ?, ?)`,
      [state.status, state.owner, state.reports, state.heartbeatAt],
    );
  }

  /** Takes over a failed or abandoned load; false when another instance took it first. */
  async takeOver(owner: string, now: number, previous: DemoState): Promise<boolean> {
    const changed = await executeWithParameters(
      this.manager,
      `UPDATE "demo_state" SET "status" = 'loading', "owner" = ?, "reports" = 0, "heartbeat_at" = ? WHERE "id" = 1 AND "owner" = ? AND "heartbeat_at" = ?`,
      [owner, now, previous.owner, previous.heartbeatAt],
    );
    return changed === 1;
  }

  /** Keeps a claim alive; false when another instance took it over. */
  async heartbeat(owner: string, reports: number, now: number): Promise<boolean> {
    const changed = await executeWithParameters(
      this.manager,
      `UPDATE "demo_state" SET "heartbeat_at" = ?, "reports" = ? WHERE "id" = 1 AND "owner" = ? AND "status" = 'loading'`,
      [now, reports, owner],
    );
    return changed === 1;
  }

  async finish(owner: string, status: 'loaded' | 'failed', reports: number, now: number) {
    await queryWithParameters(
      this.manager,
      `UPDATE "demo_state" SET "status" = ?, "reports" = ?, "heartbeat_at" = ? WHERE "id" = 1 AND "owner" = ?`,
      [status, reports, now, owner],
    );
  }

  /** Records that the demo was removed, so that it is not loaded again at the next start. */
  async markRemoved(now: number): Promise<void> {
    if (await this.state()) {
      await queryWithParameters(
        this.manager,
        `UPDATE "demo_state" SET "status" = 'removed', "reports" = 0, "heartbeat_at" = ? WHERE "id" = 1`,
        [now],
      );
    } else {
      await this.insertState({ status: 'removed', owner: 'delete', reports: 0, heartbeatAt: now });
    }
  }

  /** The id of the region with this code, if any (the demo's regions carry codes). */
  async regionIdByCode(code: string): Promise<number | null> {
    const rows = await queryWithParameters<{ id: number | string }[]>(
      this.manager,
      `SELECT "id" FROM "regions" WHERE "code" = ?`,
      [code],
    );
    return rows[0] ? Number(rows[0].id) : null;
  }

  /** Deletes every demo row, children first, inside the caller's transaction. */
  async deleteDemoRows(): Promise<DemoRemoval> {
    const run = (sql: string) => queryWithParameters(this.manager, sql, []);
    const demoReports = `SELECT "id" FROM "reports" WHERE ${DEMO}`;
    const reports = await this.countReports(true);
    for (const table of ['report_cells', 'report_findings', 'report_figures', 'corrections']) {
      await run(`DELETE FROM "${table}" WHERE "report_id" IN (${demoReports})`);
    }
    await run(`DELETE FROM "reports" WHERE ${DEMO}`);

    const orphanFiles = `${DEMO} AND "id" NOT IN (SELECT "source_file_id" FROM "reports")`;
    const sourceFiles = await this.count(
      `SELECT COUNT(*) AS n FROM "source_files" WHERE ${orphanFiles}`,
    );
    await run(`DELETE FROM "source_files" WHERE ${orphanFiles}`);

    // Demo offices that real reports now use stay, as real offices.
    const usedOffices = `SELECT "office_id" FROM "reports" WHERE "office_id" IS NOT NULL`;
    const orphanOffices = `${DEMO} AND "id" NOT IN (${usedOffices})`;
    const offices = await this.count(`SELECT COUNT(*) AS n FROM "offices" WHERE ${orphanOffices}`);
    await run(
      `DELETE FROM "office_aliases" WHERE "office_id" IN (SELECT "id" FROM "offices" WHERE ${orphanOffices})`,
    );
    await run(`DELETE FROM "offices" WHERE ${orphanOffices}`);
    await run(`UPDATE "offices" SET "is_demo" = FALSE WHERE ${DEMO}`);

    // Regions leaf first: a demo region goes when no office and no region sits in it.
    let regions = 0;
    for (;;) {
      const removable = `${DEMO}
        AND "id" NOT IN (SELECT "region_id" FROM "offices" WHERE "region_id" IS NOT NULL)
        AND "id" NOT IN (SELECT "parent_id" FROM "regions" WHERE "parent_id" IS NOT NULL)`;
      // Materialised into ids first: a self-referencing subquery in DELETE is clearer this way.
      const ids = await queryWithParameters<{ id: number | string }[]>(
        this.manager,
        `SELECT "id" FROM "regions" WHERE ${removable}`,
        [],
      );
      if (ids.length === 0) break;
      await run(
        `DELETE FROM "regions" WHERE "id" IN (${ids.map((row) => Number(row.id)).join(', ')})`,
      );
      regions += ids.length;
    }
    return { reports, sourceFiles, offices, regions };
  }
}
