import { POSTGRES_SKIPPED, Repositories, testDatabaseTypes } from '@ogi/api-data-access';
import { PARSER_VERSION } from '@ogi/report-parser';
import { FIELD_CATALOGUE } from '@ogi/report-schema';
import { createTestApp, fixture, TEST_ADMIN, type TestApp } from '../testing/test-app';

const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt'; // 昌图县七家子镇 2023, 2021 format
const WENDENG = 'corpus/wendeng-flipbook-audit-2020-p9.txt'; // no office stated, 2020
const TUOFENGLU = 'corpus/yuyang-tuofenglu-2020.txt'; // no year stated
const ZHONGCANG = 'corpus/bjtzh-zhongcang-2025.txt'; // neither
const XJNLK = 'corpus/xjnlk-town-2023.txt'; // neither

const NATURAL_PERSON = 'applications.new_received.natural_person';
const COMMERCIAL = 'applications.new_received.commercial_enterprise';
const NOT_A_REPORT = Buffer.from('关于召开年度工作会议的通知\n请各单位准时参加。\n', 'utf8');

/** The same report with other bytes, so it is not a duplicate. */
function variant(path: string, tag: string): Buffer {
  return Buffer.concat([fixture(path), Buffer.from(`\n${tag}\n`, 'utf8')]);
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the report editing tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('correcting and re-reading reports on %s', (type) => {
  let t: TestApp;

  async function store(name: string, bytes: Buffer, fields: Record<string, number> = {}) {
    const req = t.http.post('/api/reports');
    for (const [field, value] of Object.entries(fields)) req.field(field, String(value));
    const res = await req.attach('files', bytes, name).expect(200);
    return res.body.results[0];
  }

  const detail = async (id: number) => (await t.http.get(`/api/reports/${id}`).expect(200)).body;
  const correct = (id: number, body: object) =>
    t.http.post(`/api/reports/${id}/corrections`).send(body);
  const resolve = (id: number, body: object) =>
    t.http.post(`/api/reports/${id}/resolve`).send(body);
  const reparse = (body: object) => t.http.post('/api/reports/reparse').send(body);
  const figures = (id: number) =>
    t.db.read((manager) => new Repositories(manager).reports.figuresOf(id));
  const sql = (text: string, params: unknown[] = []) => t.db.dataSource.query(text, params);
  const count = async (table: string) =>
    Number((await sql(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);

  beforeAll(async () => {
    t = await createTestApp(type);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/reports/:id/corrections', () => {
    it('changes the value, records who and why, checks the rules again and updates the figures', async () => {
      const { reportId } = await store('qijiazi.txt', variant(QIJIAZI, 'correct'));
      const before = await detail(reportId);
      const cellBefore = before.cells.find((cell: { key: string }) => cell.key === NATURAL_PERSON);
      expect(cellBefore).toMatchObject({ value: 0, status: 'number', corrected: false });
      expect(before.findings.some((f: { keys: string[] }) => f.keys.includes(NATURAL_PERSON))).toBe(
        false,
      );
      expect((await figures(reportId))?.['applicantsNaturalPerson']).toBe(0);

      // Who corrected is the logged-in account, whatever the body or a header claims.
      const res = await correct(reportId, {
        key: NATURAL_PERSON,
        value: 5,
        reason: '原表漏填',
        user: '张三',
      })
        .set('X-User', encodeURIComponent('张三'))
        .expect(200);
      const after = res.body;
      expect(after.values[NATURAL_PERSON]).toBe(5);
      expect(after.cells.find((cell: { key: string }) => cell.key === NATURAL_PERSON)).toEqual({
        ...cellBefore,
        value: 5,
        corrected: true,
      });
      expect(after.corrections).toEqual([
        {
          id: expect.any(Number),
          key: NATURAL_PERSON,
          oldValue: 0,
          oldStatus: 'number',
          newValue: 5,
          newStatus: 'number',
          reason: '原表漏填',
          user: TEST_ADMIN.username,
          createdAt: expect.any(String),
        },
      ]);
      const ruleFindings = after.findings.filter((f: { code: string }) => f.code === 'rule');
      expect(
        ruleFindings.some(
          (f: { keys: string[]; severity: string }) =>
            f.keys.includes(NATURAL_PERSON) && f.severity === 'error',
        ),
      ).toBe(true);
      const parserFindings = (findings: { code: string }[]) =>
        findings.filter((finding) => finding.code !== 'rule');
      expect(parserFindings(after.findings)).toEqual(parserFindings(before.findings));
      expect((await figures(reportId))?.['applicantsNaturalPerson']).toBe(5);

      // Back to the value read: another correction, the trail keeps both.
      const lisi = (await t.userAgent('李四', 'admin')).http;
      const back = (
        await lisi
          .post(`/api/reports/${reportId}/corrections`)
          .send({ key: NATURAL_PERSON, value: 0, reason: '核实无误', user: 'claimed' })
          .expect(200)
      ).body;
      expect(back.findings).toEqual(before.findings);
      expect(
        back.corrections.map((c: { user: string; newValue: number }) => [c.user, c.newValue]),
      ).toEqual([
        [TEST_ADMIN.username, 5],
        ['李四', 0],
      ]);
      expect(
        back.cells.find((cell: { key: string }) => cell.key === NATURAL_PERSON).corrected,
      ).toBe(true);
      expect((await figures(reportId))?.['applicantsNaturalPerson']).toBe(0);

      const blank = (
        await correct(reportId, {
          key: COMMERCIAL,
          value: null,
          status: 'dash',
          reason: '原表为“—”',
        }).expect(200)
      ).body;
      expect(blank.cells.find((cell: { key: string }) => cell.key === COMMERCIAL)).toMatchObject({
        value: null,
        status: 'dash',
      });
      expect(blank.corrections[2].user).toBe(TEST_ADMIN.username);
    });

    it('keeps both of two corrections made at once, with figures from both', async () => {
      const { reportId } = await store('qijiazi-both.txt', variant(QIJIAZI, 'both'));
      await Promise.all([
        correct(reportId, { key: NATURAL_PERSON, value: 4, reason: 'a' }).expect(200),
        correct(reportId, { key: COMMERCIAL, value: 6, reason: 'b' }).expect(200),
      ]);
      const stored = await detail(reportId);
      expect(stored.corrections).toHaveLength(2);
      expect(await figures(reportId)).toMatchObject({
        applicantsNaturalPerson: 4,
        applicantsCommercialEnterprise: 6,
      });
    });

    it('refuses corrections that do not fit, naming the report and key, and writes nothing', async () => {
      const { reportId } = await store('qijiazi-bad.txt', variant(QIJIAZI, 'refuse'));
      const failed = await store('notice.txt', NOT_A_REPORT);
      expect(failed.status).toBe('failed');
      const only2019 = FIELD_CATALOGUE.find(
        (field) => field.table === 'active' && !field.versions.includes('2021'),
      );
      const derived = FIELD_CATALOGUE.find((field) => field.derivedIn.includes('2021'));
      const before = await Promise.all(['corrections', 'report_findings'].map(count));
      const cases: [number, object, number, string][] = [
        [
          reportId,
          { key: 'applications.nonsense', value: 1, reason: 'x' },
          400,
          'not a canonical key',
        ],
        [reportId, { key: only2019?.key, value: 1, reason: 'x' }, 400, 'not a cell of this report'],
        [reportId, { key: derived?.key, value: 1, reason: 'x' }, 400, 'derived'],
        [reportId, { key: NATURAL_PERSON, value: -1, reason: 'x' }, 400, 'must not be negative'],
        [reportId, { key: NATURAL_PERSON, value: 1.5, reason: 'x' }, 400, 'whole number of 件'],
        [
          reportId,
          { key: 'applications.new_received.total', value: 1e308, reason: 'x' },
          400,
          'must be at most 1,000,000,000 件',
        ],
        [
          reportId,
          { key: NATURAL_PERSON, value: Number('9007199254740993'), reason: 'x' },
          400,
          'must be at most 1,000,000,000 件',
        ],
        [
          reportId,
          { key: 'active.admin_fees.amount_wan_yuan', value: 0.1234567, reason: 'x' },
          400,
          'at most 6 decimals in 万元',
        ],
        [reportId, { key: NATURAL_PERSON, value: 1 }, 400, 'reason is required'],
        [reportId, { key: NATURAL_PERSON, value: 1, reason: '  ' }, 400, 'reason must be'],
        [
          reportId,
          { key: NATURAL_PERSON, value: 1, reason: 'x', extra: 1 },
          400,
          'unknown field extra',
        ],
        [
          reportId,
          { key: NATURAL_PERSON, value: 1, status: 'blank', reason: 'x' },
          400,
          'send value null',
        ],
        [999_999, { key: NATURAL_PERSON, value: 1, reason: 'x' }, 404, 'report 999999'],
        [
          failed.reportId,
          { key: NATURAL_PERSON, value: 1, reason: 'x' },
          409,
          'no cells to correct',
        ],
      ];
      for (const [id, body, status, message] of cases) {
        const res = await correct(id, body);
        expect({ body, status: res.status }).toEqual({ body, status });
        expect(res.body.message).toContain(message);
      }
      expect(await Promise.all(['corrections', 'report_findings'].map(count))).toEqual(before);
      expect((await detail(reportId)).values[NATURAL_PERSON]).toBe(0);
      // A money cell may have decimals.
      await correct(reportId, {
        key: 'active.admin_fees.amount_wan_yuan',
        value: 1.25,
        reason: 'x',
      }).expect(200);
    });
  });

  describe('POST /api/reports/:id/resolve and /make-current', () => {
    it('gives a report its office by name (created when new) or by id, and its year', async () => {
      const noOffice = await store('wendeng.txt', fixture(WENDENG));
      expect(noOffice.status).toBe('needs_input');
      const named = (await resolve(noOffice.reportId, { officeName: '文登区审计局' }).expect(200))
        .body;
      expect(named).toMatchObject({
        status: 'created',
        report: {
          status: 'ok',
          version: 1,
          isCurrent: true,
          year: 2020,
          error: null,
          office: { name: '文登区审计局' },
        },
      });
      const again = await resolve(noOffice.reportId, { year: 2021 }).expect(409);
      expect(again.body.message).toContain('not needs_input');

      const noYear = await store('tuofenglu.txt', fixture(TUOFENGLU));
      const missing = await resolve(noYear.reportId, {}).expect(400);
      expect(missing.body.message).toContain('give year');
      const dated = (await resolve(noYear.reportId, { year: 2020 }).expect(200)).body;
      expect(dated.report).toMatchObject({ year: 2020, office: { name: '驼峰路街道办事处' } });

      const first = await store('zhongcang.txt', fixture(ZHONGCANG));
      const second = await store('xjnlk.txt', fixture(XJNLK));
      const officeId = named.report.office.id;
      expect(
        (await resolve(first.reportId, { officeId, year: 2025 }).expect(200)).body.status,
      ).toBe('created');
      const newer = (await resolve(second.reportId, { officeId, year: 2025 }).expect(200)).body;
      expect(newer).toMatchObject({
        status: 'new_version',
        report: { version: 2, isCurrent: true },
      });
      expect(
        newer.report.versions.map(
          (v: { id: number; isCurrent: boolean; parserVersion: string }) => [
            v.id,
            v.isCurrent,
            v.parserVersion,
          ],
        ),
      ).toEqual([
        [second.reportId, true, PARSER_VERSION],
        [first.reportId, false, PARSER_VERSION],
      ]);

      // Choose the older version again.
      const chosen = (await t.http.post(`/api/reports/${first.reportId}/make-current`).expect(200))
        .body;
      expect(
        chosen.versions.map((v: { id: number; isCurrent: boolean }) => [v.id, v.isCurrent]),
      ).toEqual([
        [second.reportId, false],
        [first.reportId, true],
      ]);
      await t.http.post(`/api/reports/${first.reportId}/make-current`).expect(200);
      expect((await detail(first.reportId)).isCurrent).toBe(true);
    });

    it('answers 409 with the candidates for a name matching two offices, and changes nothing', async () => {
      const { b, inA, inB } = await t.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const a = await repos.regions.create({ name: '东区', level: 'district' });
        const b = await repos.regions.create({ name: '西区', level: 'district' });
        const inA = await repos.offices.create({
          name: '和平街道办事处',
          kind: 'street',
          regionId: a.id,
        });
        const inB = await repos.offices.create({
          name: '和平街道办事处',
          kind: 'street',
          regionId: b.id,
        });
        return { b, inA, inB };
      });
      const waiting = await store('xjnlk-2.txt', variant(XJNLK, 'ambiguous'));
      const ambiguous = await resolve(waiting.reportId, {
        officeName: '和平街道办事处',
        year: 2023,
      }).expect(409);
      expect(ambiguous.body.message).toContain('matches 2 offices');
      expect(ambiguous.body.candidates.map((c: { id: number }) => c.id)).toEqual([inA.id, inB.id]);
      expect((await detail(waiting.reportId)).status).toBe('needs_input');

      const inRegion = (
        await resolve(waiting.reportId, {
          officeName: '和平街道办事处',
          regionId: b.id,
          year: 2023,
        }).expect(200)
      ).body;
      expect(inRegion.report.office.id).toBe(inB.id);

      const failed = await store('notice-2.txt', Buffer.concat([NOT_A_REPORT, Buffer.from('2')]));
      expect(failed.status).toBe('failed');
      await t.http.post(`/api/reports/${failed.reportId}/make-current`).expect(409);
      await resolve(failed.reportId, { officeId: inA.id, year: 2023 }).expect(409);
      const bad = await resolve(waiting.reportId, {
        officeId: inA.id,
        officeName: 'x',
        year: 1999,
      }).expect(400);
      expect(bad.body.problems).toHaveLength(2);
    });
  });

  describe('POST /api/reports/reparse', () => {
    it('reads outdated reports again, reports what changed, restores values and keeps corrections', async () => {
      const { reportId } = await store('qijiazi-old.txt', variant(QIJIAZI, 'reparse'));
      await correct(reportId, { key: COMMERCIAL, value: 3, reason: '原件为 3' }).expect(200);
      // Simulate an older parser: another version, a cell read wrong, a correction made of it.
      await sql(
        `UPDATE "reports" SET "parser_version" = 'report-parser@0.9.0' WHERE "id" = $1`.replace(
          '$1',
          String(reportId),
        ),
      );
      await sql(
        `UPDATE "report_cells" SET "value" = 7 WHERE "report_id" = ${reportId} AND "key" = '${NATURAL_PERSON}'`,
      );
      await correct(reportId, { key: 'active.licensing.decisions', value: 2, reason: 'x' }).expect(
        200,
      );
      await sql(
        `UPDATE "corrections" SET "old_value" = 9 WHERE "report_id" = ${reportId} AND "key" = 'active.licensing.decisions'`,
      );

      const first = (await reparse({ limit: 1 }).expect(200)).body;
      expect(first).toMatchObject({
        parserVersion: PARSER_VERSION,
        processed: 1,
        changed: 1,
        unchanged: 0,
        failed: 0,
        nextAfterId: reportId,
      });
      const result = first.reports[0];
      expect(result).toMatchObject({
        reportId,
        file: 'qijiazi-old.txt',
        outcome: 'changed',
        statusBefore: 'ok',
        statusAfter: 'ok',
        parserVersionBefore: 'report-parser@0.9.0',
        changedCells: [
          {
            key: NATURAL_PERSON,
            before: 7,
            after: 0,
            statusBefore: 'number',
            statusAfter: 'number',
          },
        ],
        statedChanges: [],
        error: null,
      });
      expect(result.corrections).toEqual([
        expect.objectContaining({
          key: 'active.licensing.decisions',
          correctedFromValue: 9,
          parsedValue: 0,
          value: 2,
          reapplied: true,
        }),
      ]);
      const stored = await detail(reportId);
      expect(stored).toMatchObject({ parserVersion: PARSER_VERSION });
      expect(stored.values).toMatchObject({
        [NATURAL_PERSON]: 0,
        [COMMERCIAL]: 3,
        'active.licensing.decisions': 2,
      });
      expect(stored.findings.some((f: { keys: string[] }) => f.keys.includes(COMMERCIAL))).toBe(
        true,
      );
      expect((await figures(reportId))?.['applicantsCommercialEnterprise']).toBe(3);

      expect((await reparse({ afterId: reportId }).expect(200)).body).toMatchObject({
        processed: 0,
        nextAfterId: null,
      });
    });

    it('turns a report that failed before and now reads into needs_input, and reports a changed stated year', async () => {
      const { reportId } = await store('xjnlk-failed.txt', variant(XJNLK, 'was failed'));
      const dated = await store('qijiazi-year.txt', variant(QIJIAZI, 'stated year'));
      for (const table of ['report_cells', 'report_findings', 'report_figures']) {
        await sql(`DELETE FROM "${table}" WHERE "report_id" = ${reportId}`);
      }
      await sql(
        `UPDATE "reports" SET "status" = 'failed', "error_code" = 'parse_failed', "parser_version" = 'old' WHERE "id" = ${reportId}`,
      );
      await sql(
        `UPDATE "reports" SET "stated_year" = 1999, "parser_version" = 'old' WHERE "id" = ${dated.reportId}`,
      );
      const page = (await reparse({ afterId: reportId - 1, limit: 2 }).expect(200)).body;
      expect(page).toMatchObject({ processed: 2, changed: 2, failed: 0 });
      expect(page.reports[0]).toMatchObject({
        reportId,
        outcome: 'changed',
        statusBefore: 'failed',
        statusAfter: 'needs_input',
      });
      expect(page.reports[0].changedCells.length).toBeGreaterThan(100);
      expect(page.reports[1]).toMatchObject({
        reportId: dated.reportId,
        statusAfter: 'ok',
        changedCells: [],
        statedChanges: [{ field: 'year', before: '1999', after: '2023' }],
      });
      expect((await detail(dated.reportId)).year).toBe(2023);
      const resolved = (
        await resolve(reportId, { officeName: '新疆某镇人民政府', year: 2023 }).expect(200)
      ).body;
      expect(resolved.report).toMatchObject({ status: 'ok', error: null });
      expect(resolved.report.cells.length).toBeGreaterThan(100);
    });

    it('pages through every report with afterId until nextAfterId is null, changing nothing twice', async () => {
      const ids = (await sql(`SELECT "id", "status" FROM "reports" ORDER BY "id"`)) as {
        id: number;
        status: string;
      }[];
      const seen: number[] = [];
      const totals = { changed: 0, failed: 0 };
      let afterId: number | null = 0;
      while (afterId !== null) {
        const page: {
          processed: number;
          changed: number;
          failed: number;
          nextAfterId: number | null;
          reports: { reportId: number }[];
        } = (await reparse({ onlyOutdated: false, afterId, limit: 3 }).expect(200)).body;
        expect(page.processed).toBeLessThanOrEqual(3);
        seen.push(...page.reports.map((report: { reportId: number }) => report.reportId));
        totals.changed += page.changed;
        totals.failed += page.failed;
        afterId = page.nextAfterId;
      }
      expect(seen).toEqual(ids.map((row) => Number(row.id)));
      expect(totals).toEqual({
        changed: 0,
        failed: ids.filter((row) => row.status === 'failed').length,
      });
      await reparse({ limit: 1001 }).expect(400);
      await reparse({ onlyOutdated: 'yes' }).expect(400);
    });
  });
});
