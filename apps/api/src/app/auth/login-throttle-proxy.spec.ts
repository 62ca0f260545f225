import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import type { TrustProxy } from '../config/trust-proxy';
import { createTestApp, TEST_ADMIN, type TestApp } from '../testing/test-app';
import { IP_MAX_FAILURES } from './login-throttle';

// Behind a reverse proxy every request comes from the proxy's address: with TRUST_PROXY the
// login lockout counts per client named in X-Forwarded-For, without it the header is ignored.

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the proxy lockout tests on PostgreSQL', () => undefined);
  });
}

const CLIENT = '203.0.113.7';
const OTHER_CLIENT = '198.51.100.20';

describe.each(testDatabaseTypes())('login lockout behind a proxy on %s', (type) => {
  const apps: TestApp[] = [];
  const start = async (trustProxy: TrustProxy) => {
    const t = await createTestApp(type, { trustProxy });
    apps.push(t);
    return t;
  };
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  const login = (t: TestApp, forwardedFor: string, username: string, password: string) =>
    t
      .anonymous()
      .post('/api/auth/login')
      .set('X-Forwarded-For', forwardedFor)
      .send({ username, password });
  const failFrom = async (t: TestApp, forwardedFor: (i: number) => string) => {
    const statuses: number[] = [];
    for (let i = 0; i < IP_MAX_FAILURES; i += 1) {
      statuses.push((await login(t, forwardedFor(i), `guess-${i}`, 'wrong-password')).status);
    }
    return statuses;
  };
  const lockedKeys = async (t: TestApp) =>
    (
      (await t.db.dataSource.query(
        `SELECT "key" FROM "login_throttle" WHERE "locked_until" IS NOT NULL AND "key" LIKE 'ip:%'`,
      )) as { key: string }[]
    ).map((row) => row.key);

  it('with TRUST_PROXY=1 locks the client named in X-Forwarded-For, not everyone behind the proxy', async () => {
    const t = await start(1);
    const statuses = await failFrom(t, () => `${OTHER_CLIENT}, ${CLIENT}`);
    expect(statuses.at(-1)).toBe(429);
    expect(await lockedKeys(t)).toEqual([`ip:${CLIENT}`]);
    await login(t, CLIENT, TEST_ADMIN.username, TEST_ADMIN.password).expect(429);
    await login(t, OTHER_CLIENT, TEST_ADMIN.username, TEST_ADMIN.password).expect(200);
  });

  it('without TRUST_PROXY ignores X-Forwarded-For: a client cannot pick a fresh address per guess', async () => {
    const t = await start(false);
    const statuses = await failFrom(t, (i) => `192.0.2.${i + 1}`);
    expect(statuses.at(-1)).toBe(429);
    const keys = await lockedKeys(t);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toMatch(/192\.0\.2\./);
    await login(t, OTHER_CLIENT, TEST_ADMIN.username, TEST_ADMIN.password).expect(429);
  });
});
