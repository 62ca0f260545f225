import {
  RollupRebuild,
  dropRollupTriggersSql,
  migrateDatabase,
  MIGRATIONS,
  POSTGRES_SKIPPED,
  rollupDifferences,
  testDatabaseTypes,
} from '@ogi/api-data-access';
import { generateReports, renderReport, type ReportModel } from '@ogi/report-generator';
import { withPrintedCell } from '../testing/rollup/rollup-operations';
import { createTestApp, type Agent, type TestApp } from '../testing/test-app';

const NEW_TOTAL = 'applications.new_received.total';
const FEES = 'active.admin_fees.amount_wan_yuan';
const YEAR = 2024;

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the integrity tests on PostgreSQL', () => undefined);
  });
}

/** Two generated 2021-format reports of one year, to be two offices' reports. */
function twoReports(): [ReportModel, ReportModel] {
  const models = [
    ...generateReports({ seed: 'integrity', count: 60, layouts: ['tab'], years: [YEAR, YEAR] }),
  ]
    .map((report) => report.model)
    .filter(
      (model) =>
        model.versions.active === '2021' &&
        model.versions.applications === '2021' &&
        model.cells[NEW_TOTAL]?.status === 'number' &&
        model.cells[FEES]?.status === 'number',
    );
  if (models.length < 2) throw new Error('the generator gave fewer than two usable reports');
  return [models[0], models[1]];
}

