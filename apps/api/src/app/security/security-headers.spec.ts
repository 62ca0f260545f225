import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../testing/test-app';
import { APP_CSP } from './security-headers';

describe('security headers', () => {
  let t: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'ogi-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>');
    t = await createTestApp('sqlite', { webRoot });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  function expectHardened(headers: Record<string, string>, csp = APP_CSP) {
    expect(headers['content-security-policy']).toBe(csp);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-powered-by']).toBeUndefined();
  }

  it('are on API answers, errors included', async () => {
    expectHardened((await t.http.get('/api/health').expect(200)).headers);
    expectHardened((await t.http.get('/api/reports/abc').expect(400)).headers);
    expectHardened((await t.http.get('/api/nothing-here').expect(404)).headers);
  });

  it('are on the web app and its SPA fallback, with a policy that forbids inline script and framing', async () => {
    const page = await t.http.get('/').expect(200);
    expectHardened(page.headers);
    expectHardened((await t.http.get('/compare').set('Accept', 'text/html')).headers);
    expect(APP_CSP).toContain("script-src 'self';");
    expect(APP_CSP).toContain("frame-ancestors 'none'");
    expect(APP_CSP).toContain("img-src 'self' data: blob:");
  });

  it('let only the OpenAPI page run its inline bootstrap script', async () => {
    const docs = await t.http.get('/api/docs/').expect(200);
    expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(docs.headers['x-frame-options']).toBe('DENY');
  });
});
