import { POSTGRES_SKIPPED, Repositories, testDatabaseTypes } from '@ogi/api-data-access';
import { APPLICANT_COLUMNS, applicationKey, fieldByKey } from '@ogi/report-schema';
import { asBytes, createTestApp, fixture, TEST_ADMIN, type TestApp } from '../testing/test-app';

const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt'; // 昌图县七家子镇 2023, 2021 format
const NOT_A_REPORT = Buffer.from('关于召开年度工作会议的通知\n请各单位准时参加。\n', 'utf8');

const NEW_TOTAL = 'applications.new_received.total';
const NEW_NATURAL = 'applications.new_received.natural_person';
const NEW_COMMERCIAL = 'applications.new_received.commercial_enterprise';

/** 表三's 本年新收 row: `total` in 总计, the parts as given, every other column 0. */
function newReceivedRow(total: number, parts: Record<string, number>): Record<string, number> {
  const row: Record<string, number> = {};
  for (const column of APPLICANT_COLUMNS) {
    row[applicationKey('new_received', column.id)] = column.id === 'total' ? total : 0;
  }
  return { ...row, ...parts };
}

/**
 * A small consistent start: 5 new applications, 3 from people and 2 from companies, and the three
 * rows the 2021 format sums into （六）其他处理 (总计 column only).
 */
