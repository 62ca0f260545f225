import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { bufferIo } from '../testing/buffer-io';
import { ingestCommand } from './ingest';

const CORPUS = join(__dirname, '../../../../libs/report-extract/src/fixtures/corpus');
const DONGXING = readFileSync(join(CORPUS, 'sample-dongxing-2025.txt'));
const QIJIAZI = readFileSync(join(CORPUS, 'changtu-qijiazi-2023.txt'));
const WENDENG = readFileSync(join(CORPUS, 'wendeng-flipbook-audit-2020-p9.txt')); // no office

describe('cli ingest', () => {
  let dir: string;
  let db: string;

  async function ingest(...args: string[]) {
    const io = bufferIo();
    const code = await ingestCommand.run([...args, '--db', db], io);
    return { code, out: io.out(), err: io.err() };
  }

  function write(path: string, bytes: Buffer | string): string {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, bytes);
    return full;
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ogi-cli-ingest-'));
    db = join(dir, 'db', 'ogi.sqlite');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores a scan as processing and, with OCR_WORKERS=0, leaves its job to the api', async () => {
    const photo = await sharp({
      create: { width: 60, height: 80, channels: 3, background: '#ffffff' },
    })
      .png()
      .toBuffer();
    write('in/photo.png', photo);
    const before = process.env['OCR_WORKERS'];
    process.env['OCR_WORKERS'] = '0';
    try {
      const { code, out } = await ingest(join(dir, 'in'), '--json');
      expect(code).toBe(0);
      const output = JSON.parse(out);
      expect(output.counts.processing).toBe(1);
      expect(output.results[0]).toMatchObject({
        status: 'processing',
        ocr: { status: 'queued', pagesDone: 0, pagesTotal: 1 },
      });
    } finally {
      if (before === undefined) delete process.env['OCR_WORKERS'];
      else process.env['OCR_WORKERS'] = before;
    }
  });

  it('walks folders recursively, skips hidden files, and answers each status in the JSON output', async () => {
    write('in/a/dongxing.txt', DONGXING);
    write('in/a/b/dongxing-copy.txt', DONGXING);
    write('in/a/b/dongxing-corrected.txt', Buffer.concat([DONGXING, Buffer.from('\n更正\n')]));
    write('in/wendeng.txt', WENDENG);
    write('in/notice.txt', '关于召开年度工作会议的通知\n');
    write('in/.hidden/qijiazi.txt', QIJIAZI);
    write('in/.DS_Store', 'x');
    symlinkSync(join(dir, 'in/notice.txt'), join(dir, 'in/notice-link.txt'));

    const { code, out, err } = await ingest(join(dir, 'in'), '--json');
    expect(code).toBe(1);
    expect(err).toBe('');
    const output = JSON.parse(out);
    expect(output.counts).toEqual({
      created: 1,
      new_version: 1,
      duplicate: 2,
      needs_input: 1,
      failed: 1,
      processing: 0,
    });
    const statusOf = Object.fromEntries(
      output.results.map((result: { file: string; status: string }) => [
        result.file.slice(join(dir, 'in').length + 1),
        result.status,
      ]),
    );
    expect(statusOf).toEqual({
      'a/b/dongxing-copy.txt': 'created',
      'a/b/dongxing-corrected.txt': 'new_version',
      'a/dongxing.txt': 'duplicate',
      'notice-link.txt': 'failed',
      'notice.txt': 'duplicate',
      'wendeng.txt': 'needs_input',
    });
  });

  it('prints a table of counts and one line per file that failed or needs input', async () => {
    write('in/dongxing.txt', DONGXING);
    write('in/wendeng.txt', WENDENG);
    write('in/notice.txt', '关于召开年度工作会议的通知\n');
    const { code, out } = await ingest(join(dir, 'in'));
    expect(code).toBe(1);
    expect(out).toMatch(
      /^status +files\ncreated +1\nnew_version +0\nduplicate +0\nneeds_input +1\nfailed +1\nprocessing +0\ntotal +3 /,
    );
    expect(out).toContain(
      `failed       ${join(dir, 'in/notice.txt')}  [not_a_report] no report table found`,
    );
    expect(out).toContain(
      `needs_input  ${join(dir, 'in/wendeng.txt')}  [office_not_stated] the report does not state its office`,
    );
  });

  it('exits 0 when nothing failed, and answers duplicates on a second run', async () => {
    const file = write('dongxing.txt', DONGXING);
    expect((await ingest(file)).code).toBe(0);
    const again = await ingest(file, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out).counts.duplicate).toBe(1);
  });

  it('applies --year and --office to every file', async () => {
    const first = await ingest(write('dongxing.txt', DONGXING), '--json');
    const officeId = JSON.parse(first.out).results[0].office.id;
    const { code, out } = await ingest(
      write('wendeng.txt', WENDENG),
      '--office',
      String(officeId),
      '--year',
      '2020',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0]).toMatchObject({
      status: 'created',
      year: 2020,
      office: { id: officeId },
    });
  });

  it('parses in worker threads with the same results as in the main thread', async () => {
    write('in/dongxing.txt', DONGXING);
    write('in/qijiazi.txt', QIJIAZI);
    write('in/wendeng.txt', WENDENG);
    const inWorkers = await ingest(join(dir, 'in'), '--workers', '2', '--json');
    db = join(dir, 'db', 'in-main-thread.sqlite');
    const inMainThread = await ingest(join(dir, 'in'), '--workers', '0', '--json');
    expect(inWorkers.code).toBe(0);
    const results = JSON.parse(inWorkers.out).results;
    expect(results.map((result: { status: string }) => result.status)).toEqual([
      'created',
      'created',
      'needs_input',
    ]);
    expect(results).toEqual(JSON.parse(inMainThread.out).results);
  }, 30_000);

  it('rejects bad usage with exit code 2 and says what is wrong', async () => {
    const file = write('dongxing.txt', DONGXING);
    const cases: [string[], string][] = [
      [[], 'name at least one file or folder'],
      [[file, '--year', '1999'], '--year must be a whole number from 2000 to 2100 (got "1999")'],
      [[file, '--nope'], 'unknown option --nope'],
      [[file, '--office'], '--office needs a value'],
      [[join(dir, 'missing')], `${join(dir, 'missing')}: no such file or folder`],
      [[file, '--office', '42'], 'officeId 42: no such office; nothing was stored'],
      [
        [file, '--region', '辽宁省/铁岭市'],
        'region 辽宁省/铁岭市: no such region; nothing was stored',
      ],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await ingest(...args);
      expect({ args, code, out }).toEqual({ args, code: 2, out: '' });
      expect(err).toContain(`ingest: ${message}`);
    }
  });
});
