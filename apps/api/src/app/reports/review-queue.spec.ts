import { ENTITY, POSTGRES_SKIPPED, Repositories, testDatabaseTypes } from '@ogi/api-data-access';
import { createTestApp, fixture, type TestApp } from '../testing/test-app';

// The review queue of the 数据 page: GET /api/reports?problem=… finds reports by kind of problem.

const NOT_A_REPORT = Buffer.from('关于召开年度工作会议的通知\n请各单位准时参加。\n', 'utf8');

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the review queue tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('the review queue (GET /api/reports?problem=) on %s', (type) => {
  let t: TestApp;
  const ids: Record<'rule' | 'parse' | 'clean' | 'needsInput' | 'failed', number> = {
    rule: 0,
    parse: 0,
    clean: 0,
    needsInput: 0,
    failed: 0,
  };
  const listed = async (query: string) => {
    const body = (await t.http.get(`/api/reports?${query}`).expect(200)).body;
    return body as {
      total: number;
      items: { id: number; fileName: string; findingCounts: Record<string, number> }[];
    };
  };
  const idsOf = async (query: string) =>
    (await listed(query)).items.map((item) => item.id).sort((a, b) => a - b);

  beforeAll(async () => {
    t = await createTestApp(type);
    const res = await t.http
      .post('/api/reports')
      .attach('files', fixture('corpus/sample-dongxing-2025.txt'), 'dongxing.txt')
      .attach('files', fixture('corpus/changtu-qijiazi-2023.txt'), 'qijiazi.txt')
      .attach('files', fixture('corpus/sh-gov-office-2019.html'), 'shanghai.html')
      .attach('files', fixture('corpus/wendeng-flipbook-audit-2020-p9.txt'), 'wendeng.txt')
      .attach('files', NOT_A_REPORT, 'notice.txt')
      .expect(200);
    const byFile = new Map(
      (res.body.results as { file: string; status: string; reportId: number }[]).map((r) => [
        r.file,
        r,
      ]),
    );
    expect(byFile.get('wendeng.txt')?.status).toBe('needs_input');
    expect(byFile.get('notice.txt')?.status).toBe('failed');
    ids.rule = byFile.get('dongxing.txt')?.reportId ?? 0;
    ids.parse = byFile.get('qijiazi.txt')?.reportId ?? 0;
    ids.clean = byFile.get('shanghai.html')?.reportId ?? 0;
    ids.needsInput = byFile.get('wendeng.txt')?.reportId ?? 0;
    ids.failed = byFile.get('notice.txt')?.reportId ?? 0;
    // Known findings instead of whatever the parser read: one kind of problem per report, and
    // an info note on each (notes are not problems).
    await t.db.write(async (manager) => {
      const reports = new Repositories(manager).reports;
      const base = { table: null, keys: [], location: null };
      for (const id of [ids.rule, ids.parse, ids.clean, ids.needsInput]) {
        await manager.getRepository(ENTITY.reportFinding).delete({ reportId: id });
        await reports.storeFindings(id, [
          { ...base, code: 'version_from_year', severity: 'info', message: '按年份判断格式' },
        ]);
      }
      const row = { keys: [], location: null };
      await reports.insertFindings([
        {
          ...row,
          reportId: ids.rule,
          position: 1,
          code: 'rule',
          severity: 'error',
          message: '合计不符',
          tableId: 'table3',
          ruleId: 'T3-1',
          expected: 10,
          actual: 12,
        },
        {
          ...row,
          reportId: ids.rule,
          position: 2,
          code: 'rule',
          severity: 'warning',
          message: '合计不符',
          tableId: 'table3',
          ruleId: 'T3-2',
          expected: 1,
          actual: 2,
        },
        {
          ...row,
          reportId: ids.parse,
          position: 1,
          code: 'partial_row',
          severity: 'warning',
          message: '行不完整',
          tableId: 'table2',
          ruleId: null,
          expected: null,
          actual: null,
        },
      ]);
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('finds each kind of problem, the reports with errors, and any of them', async () => {
    expect(await idsOf('problem=rule')).toEqual([ids.rule]);
    expect(await idsOf('problem=hint')).toEqual([ids.parse]);
    expect(await idsOf('problem=unreadable')).toEqual([]);
    expect(await idsOf('problem=failing')).toEqual([ids.rule]);
    expect(await idsOf('problem=needs_input')).toEqual([ids.needsInput]);
    expect(await idsOf('problem=failed')).toEqual([ids.failed]);
    expect(await idsOf('problem=any')).toEqual(
      [ids.rule, ids.parse, ids.needsInput, ids.failed].sort((a, b) => a - b),
    );
    expect(await idsOf('')).toContain(ids.clean);
  });

  it('answers the error and warning findings of each listed report by kind, notes left out', async () => {
    const page = await listed('problem=any');
    const counts = new Map(page.items.map((item) => [item.id, item.findingCounts]));
    const none = { rule: 0, unreadable: 0, not_printed: 0, needs_review: 0, hint: 0 };
    expect(counts.get(ids.rule)).toEqual({ ...none, rule: 2 });
    expect(counts.get(ids.parse)).toEqual({ ...none, hint: 1 });
    expect(counts.get(ids.needsInput)).toEqual(none);
  });

  it('pages the queue and combines it with the other filters', async () => {
    const first = await listed('problem=any&pageSize=3&page=1');
    const second = await listed('problem=any&pageSize=3&page=2');
    expect(first.total).toBe(4);
    expect(first.items).toHaveLength(3);
    expect(second.items).toHaveLength(1);
    expect(await idsOf('problem=any&status=ok')).toEqual(
      [ids.rule, ids.parse].sort((a, b) => a - b),
    );
    expect(await idsOf('problem=rule&year=2019')).toEqual([]);
    expect(await idsOf('problem=rule&yearFrom=2025&yearTo=2025')).toEqual([ids.rule]);
    expect(await idsOf('problem=rule&yearTo=2024')).toEqual([]);
  });

  it('searches by file name and by office name', async () => {
    expect(await idsOf('q=qijiazi')).toEqual([ids.parse]);
    expect(await idsOf('q=%E4%B8%9C%E5%85%B4')).toEqual([ids.rule]); // 东兴
  });

  it('sorts by file name both ways', async () => {
    const names = async (order: string) =>
      (await listed(`problem=any&sort=file&order=${order}`)).items.map((item) => item.fileName);
    const ascending = await names('asc');
    expect(ascending).toEqual([...ascending].sort());
    expect(await names('desc')).toEqual([...ascending].reverse());
  });

  it('refuses an unknown kind of problem, naming the allowed ones', async () => {
    const res = await t.http.get('/api/reports?problem=typo').expect(400);
    expect(res.body.problems).toEqual([
      'problem must be one of any, failing, rule, unreadable, not_printed, needs_review, hint, needs_input, failed (got "typo")',
    ]);
  });
});