describe.each(testDatabaseTypes())('exact totals whatever is written, on %s', (type) => {
  let t: TestApp;
  let editor: Agent;
  let regionId: number;
  const offices: number[] = [];
  const reports: number[] = [];
  const [first, second] = twoReports();
  let uploads = 0;

  async function upload(model: ReportModel, officeId: number) {
    uploads += 1;
    const bytes = Buffer.from(`${String(renderReport(model).content)}\n第 ${uploads} 份\n`, 'utf8');
    const res = await editor
      .post('/api/reports')
      .field('officeId', String(officeId))
      .attach('files', bytes, `integrity-${uploads}.txt`)
      .expect(200);
    return res.body.results[0] as { reportId: number; status: string };
  }

  /** The region's sum of a metric in YEAR, as the series endpoint answers it. */
  async function yearSum(metric: string): Promise<number | null> {
    const res = await editor
      .get(
        `/api/stats/series?metrics=${metric}&regionIds=${regionId}&yearFrom=${YEAR}&yearTo=${YEAR}`,
      )
      .expect(200);
    const year = (
      res.body.years as { year: number; values: Record<string, { value: number | null }> }[]
    ).find((row) => row.year === YEAR);
    return year?.values[metric]?.value ?? null;
  }

  async function expectRollupExact() {
    expect(await t.db.read((manager) => rollupDifferences(manager))).toEqual([]);
  }

  beforeAll(async () => {
    t = await createTestApp(type);
    const district = await t.http
      .post('/api/regions')
      .send({ name: '整数区', level: 'district' })
      .expect(201);
    regionId = district.body.id;
    for (const name of ['甲街道办事处', '乙街道办事处']) {
      const office = await t.http
        .post('/api/offices')
        .send({ name, kind: 'street', regionId })
        .expect(201);
      offices.push(office.body.id);
    }
    editor = (await t.userAgent('district-editor', 'editor', [regionId])).http;
    for (const [index, model] of [first, second].entries()) {
      const stored = await upload(model, offices[index]);
      expect(stored.status).toBe('created');
      reports.push(stored.reportId);
    }
  }, 60_000); // an app, its migrations, an account and two uploads
  afterAll(async () => {
    await t?.close();
  });

  it('refuses corrections past the bounds with a 400 naming the bound, and the totals stay', async () => {
    const before = await yearSum('applications_new');
    expect(before).toBe(
      (first.cells[NEW_TOTAL]?.value ?? NaN) + (second.cells[NEW_TOTAL]?.value ?? NaN),
    );
    for (const value of [1e308, 1e20, Number('9007199254740993')]) {
      const res = await editor
        .post(`/api/reports/${reports[0]}/corrections`)
        .send({ key: NEW_TOTAL, value, reason: '探测' })
        .expect(400);
      expect(res.body.message).toContain('must be at most 1,000,000,000 件');
    }
    await editor
      .post(`/api/reports/${reports[0]}/corrections`)
      .send({ key: NEW_TOTAL, value: 1_000_000_000, reason: '上限' })
      .expect(200);
    await editor
      .post(`/api/reports/${reports[0]}/corrections`)
      .send({ key: NEW_TOTAL, value: first.cells[NEW_TOTAL]?.value, reason: '改回' })
      .expect(200);
    expect(await yearSum('applications_new')).toBe(before);
    await expectRollupExact();
  }, 30_000);

  it('adds money to the 分 exactly (0.1 + 0.2 万元 is 0.3)', async () => {
    for (const [index, value] of [0.1, 0.2].entries()) {
      await editor
        .post(`/api/reports/${reports[index]}/corrections`)
        .send({ key: FEES, value, reason: '核对' })
        .expect(200);
    }
    expect(await yearSum('admin_fees_amount')).toBe(0.3);
    await expectRollupExact();
  }, 30_000);

  it('stores an upload printing a 21-digit count without the value, and make-current restores the totals exactly', async () => {
    const before = await yearSum('applications_new');
    const hostile = await upload(
      withPrintedCell(first, NEW_TOTAL, '100000000000000000000'),
      offices[0],
    );
    expect(hostile.status).toBe('new_version');
    const detail = await editor.get(`/api/reports/${hostile.reportId}`).expect(200);
    expect(detail.body.findings).toContainEqual(
      expect.objectContaining({ code: 'out_of_range', severity: 'error', keys: [NEW_TOTAL] }),
    );
    expect(await yearSum('applications_new')).toBe(second.cells[NEW_TOTAL]?.value);
    await expectRollupExact();
    await editor.post(`/api/reports/${reports[0]}/make-current`).expect(200);
    expect(await yearSum('applications_new')).toBe(before);
    await expectRollupExact();
  }, 30_000);

  it('clears values stored before the bounds when migrating, and rebuilds the rollup exactly', async () => {
    const dialect = type === 'postgres' ? 'postgres' : 'sqlite';
    const sql = (text: string) => t.db.dataSource.query(text);
    for (const statement of dropRollupTriggersSql(dialect)) await sql(statement);
    await sql(
      `UPDATE "report_cells" SET "value" = 1e20 WHERE "report_id" = ${reports[0]} AND "key" = '${NEW_TOTAL}'`,
    );
    await sql(
      `UPDATE "report_figures" SET "new_received_total" = 1e20 WHERE "report_id" = ${reports[0]}`,
    );
    await sql(
      `UPDATE "report_figures" SET "granted_total" = 1e308 WHERE "report_id" = ${reports[1]}`,
    );
    // The exact rollup's migration and every rollup rebuild generated after it run again
    // (a rebuild's name is its metric change; other later migrations, such as OCR jobs', stay).
    const again = MIGRATIONS.slice(
      MIGRATIONS.findIndex((migration) => migration.name === 'ExactRollup1765065600000'),
    )
      .filter(
        (migration) =>
          migration.name === 'ExactRollup1765065600000' ||
          migration.prototype instanceof RollupRebuild,
      )
      .map((migration) => migration.name);
    await sql(
      `DELETE FROM "migrations" WHERE "name" IN (${again.map((name) => `'${name}'`).join(', ')})`,
    );

    expect(await migrateDatabase(t.db.dataSource)).toEqual(again);

    const detail = await editor.get(`/api/reports/${reports[0]}`).expect(200);
    expect(detail.body.findings).toContainEqual(
      expect.objectContaining({ code: 'out_of_range', keys: [NEW_TOTAL] }),
    );
    const [cell] = await sql(
      `SELECT "value", "status" FROM "report_cells" WHERE "report_id" = ${reports[0]} AND "key" = '${NEW_TOTAL}'`,
    );
    expect(cell).toEqual({ value: null, status: 'unparseable' });
    const [figures] = await sql(
      `SELECT "granted_total" FROM "report_figures" WHERE "report_id" = ${reports[1]}`,
    );
    expect(figures).toEqual({ granted_total: null });
    expect(await yearSum('applications_new')).toBe(second.cells[NEW_TOTAL]?.value);
    await expectRollupExact();
  }, 30_000);
});
