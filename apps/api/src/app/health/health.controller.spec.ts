import { createTestApp, type TestApp } from '../testing/test-app';

describe('GET /api/health', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 200 with status, version, uptime and the database up', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toEqual({
      status: 'ok',
      version: expect.any(String),
      uptimeSeconds: expect.any(Number),
      database: { type: 'sqlite', status: 'up' },
    });
    expect(res.body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('is only served under the /api prefix', async () => {
    await t.http.get('/health').expect(404);
  });

  it('answers 503 when the database is gone', async () => {
    const other = await createTestApp('sqlite');
    await other.db.dataSource.destroy();
    const res = await other.http.get('/api/health').expect(503);
    expect(res.body.status).toBe('error');
    expect(res.body.database.status).toBe('down');
    await other.close();
  });
});

describe('OpenAPI docs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('are refused (401) without a login, whatever the spelling of the path', async () => {
    for (const path of [
      '/api/docs',
      '/api/docs/',
      '/api/docs/swagger-ui-init.js',
      '/api/docs-json',
      '/api/docs-yaml',
      '/API/Docs-JSON',
    ]) {
      const res = await t.anonymous().get(path);
      expect([path, res.status]).toEqual([path, 401]);
      expect(res.text).not.toMatch(/swagger|openapi/i);
    }
  });

  it('are served to any logged-in role', async () => {
    const viewer = await t.userAgent('docs-viewer', 'viewer');
    await viewer.http
      .get('/api/docs/')
      .expect(200)
      .expect(/swagger/i);
    await viewer.http.get('/api/docs-json').expect(200);
  });

  it('are served at /api/docs with the reports endpoints in /api/docs-json', async () => {
    await t.http
      .get('/api/docs')
      .expect(200)
      .expect(/swagger/i);
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/reports',
        '/api/reports/{id}',
        '/api/reports/{id}/original',
      ]),
    );
  });
});
