import { Controller, Get, Module } from '@nestjs/common';
import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { DEMO_ACCOUNT } from '../config/app-config';
import { createTestApp, TEST_ADMIN, TEST_PASSWORD, type TestApp } from '../testing/test-app';
import { ACCOUNT_MAX_FAILURES, IP_MAX_FAILURES } from './login-throttle';
import { SESSION_COOKIE } from './session-cookie';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the accounts and sessions tests on PostgreSQL', () => undefined);
  });
}

/** A route someone forgot to declare: the guard must refuse it. */
@Controller('undeclared')
class UndeclaredController {
  @Get()
  secret() {
    return { secret: true };
  }
}

@Module({ controllers: [UndeclaredController] })
class UndeclaredModule {}

describe.each(testDatabaseTypes())('accounts and sessions on %s', (type) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(type, {
      imports: [UndeclaredModule],
      auth: { admin: { username: 'first-admin', password: 'first-admin-pw' } },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const sessions = () => t.db.dataSource.query(`SELECT * FROM "sessions"`);

  it('refuses a route without an access declaration, even to an admin', async () => {
    const res = await t.http.get('/api/undeclared').expect(403);
    expect(res.body.message).toMatch(/未声明访问权限/);
    await t.anonymous().get('/api/undeclared').expect(403);
  });

  it('logs in with an httpOnly SameSite cookie and answers the session with a CSRF token', async () => {
    const agent = t.anonymous();
    expect((await agent.get('/api/auth/session').expect(200)).body).toEqual({
      user: null,
      csrfToken: null,
      demo: false,
    });
    const res = await agent
      .post('/api/auth/login')
      .send({ username: TEST_ADMIN.username, password: TEST_ADMIN.password })
      .expect(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(res.body.user).toMatchObject({ username: 'admin', role: 'admin', isDemo: false });
    expect(res.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = (await agent.get('/api/auth/session').expect(200)).body;
    expect(session.csrfToken).toBe(res.body.csrfToken);
    // The table keeps a hash of the token, never the cookie's value.
    const token = cookie.split(';')[0].split('=')[1];
    expect(JSON.stringify(await sessions())).not.toContain(token);
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt/);
  });

  it('creates the first admin from ADMIN_USERNAME and ADMIN_PASSWORD', async () => {
    const agent = await t.login('first-admin', 'first-admin-pw');
    await agent.get('/api/users').expect(200);
  });

  it('answers a wrong password and an unknown user alike, in Chinese', async () => {
    const wrong = await t
      .anonymous()
      .post('/api/auth/login')
      .send({ username: 'first-admin', password: 'not-it-at-all' })
      .expect(401);
    const unknown = await t
      .anonymous()
      .post('/api/auth/login')
      .send({ username: 'nobody-here', password: 'not-it-at-all' })
      .expect(401);
    expect(wrong.body.message).toBe('用户名或密码错误');
    expect(unknown.body.message).toBe(wrong.body.message);
    await t.anonymous().post('/api/auth/login').send({}).expect(400);
  });

  it('ends the session at logout (a write: it needs the CSRF token)', async () => {
    const agent = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    await agent.post('/api/auth/logout').set('X-CSRF-Token', '').expect(403);
    await agent.get('/api/reports').expect(200);
    await agent.post('/api/auth/logout').expect(200);
    await agent.get('/api/reports').expect(401);
    expect((await agent.get('/api/auth/session').expect(200)).body.user).toBeNull();
  });

  it('expires a session after its lifetime and renews one used past half of it', async () => {
    const { user, http } = await t.userAgent('expiring', 'admin');
    const rows = async () =>
      (await sessions()).filter((row: { user_id: number }) => Number(row.user_id) === user.id);
    const ttl = t.config.auth.sessionTtlMs;

    // Past half its lifetime: the next request renews it and sends the cookie again.
    await t.db.dataSource.query(
      `UPDATE "sessions" SET "expires_at" = ${Date.now() + ttl / 4}` +
        ` WHERE "user_id" = ${user.id}`,
    );
    const renewed = await http.get('/api/reports').expect(200);
    expect(String(renewed.headers['set-cookie'])).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(Number((await rows())[0].expires_at)).toBeGreaterThan(Date.now() + ttl * 0.9);

    await t.db.dataSource.query(
      `UPDATE "sessions" SET "expires_at" = ${Date.now() - 1000} WHERE "user_id" = ${user.id}`,
    );
    await http.get('/api/reports').expect(401);
  });

  it('locks an account after repeated failures, even for the right password, with retry-after', async () => {
    await t.userAgent('locked-user', 'viewer', []);
    const attempt = (password: string) =>
      t.anonymous().post('/api/auth/login').send({ username: 'locked-user', password });
    for (let i = 1; i < ACCOUNT_MAX_FAILURES; i += 1) await attempt('wrong-password').expect(401);
    const locked = await attempt('wrong-password').expect(429);
    expect(locked.body.message).toMatch(/登录失败次数过多，已暂时锁定，请 15 分钟后再试/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    await attempt(TEST_PASSWORD).expect(429);

    // The lock is in the database: it holds after the lock time is moved back, then lifts.
    await t.db.dataSource.query(
      `UPDATE "login_throttle" SET "locked_until" = ${Date.now() - 1}, "window_started_at" = 0 WHERE "key" = 'user:locked-user'`,
    );
    await attempt(TEST_PASSWORD).expect(200);
  });

  it('locks an address after repeated failures on any accounts', async () => {
    await t.db.dataSource.query(`DELETE FROM "login_throttle"`);
    for (let i = 0; i < IP_MAX_FAILURES; i += 1) {
      await t
        .anonymous()
        .post('/api/auth/login')
        .send({ username: `guess-${i}`, password: 'wrong-password' })
        .expect(i === IP_MAX_FAILURES - 1 ? 429 : 401);
    }
    await t
      .anonymous()
      .post('/api/auth/login')
      .send({ username: TEST_ADMIN.username, password: TEST_ADMIN.password })
      .expect(429);
    await t.db.dataSource.query(`DELETE FROM "login_throttle"`);
  });

  describe('users API', () => {
    it('creates, changes, resets and disables accounts; the hash never leaves', async () => {
      const regionId = (
        await t.http.post('/api/regions').send({ name: '用户测试市', level: 'city' }).expect(201)
      ).body.id as number;
      const created = await t.http
        .post('/api/users')
        .send({
          username: 'zhang.san',
          password: 'secret-123',
          role: 'viewer',
          regionIds: [regionId],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        username: 'zhang.san',
        role: 'viewer',
        regionIds: [regionId],
        disabled: false,
      });
      expect(JSON.stringify(created.body)).not.toMatch(/scrypt|secret-123/);
      const id = created.body.id as number;

      await t.http
        .post('/api/users')
        .send({
          username: 'zhang.san',
          password: 'secret-123',
          role: 'viewer',
          regionIds: [regionId],
        })
        .expect(409);
      const noRegion = await t.http
        .post('/api/users')
        .send({ username: 'li.si', password: 'secret-123', role: 'editor' })
        .expect(400);
      expect(noRegion.body.message).toMatch(/至少需要一个地区/);
      await t.http
        .post('/api/users')
        .send({ username: 'wang wu', password: 'short', role: 'nobody' })
        .expect(400);

      const zhang = await t.login('zhang.san', 'secret-123');
      await zhang.post('/api/reports/reparse').send({}).expect(403);
      const changed = await t.http.patch(`/api/users/${id}`).send({ role: 'editor' }).expect(200);
      expect(changed.body.role).toBe('editor');
      // The new role applies at the next request of the existing session.
      expect((await zhang.get('/api/auth/session').expect(200)).body.user.role).toBe('editor');

      await t.http
        .post(`/api/users/${id}/password`)
        .send({ password: 'new-secret-456' })
        .expect(200);
      await zhang.get('/api/reports').expect(401);
      await t.login('zhang.san', 'new-secret-456');

      await t.http.patch(`/api/users/${id}`).send({ disabled: true }).expect(200);
      const refused = await t
        .anonymous()
        .post('/api/auth/login')
        .send({ username: 'zhang.san', password: 'new-secret-456' })
        .expect(401);
      expect(refused.body.message).toMatch(/已停用/);

      const list = (await t.http.get('/api/users').expect(200)).body.items;
      expect(list.map((user: { username: string }) => user.username)).toContain('zhang.san');
      expect(JSON.stringify(list)).not.toMatch(/scrypt/);
    });

    it('keeps an admin from demoting or disabling themselves', async () => {
      const me = (await t.http.get('/api/auth/session').expect(200)).body.user;
      await t.http.patch(`/api/users/${me.id}`).send({ role: 'viewer' }).expect(409);
      await t.http.patch(`/api/users/${me.id}`).send({ disabled: true }).expect(409);
    });
  });

  it('refuses demo login while demo mode is off', async () => {
    await t.anonymous().post('/api/auth/demo-login').expect(404);
  });
});

describe.each(testDatabaseTypes())('the demo account on %s', (type) => {
  let t: TestApp;
  afterEach(async () => {
    await t?.close();
  });

  it('logs in as the documented demo admin while DEMO_DATA=on', async () => {
    t = await createTestApp(type, { demoData: true, auth: { cookieSecure: true } });
    const agent = t.anonymous();
    expect((await agent.get('/api/auth/session').expect(200)).body.demo).toBe(true);
    const res = await agent.post('/api/auth/demo-login').expect(200);
    expect(res.body.user).toMatchObject({
      username: DEMO_ACCOUNT.username,
      role: 'admin',
      isDemo: true,
    });
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/);
    // Its documented password works too (the README names it).
    await t.login(DEMO_ACCOUNT.username, DEMO_ACCOUNT.password);
  });
});
