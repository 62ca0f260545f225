import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { DEMO_ACCOUNT } from '../config/app-config';
import { seedStats } from '../stats/stats.seed';
import { createTestApp, type TestApp } from '../testing/test-app';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the boot tests on PostgreSQL', () => undefined);
  });
}

const REGIONS = [
  { name: '某省', parent: null, level: 'province' },
  { name: '甲市', parent: '某省', level: 'city' },
  { name: '乙市', parent: '某省', level: 'city' },
] as const;
const OFFICES = [
  { name: '东兴街道办事处', kind: 'street', region: '甲市' },
  { name: '西城街道办事处', kind: 'street', region: '乙市' },
] as const;
const figures = { applications_handled: 3 };
const REPORTS = [
  { office: '东兴街道办事处', year: 2022, format: '2021', figures },
  { office: '东兴街道办事处', year: 2024, format: '2021', figures },
  { office: '西城街道办事处', year: 2020, format: '2019', figures },
] as const;

describe.each(testDatabaseTypes())('GET /api/boot on %s', (type) => {
  let t: TestApp;
  let regionA: number;
  beforeAll(async () => {
    t = await createTestApp(type);
    const ids = await seedStats(t.db, REGIONS, OFFICES, REPORTS);
    regionA = ids.region['甲市'];
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('tells an anonymous caller only that nobody is logged in, and is never cached', async () => {
    const res = await t.anonymous().get('/api/boot').expect(200);
    expect(res.body).toEqual({
      session: { user: null, csrfToken: null, demo: false },
      years: null,
      regions: null,
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers the session, the years and the regions exactly as their own routes do', async () => {
    const [boot, session, years, regions] = await Promise.all(
      ['/api/boot', '/api/auth/session', '/api/stats/years', '/api/regions'].map((url) =>
        t.http.get(url).expect(200),
      ),
    );
    expect(boot.body.session).toEqual(session.body);
    expect(boot.body.years).toEqual(years.body.years);
    expect(boot.body.years).toEqual([2020, 2022, 2024]);
    expect(boot.body.regions).toEqual(regions.body);
  });

  it("gives a viewer only their regions' years and tree, nothing of the region beside", async () => {
    const viewer = await t.userAgent('boot-viewer', 'viewer', [regionA]);
    const boot = (await viewer.http.get('/api/boot').expect(200)).body;
    expect(boot.session.user).toMatchObject({ username: 'boot-viewer', role: 'viewer' });
    expect(boot.years).toEqual([2022, 2024]);
    expect(boot.regions).toEqual((await viewer.http.get('/api/regions').expect(200)).body);
    expect(JSON.stringify(boot)).not.toContain('乙市');
  });
});

describe.each(testDatabaseTypes())('GET /api/boot in demo mode on %s', (type) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(type, { demoData: true });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('logs a caller without a session in as the demo account, then keeps that session', async () => {
    const agent = t.anonymous();
    const first = await agent.get('/api/boot').expect(200);
    expect(String(first.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(first.body.session).toMatchObject({
      user: { username: DEMO_ACCOUNT.username, isDemo: true },
      demo: true,
    });
    expect(first.body.session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.body.years).toEqual([]);
    expect(first.body.regions).toEqual((await agent.get('/api/regions').expect(200)).body);

    const again = await agent.get('/api/boot').expect(200);
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(again.body.session).toEqual(first.body.session);
    // The session works for writes with the token it came with.
    await agent
      .post('/api/auth/logout')
      .set('X-CSRF-Token', first.body.session.csrfToken)
      .expect(200);
  });
});
