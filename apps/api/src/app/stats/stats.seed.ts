import { createHash } from 'node:crypto';
import {
  Database,
  Repositories,
  type ReportStatus,
  type StoredOfficeKind,
} from '@ogi/api-data-access';
import { afterAll, beforeAll } from '@jest/globals';
import { createTestApp, type TestApp } from '../testing/test-app';

/** A report row with chosen report_figures columns (the rest null), for tests with known sums. */
export interface SeedReport {
  office: string;
  year: number;
  format: '2019' | '2021';
  figures: Record<string, number | null>;
  status?: ReportStatus;
  /** Stored as an older version, superseded by the next report of the same office and year. */
  superseded?: boolean;
  /** Adds an error-severity finding. */
  failing?: boolean;
}

export interface SeedOffice {
  name: string;
  kind: StoredOfficeKind;
  /** null: an office an upload created without a region. */
  region: string | null;
}

/**
 * Regions (name → parent name, level from depth), offices and reports stored through the
 * repositories, as ingestion stores them; returns the ids by name.
 */
export async function seedStats(
  db: Database,
  regions: readonly {
    name: string;
    parent: string | null;
    level: 'province' | 'city' | 'district' | 'street';
  }[],
  offices: readonly SeedOffice[],
  reports: readonly SeedReport[],
): Promise<{ region: Record<string, number>; office: Record<string, number> }> {
  return db.write(async (manager) => {
    const repos = new Repositories(manager);
    const region: Record<string, number> = {};
    for (const item of regions) {
      const created = await repos.regions.create({
        name: item.name,
        level: item.level,
        parentId: item.parent ? region[item.parent] : null,
      });
      region[item.name] = created.id;
    }
    const office: Record<string, number> = {};
    for (const item of offices) {
      const created = await repos.offices.create({
        name: item.name,
        kind: item.kind,
        regionId: item.region === null ? null : region[item.region],
      });
      office[item.name] = created.id;
    }
    for (const [index, item] of reports.entries()) {
      const bytes = Buffer.from(`stats seed ${index}`);
      const sourceFileId = await repos.sourceFiles.insert({
        sha256: createHash('sha256').update(bytes).digest('hex'),
        fileName: `seed-${index}.txt`,
        mediaType: 'text/plain',
        size: bytes.length,
        content: bytes,
      });
      const officeId = office[item.office];
      await repos.reports.supersede(officeId, item.year);
      const reportId = await repos.reports.insert({
        sourceFileId,
        officeId,
        year: item.year,
        version: await repos.reports.nextVersion(officeId, item.year),
        isCurrent: true,
        status: item.status ?? 'ok',
        formatActive: item.format,
        formatApplications: item.format,
        formatAppeals: '2021',
        parserVersion: 'seed',
        statedOffice: item.office,
        statedYear: item.year,
        errorCode: null,
        errorMessage: null,
      });
      await repos.reports.insertFigures(reportId, {
        values: item.figures,
        flags: { assumedZero: [], missing: [], notInFormat: [], approximate: [] },
      });
      if (item.failing) {
        await repos.reports.storeFindings(reportId, [
          {
            code: 'rule',
            severity: 'error',
            message: 'T3-1',
            ruleId: 'T3-1',
            table: 'applications',
            keys: [],
            location: null,
          },
        ]);
      }
    }
    return { region, office };
  });
}

/** What seededStatsApp hands a describe block once its beforeAll has run. */
export interface SeededStatsApp {
  /** GET /api/stats/<path> with `query`, as the test app's admin. */
  get(path: string, query?: Record<string, string | number>): ReturnType<TestApp['http']['get']>;
  /** GET any path of the app (e.g. the report behind a coverage cell), as the same admin. */
  getPath(path: string): ReturnType<TestApp['http']['get']>;
  ids: Awaited<ReturnType<typeof seedStats>>;
}

/**
 * Registers beforeAll/afterAll for a describe block: a test app on `type` with this seed (an
 * app, migrations and a seed: a busy 2-core machine needs more than the default 5 s).
 */
export function seededStatsApp(
  type: Parameters<typeof createTestApp>[0],
  ...seed: Parameters<typeof seedStats> extends [Database, ...infer Rest] ? Rest : never
): SeededStatsApp {
  let t: TestApp | undefined;
  const app: SeededStatsApp = {
    get: (path, query = {}) => app.getPath(`/api/stats/${path}`).query(query),
    getPath: (path) => {
      if (!t) throw new Error('the stats test app is not started yet');
      return t.http.get(path);
    },
    ids: { region: {}, office: {} },
  };
  beforeAll(async () => {
    t = await createTestApp(type);
    app.ids = await seedStats(t.db, ...seed);
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });
  return app;
}
