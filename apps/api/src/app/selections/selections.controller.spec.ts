import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { seedStats, type SeedOffice } from '../stats/stats.seed';
import { createTestApp, type Agent, type TestApp } from '../testing/test-app';
import { selectionId } from './selection-id';

/** 甲区 and 乙区 under one city; 250 offices in 甲区 (more than an inline list takes), one in 乙区. */
const REGIONS = [
  { name: '选择省', parent: null, level: 'province' },
  { name: '选择市', parent: '选择省', level: 'city' },
  { name: '甲区', parent: '选择市', level: 'district' },
  { name: '乙区', parent: '选择市', level: 'district' },
  { name: '甲一街道', parent: '甲区', level: 'street' },
] as const;

const MANY = 250;
const OFFICES: SeedOffice[] = [
  ...Array.from({ length: MANY }, (_, i) => ({
    name: `甲区单位${i}`,
    kind: 'street' as const,
    region: i === 0 ? '甲一街道' : '甲区',
  })),
  { name: '乙区单位', kind: 'street', region: '乙区' },
];

const figures = (n: number) => ({ new_received_total: n, handled_total: n });
const REPORTS = [
  { office: '甲区单位0', year: 2024, format: '2021' as const, figures: figures(10) },
  { office: '甲区单位1', year: 2024, format: '2021' as const, figures: figures(20) },
  { office: `甲区单位${MANY - 1}`, year: 2024, format: '2021' as const, figures: figures(40) },
  { office: '乙区单位', year: 2024, format: '2021' as const, figures: figures(300) },
];

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the selections API tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('stored selections on %s', (type) => {
  let t: TestApp;
  let ids: Awaited<ReturnType<typeof seedStats>>;
  let viewer: Agent;
  let jiaOffices: number[];
  const YEARS = { yearFrom: 2024, yearTo: 2024 };

  // The agents send their session's CSRF token.
  const post = (agent: Agent, body: unknown) => agent.post('/api/selections').send(body as object);
  const newApplications = async (agent: Agent, query: Record<string, string | number>) => {
    const body = (
      await agent
        .get('/api/stats/series')
        .query({ ...YEARS, metrics: 'applications_new', ...query })
        .expect(200)
    ).body;
    return body.years[0].values.applications_new.value as number | null;
  };

  beforeAll(async () => {
    t = await createTestApp(type);
    ids = await seedStats(t.db, REGIONS, OFFICES, REPORTS);
    jiaOffices = OFFICES.slice(0, MANY).map((office) => ids.office[office.name]);
    const user = await t.userAgent('selection-viewer', 'viewer', [ids.region['甲区']]);
    viewer = user.http;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('answers the same id for the same lists in any order and with repeats, and gives them back sorted', async () => {
    const first = await post(t.http, {
      officeIds: jiaOffices,
      regionIds: [ids.region['甲区']],
    }).expect(200);
    expect(first.body).toEqual({
      id: selectionId(jiaOffices, [ids.region['甲区']]),
      officeCount: MANY,
      regionCount: 1,
    });
    const again = await post(t.http, {
      officeIds: [...jiaOffices].reverse().concat(jiaOffices[3]),
      regionIds: [ids.region['甲区']],
    }).expect(200);
    expect(again.body.id).toBe(first.body.id);
    const stored = (await t.http.get(`/api/selections/${first.body.id}`).expect(200)).body;
    expect(stored.officeIds).toEqual([...jiaOffices].sort((a, b) => a - b));
    expect(stored.regionIds).toEqual([ids.region['甲区']]);
    expect(Number.isNaN(Date.parse(stored.createdAt))).toBe(false);
    const other = await post(t.http, { officeIds: jiaOffices }).expect(200);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('refuses bad lists with a 400 naming the problem', async () => {
    const problem = async (body: unknown) =>
      (await post(t.http, body).expect(400)).body.message as string;
    expect(await problem({})).toMatch(/at least one id/);
    expect(await problem({ officeIds: [1, 'x'] })).toMatch(/officeIds must be a list .*"x"/);
    expect(await problem({ officeIds: [0] })).toMatch(/officeIds must be a list/);
    expect(await problem({ regionIds: 5 })).toMatch(/regionIds must be a list/);
    expect(await problem({ officeIds: [1], other: [2] })).toMatch(/unknown parameter other/);
    expect(await problem({ officeIds: [jiaOffices[0], 999_999] })).toBe(
      'officeIds: no office 999999',
    );
    expect(await problem({ regionIds: [999_998] })).toBe('regionIds: no region 999998');
    const tooMany = Array.from({ length: 100_001 }, (_, i) => i + 1);
    expect(await problem({ officeIds: tooMany })).toMatch(/at most 100000 ids \(got 100001\)/);
  });

  it('needs the CSRF header like every write', async () => {
    const res = await t.http
      .post('/api/selections')
      .set('X-CSRF-Token', 'wrong')
      .send({ officeIds: [jiaOffices[0]] })
      .expect(403);
    expect(res.body.message).toMatch(/CSRF/);
  });

  it('lets a viewer store ids of their regions only (403 naming the others)', async () => {
    await post(viewer, { officeIds: jiaOffices.slice(0, 3) }).expect(200);
    const denied = await post(viewer, {
      officeIds: [jiaOffices[0], ids.office['乙区单位']],
    }).expect(403);
    expect(denied.body.message).toContain(`单位 ${ids.office['乙区单位']}`);
    const region = await post(viewer, { regionIds: [ids.region['乙区']] }).expect(403);
    expect(region.body.message).toContain(`地区 ${ids.region['乙区']}`);
  });

  it('shows a viewer only the ids of a selection that lie in their regions', async () => {
    const mixed = (
      await post(t.http, {
        officeIds: [jiaOffices[0], ids.office['乙区单位']],
        regionIds: [ids.region['甲区'], ids.region['乙区']],
      }).expect(200)
    ).body.id;
    const seen = (await viewer.get(`/api/selections/${mixed}`).expect(200)).body;
    expect(seen.officeIds).toEqual([jiaOffices[0]]);
    expect(seen.regionIds).toEqual([ids.region['甲区']]);
    // Its stats count only the viewer's offices too (乙区单位's 300 never shows).
    expect(await newApplications(viewer, { selection: mixed })).toBe(10);
    expect(await newApplications(t.http, { selection: mixed })).toBe(310);
  });

  it('answers 404 for an unknown selection and 400 for a malformed one', async () => {
    const unknown = selectionId([123_456], []);
    const res = await t.http.get(`/api/selections/${unknown}`).expect(404);
    expect(res.body.message).toMatch(/does not exist.*POST \/api\/selections/);
    await t.http.get('/api/selections/not-an-id').expect(400);
    const stats = await t.http
      .get('/api/stats/summary')
      .query({ ...YEARS, selection: unknown })
      .expect(404);
    expect(stats.body.message).toContain(`selection ${unknown} does not exist`);
    const bad = await t.http.get('/api/stats/summary').query({ selection: 'x' }).expect(400);
    expect(bad.body.message).toMatch(/selection must be an id from POST \/api\/selections/);
  });

  it('keeps the inline lists at 200 ids, pointing to selections', async () => {
    const res = await t.http
      .get('/api/stats/summary')
      .query({ officeIds: jiaOffices.join(',') })
      .expect(400);
    expect(res.body.message).toMatch(
      /officeIds takes at most 200 values \(got 250\).*POST \/api\/selections.*selection=<id>/,
    );
  });

  it('filters every stats endpoint by a selection as by the same lists inline', async () => {
    const id = (await post(t.http, { officeIds: jiaOffices }).expect(200)).body.id;
    expect(await newApplications(t.http, { selection: id })).toBe(70);
    const summary = (await t.http.get('/api/stats/summary').query({ ...YEARS, selection: id }))
      .body;
    expect(summary.filter.selection).toBe(id);
    expect(summary.reports.current).toBe(3);
    expect(summary.coverage.offices).toBe(MANY);
    const inline = jiaOffices.slice(0, 2);
    const small = (await post(t.http, { officeIds: inline }).expect(200)).body.id;
    for (const path of ['summary', 'outcomes', 'coverage']) {
      const [bySelection, byList] = await Promise.all([
        t.http
          .get(`/api/stats/${path}`)
          .query({ ...YEARS, selection: small })
          .expect(200),
        t.http
          .get(`/api/stats/${path}`)
          .query({ ...YEARS, officeIds: inline.join(',') })
          .expect(200),
      ]);
      // The same answer but for the filter echoed back.
      expect({ ...bySelection.body, filter: null }).toEqual({ ...byList.body, filter: null });
    }
    const ranking = (
      await t.http
        .get('/api/stats/ranking')
        .query({ ...YEARS, selection: id, metric: 'applications_new' })
        .expect(200)
    ).body;
    expect(ranking.items.map((item: { current: { value: number } }) => item.current.value)).toEqual(
      [40, 20, 10],
    );
  });

  it('takes a region selection as regionIds (whole subtrees) and intersects with inline lists', async () => {
    const regions = (await post(t.http, { regionIds: [ids.region['甲一街道']] }).expect(200)).body
      .id;
    expect(await newApplications(t.http, { selection: regions })).toBe(10);
    const city = (await post(t.http, { regionIds: [ids.region['选择市']] }).expect(200)).body.id;
    expect(await newApplications(t.http, { selection: city })).toBe(370);
    // Both apply: the city's offices that are also listed inline.
    expect(await newApplications(t.http, { selection: city, officeIds: `${jiaOffices[1]}` })).toBe(
      20,
    );
    expect(
      await newApplications(t.http, { selection: regions, regionIds: `${ids.region['乙区']}` }),
    ).toBeNull();
    const breakdown = (
      await t.http
        .get('/api/stats/breakdown')
        .query({ ...YEARS, selection: city, metrics: 'applications_new', level: 'district' })
        .expect(200)
    ).body;
    expect(
      breakdown.groups.map(
        (g: { name: string; values: { applications_new: { value: number } } }) => [
          g.name,
          g.values.applications_new.value,
        ],
      ),
    ).toEqual([
      ['甲区', 70],
      ['乙区', 300],
    ]);
  });

  it('exports with a selection, naming its offices and the selection in the file', async () => {
    const id = (await post(t.http, { officeIds: jiaOffices }).expect(200)).body.id;
    const csv = await t.http
      .get('/api/exports/data/top-offices')
      .query({ ...YEARS, selection: id, fileFormat: 'csv' })
      .expect(200);
    expect(csv.text).toContain('甲区单位1');
    expect(csv.text).not.toContain('乙区单位');
    await t.http
      .get('/api/exports/data/top-offices')
      .query({ ...YEARS, selection: selectionId([424_242], []), fileFormat: 'csv' })
      .expect(404);
  });
});
