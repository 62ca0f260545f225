import { makePdf, showText } from '@ogi/report-extract/testing';
import { strToU8, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { createTestApp, fixture, type TestApp } from '../testing/test-app';

const DONGXING = 'corpus/sample-dongxing-2025.txt';
const MB = 1024 * 1024;

/** The same report with other bytes (a trailing line), so it is not a duplicate. */
function variant(tag: string): string {
  return `${fixture(DONGXING).toString('utf8')}\n${tag}\n`;
}

/** Deterministic noise: no text encoding reads it. */
function garbage(length: number): Buffer {
  let state = 12345;
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

interface Upload {
  name: string;
  bytes: Buffer | Uint8Array;
}

/**
 * The hostile-file suite: every file here is refused or read with a clear message naming it, no
 * request crashes the server, and /api/health answers afterwards. Limits are checked before
 * anything is stored, so SQLite alone is enough.
 */
describe('hostile and broken uploads', () => {
  let t: TestApp;

  function upload(files: Upload[]) {
    const req = t.http.post('/api/reports');
    for (const file of files) req.attach('files', Buffer.from(file.bytes), file.name);
    return req;
  }

  async function uploadOne(file: Upload) {
    const res = await upload([file]).expect(200);
    expect(res.body.results).toHaveLength(1);
    return res.body.results[0];
  }

  async function expectHealthy() {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
  }

  beforeAll(async () => {
    t = await createTestApp('sqlite', {
      upload: { maxFileBytes: 50 * MB, maxRequestBytes: 60 * MB },
      read: { pdfMaxPages: 300, timeoutMs: 8000 },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a zip bomb without expanding it', async () => {
    const bomb = zipSync({ 'zeros.txt': new Uint8Array(64 * MB) }, { level: 1 });
    expect(bomb.length).toBeLessThan(MB);
    const result = await uploadOne({ name: 'bomb.zip', bytes: bomb });
    expect(result.status).toBe('failed');
    expect(result.error.code).toBe('archive_too_large');
    expect(result.error.message).toBe(
      'bomb.zip: entry zeros.txt expands to 64 MB, more than the limit of 50 MB per file; the ZIP archive was refused, nothing in it was read',
    );
    expect(result.error.messageZh).toContain('bomb.zip：其中的 zeros.txt 解压后为 64 MB');
    await expectHealthy();
  }, 60_000);

  it('reads a ZIP inside a ZIP as a file, never expanding it again', async () => {
    const inner = zipSync({ 'zeros.txt': new Uint8Array(4 * MB) }, { level: 9 });
    const outer = zipSync({ 'inner.zip': inner, 'report.txt': strToU8(variant('nested')) });
    const res = await upload([{ name: 'outer.zip', bytes: outer }]).expect(200);
    const byFile = Object.fromEntries(
      res.body.results.map((r: { file: string }) => [r.file, r]),
    ) as Record<string, { status: string; error: { code: string; message: string } | null }>;
    expect(byFile['outer.zip/report.txt'].status).toBe('created');
    expect(byFile['outer.zip/inner.zip'].status).toBe('failed');
    expect(byFile['outer.zip/inner.zip'].error?.code).toBe('unsupported_kind');
    expect(byFile['outer.zip/inner.zip'].error?.message).toContain(
      'outer.zip/inner.zip: looks like a ZIP archive too large to open (entry zeros.txt is compressed more than 200:1',
    );
  });

  it('refuses a 100 MB file with 413, naming it, and stores nothing', async () => {
    const res = await upload([{ name: 'huge.txt', bytes: Buffer.alloc(100 * MB, 0x41) }]).expect(
      413,
    );
    expect(res.body.message).toContain(
      'huge.txt: the file is larger than the upload limit of 52428800 bytes (MAX_UPLOAD_BYTES)',
    );
    await expectHealthy();
  }, 90_000);

  it('refuses a request whose files together pass the per-request limit', async () => {
    const res = await upload([
      { name: 'a.txt', bytes: Buffer.alloc(35 * MB, 0x41) },
      { name: 'b.txt', bytes: Buffer.alloc(35 * MB, 0x42) },
    ]).expect(413);
    expect(res.body.message).toContain(
      'b.txt: the files of this upload together pass the limit of 62914560 bytes per request (MAX_UPLOAD_REQUEST_BYTES)',
    );
  }, 90_000);

  it('refuses deeply nested HTML at once', async () => {
    const depth = 200_000;
    const html = `<html><body>${'<div>'.repeat(depth)}x${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    const result = await uploadOne({ name: 'deep.html', bytes: strToU8(html) });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).toBe('failed');
    expect(result.error).toMatchObject({
      code: 'too_large',
      message: 'deep.html: the HTML nests elements more than 2000 levels deep; refused',
    });
    await expectHealthy();
  });

  it('never takes a script in the office name for an office, and serves the original sandboxed', async () => {
    const evil = '<img src=x onerror=alert(1)>东兴街道办事处';
    const text = variant('script').replace('东兴街道办事处', evil);
    const escaped = (line: string) =>
      line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const html = `<html><head><title>x</title><script>alert(2)</script></head><body>${text
      .split('\n')
      .map((line) => `<p>${escaped(line)}</p>`)
      .join('')}</body></html>`;
    const result = await uploadOne({ name: 'evil.html', bytes: strToU8(html) });
    // The parser reads no office from markup: the file waits for its office, nothing is named so.
    expect(result.status).toBe('needs_input');
    expect(result.error.code).toBe('office_not_stated');
    const offices = (await t.http.get('/api/offices?q=img').expect(200)).body;
    expect(offices.total).toBe(0);
    const original = await t.http
      .get(`/api/reports/${result.reportId}/original`)
      .expect(200);
    expect(original.headers['content-security-policy']).toContain('sandbox');
    expect(original.headers['content-disposition']).toMatch(/^attachment/);
    expect(original.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses a PDF with thousands of pages, one that never finishes, and a broken one; then reads a good PDF', async () => {
    const pages = Array.from({ length: 1000 }, (_, i) => showText(72, 700, `page ${i}`));
    const many = await uploadOne({ name: 'many.pdf', bytes: makePdf(pages) });
    expect(many.error).toMatchObject({
      code: 'too_large',
      message: 'many.pdf: the PDF has 1000 pages, more than allowed (1000 pages (limit 300))',
    });

    // About half a minute of pdf.js work: far past the limit on any machine.
    const heavy = Array.from({ length: 40 }, (_, p) =>
      Array.from({ length: 20_000 }, (_, i) =>
        showText(50 + (i % 40) * 12, 50 + (i % 60) * 12, `${p}-${i}`, 6),
      ).join('\n'),
    );
    const slow = await uploadOne({ name: 'slow.pdf', bytes: makePdf(heavy) });
    expect(slow.error).toMatchObject({
      code: 'timeout',
      message: 'slow.pdf: reading the PDF took longer than 8000 ms and was stopped',
    });

    const cut = makePdf([showText(72, 700, 'hello')]).slice(0, 300);
    const broken = await uploadOne({ name: 'broken.pdf', bytes: cut });
    expect(broken.error.code).toBe('corrupt');
    expect(broken.error.message).toMatch(/^broken\.pdf: the PDF is damaged and could not be read/);

    // The stopped worker was replaced: a real report still reads.
    const good = await uploadOne({ name: 'full-2019.pdf', bytes: fixture('office/full-2019.pdf') });
    expect(good.status).toBe('created');
    await expectHealthy();
  }, 120_000);

  it('reads GB18030 and UTF-16 text reports', async () => {
    const gb = await uploadOne({
      name: 'gb18030.txt',
      bytes: iconv.encode(variant('gb18030'), 'gb18030'),
    });
    const utf16 = await uploadOne({
      name: 'utf16.txt',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(variant('utf16'), 'utf16le')]),
    });
    for (const result of [gb, utf16]) {
      expect(result.status).toBe('new_version');
      expect(result.office.name).toBe('东兴街道办事处');
      expect(result.year).toBe(2025);
    }
  });

  it('refuses binary garbage named .txt as not text', async () => {
    const result = await uploadOne({ name: 'garbage.txt', bytes: garbage(200_000) });
    expect(result.status).toBe('failed');
    expect(result.error.code).toBe('unsupported_kind');
    expect(result.error.message).toBe(
      'garbage.txt: looks like binary data, not text; only text (.txt/.md), HTML, DOCX and PDF reports can be read',
    );
  });

  it('never uses a file name as a path: traversal names are labels without folders', async () => {
    const single = await uploadOne({ name: '../../etc/passwd.txt', bytes: strToU8(variant('a')) });
    expect(single.file).toBe('passwd.txt');
    const archive = zipSync({
      '../../../tmp/evil.txt': strToU8(variant('b')),
      'C:\\Windows\\system.ini': strToU8('x'),
    });
    const res = await upload([{ name: '..\\up.zip', bytes: archive }]).expect(200);
    expect(res.body.results.map((r: { file: string }) => r.file).sort()).toEqual([
      'up.zip/Windows/system.ini',
      'up.zip/tmp/evil.txt',
    ]);
    await expectHealthy();
  });

  it('answers hostile filter and sort parameters with 400 naming them, never 500', async () => {
    const paths = [
      '/api/stats/summary?yearTo=2024;DROP TABLE reports',
      '/api/stats/ranking?metric=disclosure_rate&order=sideways',
      '/api/stats/ranking?metric=1%27%20OR%201=1--',
      '/api/stats/series?metrics=applications_new&regionIds=1,2,abc',
      `/api/stats/matrix?metric=applications_new&pageSize=${'9'.repeat(400)}`,
      '/api/stats/breakdown?metrics=applications_new&groupBy=__proto__',
      '/api/reports?year=2024&year=2025',
      '/api/reports?status[$ne]=ok',
      '/api/offices?limit=-1&sort=name',
    ];
    for (const path of paths) {
      const res = await t.http.get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(typeof res.body.message === 'string' || Array.isArray(res.body.message)).toBe(true);
    }
    await expectHealthy();
  });
});
