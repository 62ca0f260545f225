import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { createTestApp, fixture, type TestApp } from '../testing/test-app';
import { demoCity, DemoDataService, demoGapYear, DEMO_YEARS } from './demo-data.service';

const DONGXING = 'corpus/sample-dongxing-2025.txt';
/** Reports loaded per test: enough for several offices and years, fast. */
const SMALL = 16;

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the demo data tests on PostgreSQL', () => undefined);
  });
}

describe('demoCity', () => {
  it('is one city with 3–5 districts and 60–120 offices', () => {
    const { nodes, offices } = demoCity();
    expect(nodes.filter((node) => node.level === 'city')).toHaveLength(1);
    const districts = nodes.filter((node) => node.level === 'district').length;
    expect(districts).toBeGreaterThanOrEqual(3);
    expect(districts).toBeLessThanOrEqual(5);
    expect(offices.length).toBeGreaterThanOrEqual(60);
    expect(offices.length).toBeLessThanOrEqual(120);
  });

  it('leaves a few offices without one of their years, never the first', () => {
    const { offices } = demoCity();
    const gaps = offices.map((_, index) => demoGapYear(index)).filter((year) => year !== null);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    expect(gaps.length).toBeLessThan(offices.length / 5);
    for (const year of gaps) {
      expect(year).toBeGreaterThan(DEMO_YEARS[0]);
      expect(year).toBeLessThanOrEqual(DEMO_YEARS[1]);
    }
  });
});

describe.each(testDatabaseTypes())('demo data on %s', (type) => {
  let t: TestApp;
  const demo = () => t.app.get(DemoDataService);

  async function countRows(table: string, where = ''): Promise<number> {
    const rows: { n: number | string }[] = await t.db.dataSource.query(
      `SELECT COUNT(*) AS n FROM "${table}" ${where}`,
    );
    return Number(rows[0].n);
  }

  /** The app on a fresh database with DEMO_DATA as given. */
  async function start(demoData: boolean) {
    t = await createTestApp(type, { demoData });
  }
  afterEach(async () => {
    await t?.close();
  });

  it('loads into an empty database, then GET and DELETE /api/demo work', async () => {
    await start(true);
    expect((await t.http.get('/api/demo').expect(200)).body).toEqual({
      present: false,
      reports: 0,
      loading: false,
    });

    const result = await demo().loadIfEmpty({ maxReports: SMALL });
    expect(result).toMatchObject({ loaded: true, reports: SMALL });
    // Every report matched its office and year: cells, findings and figures are real.
    expect(result.problems).toEqual([]);
    expect(result.statuses).toEqual({ created: SMALL });
    expect(await countRows('reports', 'WHERE "is_demo" = true')).toBe(SMALL);
    expect(await countRows('report_cells')).toBeGreaterThan(SMALL * 50);
    expect(await countRows('report_figures')).toBe(SMALL);
    expect(await countRows('regions', 'WHERE "is_demo" = true')).toBeGreaterThan(5);
    expect(await countRows('offices', 'WHERE "is_demo" = true')).toBeGreaterThanOrEqual(60);

    expect((await t.http.get('/api/demo').expect(200)).body).toEqual({
      present: true,
      reports: SMALL,
      loading: false,
    });
    // Loaded once only.
    expect(await demo().loadIfEmpty({ maxReports: SMALL })).toMatchObject({ loaded: false });

    // A real report beside the demo stays when the demo goes.
    const upload = await t.http
      .post('/api/reports')
      .attach('files', fixture(DONGXING), 'dongxing.txt')
      .expect(200);
    const realId = upload.body.results[0].reportId as number;

    const removed = await t.http.delete('/api/demo').expect(200);
    expect(removed.body.reports).toBe(SMALL);
    expect(removed.body.sourceFiles).toBe(SMALL);
    expect(removed.body.offices).toBeGreaterThanOrEqual(60);
    expect(removed.body.regions).toBeGreaterThan(5);

    expect((await t.http.get('/api/demo').expect(200)).body).toEqual({
      present: false,
      reports: 0,
      loading: false,
    });
    for (const table of ['reports', 'source_files', 'offices', 'regions']) {
      expect(await countRows(table, 'WHERE "is_demo" = true')).toBe(0);
    }
    expect(await countRows('reports')).toBe(1);
    expect(await countRows('source_files')).toBe(1);
    expect(await countRows('report_figures')).toBe(1);
    await t.http.get(`/api/reports/${realId}`).expect(200);
    await t.http.get(`/api/reports/${realId}/original`).expect(200);

    // A removed demo is not loaded again.
    expect(await demo().loadIfEmpty({ maxReports: SMALL })).toMatchObject({ loaded: false });
  }, 30_000); // a demo load, a removal and a real upload: 3–4 s on a busy machine

  it('is not loaded when the database holds reports', async () => {
    await start(true);
    await t.http
      .post('/api/reports')
      .attach('files', fixture(DONGXING), 'dongxing.txt')
      .expect(200);
    expect(await demo().loadIfEmpty({ maxReports: SMALL })).toEqual({
      loaded: false,
      reason: 'has_reports',
    });
    expect(await countRows('reports', 'WHERE "is_demo" = true')).toBe(0);
    expect((await t.http.get('/api/demo').expect(200)).body.present).toBe(false);
  });

  it('is not loaded when DEMO_DATA=off', async () => {
    await start(false);
    expect(await demo().loadIfEmpty({ maxReports: SMALL })).toEqual({
      loaded: false,
      reason: 'disabled',
    });
    expect(await countRows('reports')).toBe(0);
    expect(await countRows('regions')).toBe(0);
  });

  it('is loaded by one instance only when two start at once', async () => {
    await start(true);
    const results = await Promise.all([
      demo().loadIfEmpty({ maxReports: 4 }),
      demo().loadIfEmpty({ maxReports: 4 }),
    ]);
    expect(results.filter((result) => result.loaded)).toHaveLength(1);
    expect(await countRows('reports', 'WHERE "is_demo" = true')).toBe(4);
  });

  it('refuses DELETE while another instance is loading', async () => {
    await start(true);
    await t.db.dataSource.query(
      `INSERT INTO "demo_state" ("id", "status", "owner", "reports", "heartbeat_at") VALUES (1, 'loading', 'other', 0, ${Date.now()})`,
    );
    expect((await t.http.get('/api/demo').expect(200)).body.loading).toBe(true);
    await t.http.delete('/api/demo').expect(409);
  });
});