const ENTERED = {
  ...newReceivedRow(5, { [NEW_NATURAL]: 3, [NEW_COMMERCIAL]: 2 }),
  'applications.other_handling.no_correction.total': 1,
  'applications.other_handling.fee_unpaid.total': 0,
  'applications.other_handling.other.total': 2,
};

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the manual entry tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('POST /api/reports/manual (填报) on %s', (type) => {
  let t: TestApp;
  let regionA: number;
  let regionB: number;

  const enter = (body: object, agent = t.http) => agent.post('/api/reports/manual').send(body);
  const detail = async (id: number) => (await t.http.get(`/api/reports/${id}`).expect(200)).body;
  const upload = async (name: string, bytes: Buffer, regionId: number) =>
    (
      await t.http
        .post('/api/reports')
        .field('regionId', String(regionId))
        .attach('files', bytes, name)
        .expect(200)
    ).body.results[0];
  const office = async (name: string, regionId: number) =>
    (await t.http.post('/api/offices').send({ name, regionId }).expect(201)).body.id as number;
  const countReports = async () =>
    Number((await t.db.dataSource.query('SELECT COUNT(*) AS n FROM "reports"'))[0].n);
  const newApplications = async (year: number, regionId: number) => {
    const body = (
      await t.http
        .get(`/api/stats/summary?yearFrom=${year}&yearTo=${year}&regionIds=${regionId}`)
        .expect(200)
    ).body;
    return {
      reports: body.reports.current as number,
      value: body.headline.find(
        (item: { metric: { id: string } }) => item.metric.id === 'applications_new',
      ).current.value as number | null,
    };
  };

  beforeAll(async () => {
    t = await createTestApp(type);
    const region = async (body: object) =>
      (await t.http.post('/api/regions').send(body).expect(201)).body.id as number;
    const province = await region({ name: '填报省', level: 'province' });
    regionA = await region({ name: '填报甲市', level: 'city', parentId: province });
    regionB = await region({ name: '填报乙市', level: 'city', parentId: province });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('turns a failed upload into a counted report: cells manual, the file kept, the queue cleared, the entry audited', async () => {
    const failed = await upload('scan-unreadable.txt', NOT_A_REPORT, regionA);
    expect(failed.status).toBe('failed');
    const fileId = (await detail(failed.reportId)).sourceFile.id;
    const officeId = await office('填报甲市某某局', regionA);
    expect(await newApplications(2022, regionA)).toEqual({ reports: 0, value: null });

    const res = await enter({
      officeId,
      year: 2022,
      format: '2021',
      values: ENTERED,
      sourceFileId: fileId,
    }).expect(201);

    expect(res.body.status).toBe('created');
    const report = res.body.report;
    // The failed report of the file is the new version itself: nothing waits for it any more.
    expect(report).toMatchObject({
      id: failed.reportId,
      status: 'ok',
      year: 2022,
      version: 1,
      isCurrent: true,
      office: { id: officeId },
      formatVersion: { active: '2021', applications: '2021', appeals: '2021' },
      error: null,
    });
    expect(report.sourceFile.id).toBe(fileId);
    expect(report.values[NEW_NATURAL]).toBe(3);
    const assigned = new Set(report.cells.map((cell: { assignedBy: string }) => cell.assignedBy));
    expect([...assigned].sort()).toEqual(['derived', 'manual']);
    // Keys not given are said not to be printed; derived cells are sums, not typed.
    const derived = report.cells.find(
      (cell: { key: string }) => cell.key === 'applications.other_handling.total.total',
    );
    expect(derived).toMatchObject({ assignedBy: 'derived', value: 3, status: 'number' });
    expect(
      report.corrections.map((row: { key: string; user: string; reason: string }) => [
        row.key,
        row.user,
        row.reason,
      ]),
    ).toEqual(Object.keys(ENTERED).map((key) => [key, TEST_ADMIN.username, '手工填报']));

    const queue = (await t.http.get('/api/reports?problem=failed').expect(200)).body;
    expect(queue.items.map((item: { id: number }) => item.id)).not.toContain(failed.reportId);
    expect(await newApplications(2022, regionA)).toEqual({ reports: 1, value: 5 });
  });

  it('stores an entry without a file as its own original, uploaded by the user', async () => {
    const officeId = await office('填报甲市纸质局', regionA);
    const values = newReceivedRow(5, { [NEW_NATURAL]: 3, [NEW_COMMERCIAL]: 2 });
    const res = await enter({ officeId, year: 2021, format: '2019', values }).expect(201);
    const report = res.body.report;
    expect(report.sourceFile.mediaType).toBe('application/vnd.ogi.manual-entry+json');
    expect(report.corrections).toEqual([]);
    expect(report.formatVersion.applications).toBe('2019');
    const original = await t.http
      .get(`/api/reports/${report.id}/original`)
      .buffer(true)
      .parse(asBytes)
      .expect(200);
    const entry = JSON.parse((original.body as Buffer).toString('utf8'));
    expect(entry).toMatchObject({ year: 2021, format: '2019', enteredBy: TEST_ADMIN.username });
    const uploader = await t.db.read((manager) =>
      new Repositories(manager).sourceFiles.uploaderOf(report.sourceFile.id),
    );
    const admin = await t.db.read((manager) =>
      new Repositories(manager).users.findByUsername(TEST_ADMIN.username),
    );
    expect(uploader).toBe(admin?.id);
  });

  it('stores a new version superseding the read one, and the figures follow it', async () => {
    const read = await upload('qijiazi.txt', fixture(QIJIAZI), regionA);
    const before = await detail(read.reportId);
    const stats = await newApplications(2023, regionA);
    expect(stats.reports).toBe(1);

    const res = await enter({
      officeId: read.office.id,
      year: 2023,
      format: '2021',
      values: { ...before.values, [NEW_TOTAL]: 105, [NEW_NATURAL]: 105 },
      sourceFileId: before.sourceFile.id,
    });
    // The stored reading's values include its derived cells, which an entry may not give.
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/derived/);

    const printed = Object.fromEntries(
      before.cells
        .filter(
          (cell: { key: string; status: string }) =>
            cell.status !== 'not_printed' && !fieldByKey(cell.key)?.derivedIn.includes('2021'),
        )
        .map((cell: { key: string; value: number | null; status: string }) => [
          cell.key,
          cell.status === 'number' ? cell.value : cell.status === 'dash' ? '-' : null,
        ]),
    );
    const stored = await enter({
      officeId: read.office.id,
      year: 2023,
      format: '2021',
      values: { ...printed, [NEW_TOTAL]: 105, [NEW_NATURAL]: 105, [NEW_COMMERCIAL]: 0 },
      sourceFileId: before.sourceFile.id,
    }).expect(201);
    expect(stored.body.status).toBe('new_version');
    const report = stored.body.report;
    expect(report).toMatchObject({ version: 2, isCurrent: true });
    expect(report.id).not.toBe(read.reportId);
    expect(report.sourceFile.id).toBe(before.sourceFile.id);
    expect((await detail(read.reportId)).isCurrent).toBe(false);
    // Only the cells that differ from the reading are audited as typed over it.
    const typedOver: Record<string, number> = {
      [NEW_TOTAL]: 105,
      [NEW_NATURAL]: 105,
      [NEW_COMMERCIAL]: 0,
    };
    expect(report.corrections.map((row: { key: string }) => row.key).sort()).toEqual(
      Object.keys(typedOver)
        .filter((key) => printed[key] !== typedOver[key])
        .sort(),
    );
    expect(await newApplications(2023, regionA)).toEqual({ reports: 1, value: 105 });
  });

  it('audits no empty box where nothing was read', async () => {
    const failed = await upload(
      'blank-boxes.txt',
      Buffer.concat([NOT_A_REPORT, Buffer.from('空')]),
      regionA,
    );
    const fileId = (await detail(failed.reportId)).sourceFile.id;
    const officeId = await office('填报甲市空白局', regionA);
    const res = await enter({
      officeId,
      year: 2019,
      format: '2021',
      values: { [NEW_NATURAL]: 4, [NEW_COMMERCIAL]: null, 'appeals.review.upheld': '-' },
      sourceFileId: fileId,
    }).expect(201);
    expect(res.body.report.corrections.map((row: { key: string }) => row.key)).toEqual([
      NEW_NATURAL,
      'appeals.review.upheld',
    ]);
    const blank = res.body.report.cells.find(
      (cell: { key: string }) => cell.key === NEW_COMMERCIAL,
    );
    expect(blank).toMatchObject({ status: 'blank', assignedBy: 'manual' });
  });

  it('checks the rules on the entry and stores their findings', async () => {
    const officeId = await office('填报甲市不平局', regionA);
    const res = await enter({
      officeId,
      year: 2020,
      format: '2021',
      values: newReceivedRow(9, { [NEW_NATURAL]: 3, [NEW_COMMERCIAL]: 2 }),
    }).expect(201);
    const rules = res.body.report.findings.filter(
      (finding: { code: string; keys: string[] }) =>
        finding.code === 'rule' && finding.keys.includes(NEW_TOTAL),
    );
    expect(rules.length).toBeGreaterThan(0);
  });

  it.each([
    [
      { 'applications.no_such_row.total': 1 },
      /applications\.no_such_row\.total is not a canonical key/,
    ],
    [
      { 'active.regulations.newly_made': 1 },
      /active\.regulations\.newly_made .* not a cell of the 2021 format/,
    ],
    [
      { [NEW_NATURAL]: -1 },
      /new_received\.natural_person \(.*×.*\) must not be negative \(got -1\)/,
    ],
    [{ [NEW_NATURAL]: 1.5 }, /natural_person .* must be a whole number of 件/],
    [{ [NEW_NATURAL]: 2e9 }, /natural_person .* must be at most 1,000,000,000 件/],
    [
      { [NEW_NATURAL]: 'many' },
      /values\.applications\.new_received\.natural_person must be a number/,
    ],
  ])('refuses %j naming the cell (400), storing nothing', async (values, message) => {
    const officeId = await office(`填报甲市拒收局${Math.random()}`, regionA);
    const before = await countReports();
    const res = await enter({ officeId, year: 2020, format: '2021', values }).expect(400);
    expect(res.body.message).toMatch(message);
    expect(await countReports()).toBe(before);
  });

  it('refuses a missing office or year, or both office forms at once', async () => {
    await enter({ year: 2020, format: '2021', values: {} }).expect(400);
    await enter({ officeName: '某局', format: '2021', values: {} }).expect(400);
    await enter({ officeId: 1, officeName: '某局', year: 2020, format: '2021', values: {} }).expect(
      400,
    );
    await enter({ officeName: '某局', year: 2020, format: '2020', values: {} }).expect(400);
  });

  it('keeps an editor to their regions: an office or a file outside them is refused', async () => {
    const editor = (await t.userAgent('entry-editor', 'editor', [regionA])).http;
    const outsideOffice = await office('填报乙市某局', regionB);
    const insideOffice = await office('填报甲市编辑局', regionA);
    const res = await enter(
      { officeId: outsideOffice, year: 2020, format: '2021', values: ENTERED },
      editor,
    ).expect(403);
    expect(JSON.stringify(res.body)).not.toContain('填报乙市');
    // A name would create the office outside any region the editor has: refused, not created.
    await enter(
      { officeName: '填报新建局', year: 2020, format: '2021', values: ENTERED },
      editor,
    ).expect(403);
    const created = await t.db.dataSource.query(
      `SELECT COUNT(*) AS n FROM "offices" WHERE "name" = '填报新建局'`,
    );
    expect(Number(created[0].n)).toBe(0);

    const failedB = await upload(
      'b-unreadable.txt',
      Buffer.concat([NOT_A_REPORT, Buffer.from('乙')]),
      regionB,
    );
    const fileB = (await detail(failedB.reportId)).sourceFile.id;
    await enter(
      { officeId: insideOffice, year: 2020, format: '2021', values: ENTERED, sourceFileId: fileB },
      editor,
    ).expect(404);
    const ok = await enter(
      {
        officeName: '填报甲市编辑局',
        regionId: regionA,
        year: 2020,
        format: '2021',
        values: ENTERED,
      },
      editor,
    ).expect(201);
    expect(ok.body.report.office.id).toBe(insideOffice);
  });
});
