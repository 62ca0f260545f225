import { POSTGRES_SKIPPED, rollupDifferences, testDatabaseTypes } from '@ogi/api-data-access';
import { DemoDataService } from '../demo/demo-data.service';
import { createTestApp, fixture, type TestApp } from '../testing/test-app';

const DONGXING = 'corpus/sample-dongxing-2025.txt'; // 东兴街道办事处, 2025
const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt'; // 七家子镇人民政府, 2023
const NATURAL_PERSON = 'applications.new_received.natural_person';

type Row = Record<string, string | number>;

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the stats rollup tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('stats_rollup on %s', (type) => {
  let t: TestApp;
  const sql = (text: string): Promise<Row[]> => t.db.dataSource.query(text);

  /** The rollup as the triggers kept it equals, exactly, a recomputation from report_figures. */
  async function expectRollupExact(step: string) {
    const differences = await t.db.read((manager) => rollupDifferences(manager));
    expect({ step, differences }).toEqual({ step, differences: [] });
    const [row] = await sql(`SELECT COUNT(*) AS "n" FROM "stats_rollup" WHERE "present" <> 0`);
    return Number(row['n']);
  }

  async function upload(bytes: Buffer, name: string, fields: Record<string, number> = {}) {
    const req = t.http.post('/api/reports');
    for (const [field, value] of Object.entries(fields)) req.field(field, String(value));
    const res = await req.attach('files', bytes, name).expect(200);
    return res.body.results[0] as { reportId: number; status: string };
  }
  const region = async (body: object) =>
    (await t.http.post('/api/regions').send(body).expect(201)).body as { id: number };
  const office = async (body: object) =>
    (await t.http.post('/api/offices').send(body).expect(201)).body as { id: number };
  const variant = (path: string, tag: string) =>
    Buffer.concat([fixture(path), Buffer.from(`\n${tag}\n`, 'utf8')]);

  beforeAll(async () => {
    t = await createTestApp(type, { demoData: true });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('equals a recomputation from report_figures after every kind of write', async () => {
    await t.app.get(DemoDataService).loadIfEmpty({ maxReports: 12 });
    expect(await expectRollupExact('demo loaded')).toBeGreaterThan(10);

    const province = await region({ name: '汇总省', level: 'province' });
    const east = await region({ name: '汇总东市', level: 'city', parentId: province.id });
    const west = await region({ name: '汇总西市', level: 'city', parentId: province.id });
    const district = await region({ name: '汇总区', level: 'district', parentId: east.id });
    const street = await region({ name: '汇总街道', level: 'street', parentId: district.id });
    const dongxing = await office({ name: '东兴街道办事处', kind: 'street', regionId: street.id });
    const qijiazi = await office({ name: '七家子镇人民政府', kind: 'township', regionId: west.id });
    const other = await office({ name: '东兴街道工委', kind: 'street', regionId: district.id });

    const first = await upload(fixture(DONGXING), 'dx.txt', { officeId: dongxing.id });
    const q = await upload(fixture(QIJIAZI), 'qjz.txt', { officeId: qijiazi.id });
    const o = await upload(variant(DONGXING, 'other'), 'o.txt', { officeId: other.id });
    expect([first.status, q.status, o.status]).toEqual(['created', 'created', 'created']);
    await expectRollupExact('uploads');

    await t.http
      .post(`/api/reports/${q.reportId}/corrections`)
      .send({ key: NATURAL_PERSON, value: 7, reason: '原表漏填' })
      .expect(200);
    await expectRollupExact('correction');

    const second = await upload(variant(DONGXING, 'v2'), 'dx2.txt', { officeId: dongxing.id });
    expect(second.status).toBe('new_version');
    await expectRollupExact('new version');

    await t.http.post(`/api/reports/${first.reportId}/make-current`).expect(200);
    await expectRollupExact('make-current');

    await t.http
      .patch(`/api/offices/${qijiazi.id}`)
      .send({ regionId: district.id, kind: 'department' })
      .expect(200);
    await expectRollupExact('office moved to another region and kind');

    await t.http.patch(`/api/regions/${district.id}`).send({ parentId: west.id }).expect(200);
    await expectRollupExact('region moved');

    const merge = (
      await t.http
        .post('/api/offices/merge')
        .send({ sourceId: other.id, targetId: dongxing.id })
        .expect(200)
    ).body as { id: number };
    await expectRollupExact('office merge');
    await t.http.post(`/api/offices/merges/${merge.id}/undo`).expect(200);
    await expectRollupExact('merge undone');

    await t.http.post('/api/reports/reparse').send({ limit: 3 }).expect(200);
    await expectRollupExact('reparse');

    // Any future writer: plain SQL on figures and findings is kept too.
    await sql(`UPDATE "report_figures" SET "granted_total" = "granted_total" + 1`);
    await expectRollupExact('figures updated by SQL');
    await sql(
      `UPDATE "report_findings" SET "severity" = 'error' WHERE "id" IN (SELECT "id" FROM "report_findings" WHERE "severity" <> 'error' ORDER BY "id" LIMIT 5)`,
    );
    await expectRollupExact('findings made errors by SQL');
    await sql(
      `UPDATE "report_findings" SET "report_id" = (SELECT MAX("id") FROM "reports") WHERE "id" = (SELECT MIN("id") FROM "report_findings" WHERE "severity" = 'error')`,
    );
    await expectRollupExact('an error finding moved to another report by SQL');
    await sql(`DELETE FROM "report_findings" WHERE "severity" = 'error' AND "id" % 2 = 0`);
    await expectRollupExact('error findings deleted by SQL');

    await t.http.delete('/api/demo').expect(200);
    expect(await expectRollupExact('demo removed')).toBeGreaterThan(0);
  }, 60_000); // dozens of writes, each checked against a full recomputation
});
