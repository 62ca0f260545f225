import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../testing/test-app';

describe('web app hosting', () => {
  let t: TestApp;
  let folder: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ogi-web-'));
    const webRoot = join(folder, 'web');
    const assets = join(webRoot, 'assets');
    mkdirSync(assets, { recursive: true });
    writeFileSync(join(folder, 'secret.js'), 'not for the web');
    writeFileSync(join(folder, 'secret.js.br'), brotliCompressSync('not for the web'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>OGI</title>');
    writeFileSync(join(assets, 'app-1a2b.js'), 'console.log("plain");');
    // Different texts, so each test sees which of the three files was sent.
    writeFileSync(join(assets, 'app-1a2b.js.br'), brotliCompressSync('console.log("br");'));
    writeFileSync(join(assets, 'app-1a2b.js.gz'), gzipSync('console.log("gzip");'));
    writeFileSync(join(assets, 'small-3c4d.css'), 'a{}');
    t = await createTestApp('sqlite', { webRoot });
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves index.html at / and the assets by name', async () => {
    await t.http
      .get('/')
      .expect(200)
      .expect(/<title>OGI<\/title>/);
    await t.http
      .get('/assets/app-1a2b.js')
      .set('Accept-Encoding', 'identity')
      .expect(200)
      .expect(/console\.log\("plain"\)/);
  });

  it('falls back to index.html for client-side routes', async () => {
    await t.http
      .get('/reports/2021')
      .set('Accept', 'text/html')
      .expect(200)
      .expect(/<title>OGI<\/title>/);
  });

  it('keeps unknown /api routes as JSON 404s', async () => {
    const res = await t.http.get('/api/nope').set('Accept', 'text/html').expect(404);
    expect(res.body.statusCode).toBe(404);
  });

  it('sends the brotli file to a browser that accepts it, typed as the script it is', async () => {
    const res = await t.http
      .get('/assets/app-1a2b.js')
      .set('Accept-Encoding', 'gzip, deflate, br, zstd')
      .expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
    expect(res.text).toBe('console.log("br");');
  });

  it('sends the gzip file when brotli is not accepted', async () => {
    const res = await t.http.get('/assets/app-1a2b.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.text).toBe('console.log("gzip");');
  });

  it('sends the plain file, marked as varying, when no encoding is accepted', async () => {
    const res = await t.http
      .get('/assets/app-1a2b.js')
      .set('Accept-Encoding', 'identity')
      .expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/Accept-Encoding/);
  });

  it('sends the plain file when the build wrote no compressed one', async () => {
    const res = await t.http
      .get('/assets/small-3c4d.css')
      .set('Accept-Encoding', 'gzip, br')
      .expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['content-type']).toMatch(/^text\/css/);
    expect(res.text).toBe('a{}');
  });

  it('lets browsers keep assets for a year, but not index.html', async () => {
    for (const encoding of ['br', 'identity']) {
      const res = await t.http
        .get('/assets/app-1a2b.js')
        .set('Accept-Encoding', encoding)
        .expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const index = await t.http.get('/').expect(200);
    expect(index.headers['cache-control']).not.toMatch(/immutable|max-age=[1-9]/);
  });

  it('answers a missing asset with 404 and never a file outside the assets', async () => {
    await t.http.get('/assets/nope-0000.js').set('Accept-Encoding', 'br').expect(404);
    for (const encoding of ['br', 'identity']) {
      const res = await t.http
        .get('/assets/..%2f..%2fsecret.js')
        .set('Accept-Encoding', encoding)
        .set('Accept', 'text/javascript');
      expect([403, 404]).toContain(res.status);
      expect(res.text).not.toMatch(/not for the web/);
    }
  });
});
