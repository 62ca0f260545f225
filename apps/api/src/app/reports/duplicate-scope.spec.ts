import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { createTestApp, fixture, type Agent, type TestApp } from '../testing/test-app';

const DONGXING = 'corpus/sample-dongxing-2025.txt';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the duplicate scope tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('duplicates across regions on %s', (type) => {
  let t: TestApp;
  let stored: { reportId: number; office: { id: number } };
  let outsider: Agent;
  let insider: Agent;

  const upload = async (agent: Agent, name: string) =>
    (await agent.post('/api/reports').attach('files', fixture(DONGXING), name).expect(200)).body
      .results[0];
  const count = async (table: string) =>
    Number((await t.db.dataSource.query(`SELECT COUNT(*) AS n FROM "${table}"`))[0].n);
  const counts = () => Promise.all(['reports', 'source_files', 'offices'].map(count));

  beforeAll(async () => {
    t = await createTestApp(type);
    const region = async (name: string) =>
      (await t.http.post('/api/regions').send({ name, level: 'city' }).expect(201)).body
        .id as number;
    const theirs = await region('康湾市');
    const mine = await region('东兴市');
    const res = await t.http
      .post('/api/reports')
      .field('regionId', String(theirs))
      .attach('files', fixture(DONGXING), 'theirs.txt')
      .expect(200);
    stored = res.body.results[0];
    expect(stored).toMatchObject({ status: 'created', office: { regionId: theirs } });
    outsider = (await t.userAgent('outsider', 'editor', [mine])).http;
    insider = (await t.userAgent('insider', 'editor', [theirs])).http;
    // An app, a migrated database and an upload: seconds on a busy machine.
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('tells an editor of another region only that the file is stored elsewhere, and stores nothing', async () => {
    const before = await counts();
    const result = await upload(outsider, 'mine.txt');
    expect(result).toEqual({
      file: 'mine.txt',
      status: 'duplicate',
      reportId: null,
      office: null,
      year: null,
      findings: [],
      error: {
        code: 'duplicate_elsewhere',
        message:
          'mine.txt: the same file is already stored outside your regions; nothing was stored',
        messageZh: 'mine.txt：相同的文件已存储在您的地区范围之外，未重复保存',
      },
    });
    expect(await counts()).toEqual(before);
  });

  it('answers the stored report in full to an editor of its region', async () => {
    expect(await upload(insider, 'again.txt')).toMatchObject({
      status: 'duplicate',
      reportId: stored.reportId,
      office: { id: stored.office.id, name: '东兴街道办事处' },
      year: 2025,
      error: null,
    });
  });

  it('answers the stored report in full to an admin', async () => {
    expect(await upload(t.http, 'admin.txt')).toMatchObject({
      status: 'duplicate',
      reportId: stored.reportId,
      office: { id: stored.office.id },
      year: 2025,
      error: null,
    });
  });
});
