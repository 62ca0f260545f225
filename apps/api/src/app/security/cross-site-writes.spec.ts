import { DEMO_ACCOUNT } from '../config/app-config';
import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { createTestApp, TEST_ADMIN, type TestApp } from '../testing/test-app';

const EVIL = 'https://evil.example';
const CROSS_SITE_MESSAGE = /^拒绝来自其他网站的请求/;

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the cross-site write tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('writes from other sites on %s', (type) => {
  let t: TestApp;
  const login = () => t.anonymous().post('/api/auth/login');
  const credentials = { username: TEST_ADMIN.username, password: TEST_ADMIN.password };
  const whoIsIn = async (agent: ReturnType<TestApp['anonymous']>) =>
    (await agent.get('/api/auth/session').expect(200)).body.user?.username ?? null;

  beforeAll(async () => {
    t = await createTestApp(type, {
      demoData: true,
      allowedOrigins: ['https://admin.example.org'],
      trustProxy: ['loopback'],
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('login', () => {
    it('refuses a form-encoded body with 415 and logs nobody in', async () => {
      const agent = t.anonymous();
      const res = await agent.post('/api/auth/login').type('form').send(credentials).expect(415);
      expect(res.body.message).toMatch(/^请求体须为 JSON/);
      expect(await whoIsIn(agent)).toBeNull();
    });

    it('refuses a text/plain body with 415', async () => {
      await login().set('Content-Type', 'text/plain').send(JSON.stringify(credentials)).expect(415);
    });

    it('refuses JSON sent from another site, by Origin, with 403 and logs nobody in', async () => {
      const agent = t.anonymous();
      const res = await agent
        .post('/api/auth/login')
        .set('Origin', EVIL)
        .send(credentials)
        .expect(403);
      expect(res.body.message).toMatch(CROSS_SITE_MESSAGE);
      expect(res.body.message).toContain(EVIL);
      expect(await whoIsIn(agent)).toBeNull();
    });

    it('refuses Origin null (a sandboxed frame) and a made-up origin with a path', async () => {
      await login().set('Origin', 'null').send(credentials).expect(403);
      await login()
        .set('Host', 'ogi.local')
        .set('Origin', 'http://ogi.local/x')
        .send(credentials)
        .expect(403);
    });

    it('refuses a request without Origin whose Sec-Fetch-Site names another site', async () => {
      const res = await login().set('Sec-Fetch-Site', 'cross-site').send(credentials).expect(403);
      expect(res.body.message).toContain('Sec-Fetch-Site: cross-site');
      await login().set('Sec-Fetch-Site', 'same-site').send(credentials).expect(403);
    });

    it('accepts the app’s own origin, default port written out or not', async () => {
      await login()
        .set('Host', 'ogi.local:8080')
        .set('Origin', 'http://ogi.local:8080')
        .send(credentials)
        .expect(200);
      await login()
        .set('Host', 'ogi.local:80')
        .set('Origin', 'http://ogi.local')
        .send(credentials)
        .expect(200);
      await login().set('Sec-Fetch-Site', 'same-origin').send(credentials).expect(200);
    });

    it('refuses the same host on another port, and a look-alike host', async () => {
      await login()
        .set('Host', 'ogi.local:8080')
        .set('Origin', 'http://ogi.local:9090')
        .send(credentials)
        .expect(403);
      await login()
        .set('Host', 'ogi.local')
        .set('Origin', 'http://ogi.local.evil.example')
        .send(credentials)
        .expect(403);
    });

    it('accepts an origin listed in ALLOWED_ORIGINS', async () => {
      await login().set('Origin', 'https://admin.example.org').send(credentials).expect(200);
    });

    it('takes the host from X-Forwarded-Host of a trusted proxy', async () => {
      // The test client connects over loopback, which this app trusts (see below for one that does not).
      await login()
        .set('X-Forwarded-Host', 'ogi.example.org')
        .set('Origin', 'https://ogi.example.org')
        .send(credentials)
        .expect(200);
    });

    it('accepts JSON without Origin or Sec-Fetch-Site (curl, the CLI, other servers)', async () => {
      await login().send(credentials).expect(200);
    });
  });

  it('refuses demo login from another site, so no page elsewhere logs its visitor in as the demo admin', async () => {
    const agent = t.anonymous();
    await agent.post('/api/auth/demo-login').set('Origin', EVIL).expect(403);
    expect(await whoIsIn(agent)).toBeNull();
    await agent.post('/api/auth/demo-login').set('Sec-Fetch-Site', 'cross-site').expect(403);
    expect(await whoIsIn(agent)).toBeNull();
    await agent.post('/api/auth/demo-login').expect(200);
    expect(await whoIsIn(agent)).toBe(DEMO_ACCOUNT.username);
  });

  describe('logged-in writes', () => {
    it('refuses a write with the CSRF token from another site', async () => {
      const res = await t.http
        .post('/api/regions')
        .set('Origin', EVIL)
        .send({ name: '跨站市', level: 'city' })
        .expect(403);
      expect(res.body.message).toMatch(CROSS_SITE_MESSAGE);
      const regions = (await t.http.get('/api/regions').expect(200)).body;
      expect(JSON.stringify(regions)).not.toContain('跨站市');
    });

    it('refuses PATCH and DELETE from another site too', async () => {
      await t.http.patch('/api/regions/1').set('Origin', EVIL).send({ name: 'x' }).expect(403);
      await t.http.delete('/api/regions/1').set('Origin', EVIL).expect(403);
    });

    it('refuses a form-encoded or text body on a JSON route with 415', async () => {
      await t.http
        .post('/api/regions')
        .type('form')
        .send({ name: '表单市', level: 'city' })
        .expect(415);
      await t.http
        .post('/api/regions')
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify({ name: '文本市', level: 'city' }))
        .expect(415);
    });

    it('refuses a body without a type with 415', async () => {
      await t.http
        .post('/api/regions')
        .set('Content-Length', '2')
        .serialize(() => '{}')
        .unset('Content-Type')
        .send('{}')
        .expect(415);
    });

    it('refuses multipart on a route that takes no files', async () => {
      await t.http.post('/api/regions').field('name', '表单市').field('level', 'city').expect(415);
    });

    it('accepts multipart where files are uploaded, and writes without a body', async () => {
      const upload = await t.http
        .post('/api/reports')
        .attach('files', Buffer.from('不是年报\n'), 'a.txt')
        .expect(200);
      expect(upload.body.results[0].status).toBe('failed');
      await t.http.post('/api/regions').send({ name: '同站市', level: 'city' }).expect(201);
    });

    it('lets reads from other sites through (they carry no change)', async () => {
      await t.http.get('/api/regions').set('Origin', EVIL).expect(200);
    });
  });
});

describe('writes through an untrusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ignore X-Forwarded-Host without TRUST_PROXY: a client cannot name its own origin as the host', async () => {
    const res = await t
      .anonymous()
      .post('/api/auth/login')
      .set('X-Forwarded-Host', 'evil.example')
      .set('Origin', 'https://evil.example')
      .send({ username: TEST_ADMIN.username, password: TEST_ADMIN.password })
      .expect(403);
    expect(res.body.message).toMatch(CROSS_SITE_MESSAGE);
  });
});
