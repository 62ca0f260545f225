import {
  POSTGRES_SKIPPED,
  ReportsRepository,
  Repositories,
  testDatabaseTypes,
} from '@ogi/api-data-access';
import { extractDocument } from '@ogi/report-extract';
import { parseReport } from '@ogi/report-parser';
import { strToU8, zipSync } from 'fflate';
import { asBytes, createTestApp, fixture, type TestApp } from '../testing/test-app';

const DONGXING = 'corpus/sample-dongxing-2025.txt';
const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt';
const SHANGHAI = 'corpus/sh-gov-office-2019.html';
const WENDENG = 'corpus/wendeng-flipbook-audit-2020-p9.txt'; // no office stated
const TUOFENGLU = 'corpus/yuyang-tuofenglu-2020.txt'; // no year stated
const ZHONGCANG = 'corpus/bjtzh-zhongcang-2025.txt'; // neither
const XJNLK = 'corpus/xjnlk-town-2023.txt'; // neither
const XIONGXIAN = 'corpus/xiongxian-township-2019-degenerate.txt';

const NOT_A_REPORT = Buffer.from('关于召开年度工作会议的通知\n请各单位准时参加。\n', 'utf8');
const NOT_A_DOCUMENT = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** The same report with other bytes (a trailing line), so it is not a duplicate. */
function variant(bytes: Buffer, tag: string): Buffer {
  return Buffer.concat([bytes, Buffer.from(`\n${tag}\n`, 'utf8')]);
}

interface Upload {
  name: string;
  bytes: Buffer;
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the reports API tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('reports API on %s', (type) => {
  let t: TestApp;

  function upload(files: Upload[], fields: Record<string, string | number> = {}) {
    const req = t.http.post('/api/reports');
    for (const [name, value] of Object.entries(fields)) req.field(name, String(value));
    for (const file of files) req.attach('files', file.bytes, file.name);
    return req;
  }

  async function uploadOne(file: Upload, fields: Record<string, string | number> = {}) {
    const res = await upload([file], fields).expect(200);
    expect(res.body.results).toHaveLength(1);
    return res.body.results[0];
  }

  async function download(reportId: number) {
    return t.http.get(`/api/reports/${reportId}/original`).buffer(true).parse(asBytes).expect(200);
  }

  async function countRows(table: string): Promise<number> {
    const rows: { n: number | string }[] = await t.db.dataSource.query(
      `SELECT COUNT(*) AS n FROM "${table}"`,
    );
    return Number(rows[0].n);
  }

  beforeAll(async () => {
    t = await createTestApp(type, { upload: { maxFileBytes: 3 * 1024 * 1024 } });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/reports', () => {
    it('stores a report stating its office and year as created, values as the parser reads them', async () => {
      const bytes = fixture(DONGXING);
      const result = await uploadOne({ name: '东兴街道2025年报.txt', bytes });
      expect(result).toMatchObject({
        file: '东兴街道2025年报.txt',
        status: 'created',
        reportId: expect.any(Number),
        office: { id: expect.any(Number), name: '东兴街道办事处', regionId: null },
        year: 2025,
        error: null,
      });
      const parsed = parseReport(await extractDocument(bytes, 'sample-dongxing-2025.txt'));
      expect(result.findings).toEqual(JSON.parse(JSON.stringify(parsed.findings)));

      const detail = (await t.http.get(`/api/reports/${result.reportId}`).expect(200)).body;
      expect(detail).toMatchObject({
        id: result.reportId,
        office: { name: '东兴街道办事处' },
        year: 2025,
        version: 1,
        isCurrent: true,
        status: 'ok',
        formatVersion: parsed.formatVersion,
        statedOffice: '东兴街道办事处',
        statedYear: 2025,
        sourceFile: {
          fileName: '东兴街道2025年报.txt',
          mediaType: 'text/plain',
          size: bytes.length,
        },
      });
      expect(detail.values).toEqual(parsed.values);
      expect(Object.keys(detail.values)).toEqual(Object.keys(parsed.values));
      expect(detail.cells).toEqual(
        JSON.parse(JSON.stringify(parsed.cells)).map((cell: object) => ({
          ...cell,
          corrected: false,
        })),
      );
      expect(detail.corrections).toEqual([]);
      expect(detail.findings).toEqual(JSON.parse(JSON.stringify(parsed.findings)));
      expect(detail.versions).toEqual([
        expect.objectContaining({ id: result.reportId, version: 1, isCurrent: true }),
      ]);
    });

    it('answers duplicate for the same bytes under any name and changes nothing', async () => {
      const before = await Promise.all(['reports', 'source_files', 'report_cells'].map(countRows));
      const first = await uploadOne({ name: 'again.txt', bytes: fixture(DONGXING) });
      expect(first).toMatchObject({
        file: 'again.txt',
        status: 'duplicate',
        reportId: expect.any(Number),
        office: { name: '东兴街道办事处' },
        year: 2025,
      });
      expect(await Promise.all(['reports', 'source_files', 'report_cells'].map(countRows))).toEqual(
        before,
      );
    });

    it('stores a re-upload with other content as the new current version and keeps the old one', async () => {
      const old = await uploadOne({ name: 'v1.txt', bytes: fixture(QIJIAZI) });
      expect(old).toMatchObject({
        status: 'created',
        office: { name: '昌图县七家子镇' },
        year: 2023,
      });
      const next = await uploadOne({
        name: 'v2.txt',
        bytes: variant(fixture(QIJIAZI), '（修订版）'),
      });
      expect(next).toMatchObject({
        status: 'new_version',
        office: { id: old.office.id },
        year: 2023,
      });
      expect(next.reportId).not.toBe(old.reportId);

      const oldDetail = (await t.http.get(`/api/reports/${old.reportId}`).expect(200)).body;
      expect(oldDetail).toMatchObject({ version: 1, isCurrent: false, status: 'ok' });
      expect(
        oldDetail.versions.map((v: { id: number; version: number; isCurrent: boolean }) => [
          v.id,
          v.version,
          v.isCurrent,
        ]),
      ).toEqual([
        [next.reportId, 2, true],
        [old.reportId, 1, false],
      ]);

      const current = (
        await t.http.get(`/api/reports?officeId=${old.office.id}&year=2023`).expect(200)
      ).body;
      expect(current.items.map((item: { id: number }) => item.id)).toEqual([next.reportId]);
      const all = (
        await t.http.get(`/api/reports?officeId=${old.office.id}&current=false`).expect(200)
      ).body;
      expect(all.items.map((item: { id: number }) => item.id)).toEqual([
        next.reportId,
        old.reportId,
      ]);
    });

    it('stores a report without its office or year as needs_input, saying what is missing', async () => {
      const noOffice = await uploadOne({ name: 'wendeng.txt', bytes: fixture(WENDENG) });
      expect(noOffice).toMatchObject({
        status: 'needs_input',
        reportId: expect.any(Number),
        office: null,
        year: 2020,
        error: { code: 'office_not_stated', message: expect.stringContaining('wendeng.txt') },
      });
      const noYear = await uploadOne({ name: 'tuofenglu.txt', bytes: fixture(TUOFENGLU) });
      expect(noYear).toMatchObject({
        status: 'needs_input',
        office: { name: '驼峰路街道办事处' },
        year: null,
        error: { code: 'year_not_stated' },
      });
      const neither = await uploadOne({ name: 'xjnlk.txt', bytes: fixture(XJNLK) });
      expect(neither.error.code).toBe('office_and_year_not_stated');

      const detail = (await t.http.get(`/api/reports/${noOffice.reportId}`).expect(200)).body;
      expect(detail).toMatchObject({
        status: 'needs_input',
        version: null,
        office: null,
        year: 2020,
      });
      expect(detail.error.code).toBe('office_not_stated');
      expect(detail.cells.length).toBeGreaterThan(100);
    });

    it('applies officeId and year given with the upload', async () => {
      const target = await uploadOne({ name: 'xiongxian.txt', bytes: fixture(XIONGXIAN) });
      expect(target.status).toBe('needs_input');
      const office = await t.db.write((manager) =>
        new Repositories(manager).offices.create({
          name: '中仓街道办事处',
          kind: 'street',
          regionId: null,
        }),
      );
      const result = await uploadOne(
        { name: 'zhongcang.txt', bytes: fixture(ZHONGCANG) },
        { officeId: office.id, year: 2025 },
      );
      expect(result).toMatchObject({
        status: 'created',
        office: { id: office.id, name: '中仓街道办事处' },
        year: 2025,
        error: null,
      });
    });

    it('never merges offices: a name matching two offices is needs_input with the candidates', async () => {
      const { a, b, inA, inB } = await t.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const city = await repos.regions.create({ name: '示例市', level: 'city' });
        const a = await repos.regions.create({
          name: '甲区',
          level: 'district',
          parentId: city.id,
        });
        const b = await repos.regions.create({
          name: '乙区',
          level: 'district',
          parentId: city.id,
        });
        const inA = await repos.offices.create({
          name: '上海市人民政府办公厅',
          kind: 'government',
          regionId: a.id,
        });
        const inB = await repos.offices.create({
          name: '市政府办公厅',
          kind: 'government',
          regionId: b.id,
          aliases: ['上海市 人民政府办公厅'],
        });
        return { a, b, inA, inB };
      });
      const ambiguous = await uploadOne({ name: 'sh.html', bytes: fixture(SHANGHAI) });
      expect(ambiguous).toMatchObject({
        status: 'needs_input',
        office: null,
        year: 2019,
        error: { code: 'office_ambiguous' },
        candidates: [
          { id: inA.id, name: '上海市人民政府办公厅', regionId: a.id },
          { id: inB.id, name: '市政府办公厅', regionId: b.id },
        ],
      });
      const inRegion = await uploadOne(
        { name: 'sh-b.html', bytes: variant(fixture(SHANGHAI), '<!-- b -->') },
        { regionId: b.id },
      );
      expect(inRegion).toMatchObject({ status: 'created', office: { id: inB.id } });

      const fresh = await t.db.write((manager) =>
        new Repositories(manager).regions.create({ name: '丙区', level: 'district' }),
      );
      const created = await uploadOne(
        { name: 'sh-c.html', bytes: variant(fixture(SHANGHAI), '<!-- c -->') },
        { regionId: fresh.id },
      );
      expect(created).toMatchObject({
        status: 'created',
        office: { name: '上海市人民政府办公厅', regionId: fresh.id },
      });
      expect([inA.id, inB.id]).not.toContain(created.office.id);
    });

    it('stores a file that cannot be read as failed with the reason, keeping its bytes', async () => {
      const result = await uploadOne({ name: 'scan.png', bytes: NOT_A_DOCUMENT });
      expect(result).toMatchObject({
        file: 'scan.png',
        status: 'failed',
        reportId: expect.any(Number),
        office: null,
        year: null,
        error: { code: 'unsupported_kind', message: expect.stringContaining('scan.png') },
      });
      const original = await download(result.reportId);
      expect(Buffer.compare(original.body, NOT_A_DOCUMENT)).toBe(0);
      expect(original.headers['content-type']).toBe('image/png');
    });

    it('stores a document without report tables as failed: not_a_report', async () => {
      const result = await uploadOne({ name: '会议通知.txt', bytes: NOT_A_REPORT });
      expect(result).toMatchObject({ status: 'failed', error: { code: 'not_a_report' } });
      const detail = (await t.http.get(`/api/reports/${result.reportId}`).expect(200)).body;
      expect(detail).toMatchObject({
        status: 'failed',
        error: { code: 'not_a_report' },
        cells: [],
      });
    });

    it('keeps the other files of a batch when one in the middle fails', async () => {
      const res = await upload([
        { name: 'first.docx', bytes: fixture('office/full-2021.docx') },
        { name: 'broken.pdf', bytes: Buffer.from('%PDF-1.7\n garbage without objects') },
        { name: 'third.pdf', bytes: fixture('office/full-2021.pdf') },
      ]).expect(200);
      expect(
        res.body.results.map((r: { file: string; status: string }) => [r.file, r.status]),
      ).toEqual([
        ['first.docx', 'created'],
        ['broken.pdf', 'failed'],
        ['third.pdf', 'new_version'],
      ]);
      expect(res.body.results[1].error.code).toBe('corrupt');
      for (const r of res.body.results) {
        await t.http.get(`/api/reports/${r.reportId}`).expect(200);
      }
      const pdf = await download(res.body.results[2].reportId);
      expect(Buffer.compare(pdf.body, fixture('office/full-2021.pdf'))).toBe(0);
      const docx = (await t.http.get(`/api/reports/${res.body.results[0].reportId}`)).body;
      expect(docx.sourceFile.mediaType).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    });

    it('rolls back everything of a file whose storage fails, keeps its original, and goes on', async () => {
      const spy = jest
        .spyOn(ReportsRepository.prototype, 'insertFigures')
        .mockRejectedValueOnce(new Error('disk full (simulated)'));
      const reportsBefore = await countRows('reports');
      const cellsBefore = await countRows('report_cells');
      try {
        const res = await upload([
          { name: 'will-fail.docx', bytes: fixture('office/full-2019.docx') },
          { name: 'after.txt', bytes: variant(fixture(DONGXING), 'after') },
        ]).expect(200);
        const [failed, after] = res.body.results;
        expect(failed).toMatchObject({
          status: 'failed',
          office: null,
          error: {
            code: 'storage_failed',
            message: expect.stringContaining('disk full (simulated)'),
          },
        });
        expect(after.status).toBe('new_version');
        // One report row for each file; no cells of the failed one (only those of `after`).
        expect(await countRows('reports')).toBe(reportsBefore + 2);
        const afterCells = (await t.http.get(`/api/reports/${after.reportId}`)).body.cells.length;
        expect(await countRows('report_cells')).toBe(cellsBefore + afterCells);
        const offices = await t.db.read((manager) =>
          new Repositories(manager).offices.findByName('示例市东兴区东兴街道办事处', null),
        );
        expect(offices).toEqual([]);
        const original = await download(failed.reportId);
        expect(Buffer.compare(original.body, fixture('office/full-2019.docx'))).toBe(0);
      } finally {
        spy.mockRestore();
      }
    });

    it('expands a ZIP archive into one result per entry', async () => {
      const known = variant(fixture(DONGXING), 'known');
      await uploadOne({ name: 'known.txt', bytes: known });
      const archive = zipSync({
        'reports/2019/full-2019.pdf': fixture('office/full-2019.pdf'),
        'reports/通知.txt': strToU8('这不是年报。'),
        'reports/dongxing.txt': known,
      });
      const res = await upload([{ name: 'batch.zip', bytes: Buffer.from(archive) }]).expect(200);
      expect(
        res.body.results.map((r: { file: string; status: string }) => [r.file, r.status]),
      ).toEqual([
        ['batch.zip/reports/2019/full-2019.pdf', 'created'],
        ['batch.zip/reports/通知.txt', 'failed'],
        ['batch.zip/reports/dongxing.txt', 'duplicate'],
      ]);
      const entry = res.body.results[0];
      expect(entry).toMatchObject({ office: { name: '示例市东兴区东兴街道办事处' }, year: 2019 });
      const original = await download(entry.reportId);
      expect(original.headers['content-disposition']).toContain('full-2019.pdf');
      expect(Buffer.compare(original.body, fixture('office/full-2019.pdf'))).toBe(0);
    });

    it('stores a damaged ZIP archive as one failed file', async () => {
      const archive = zipSync({ 'a.txt': fixture(DONGXING) });
      const cut = Buffer.from(archive.subarray(0, archive.length - 40));
      const result = await uploadOne({ name: 'cut.zip', bytes: cut });
      expect(result).toMatchObject({
        file: 'cut.zip',
        status: 'failed',
        error: { code: 'corrupt_archive' },
      });
    });

    it('stores one copy when the same file is uploaded twice at once', async () => {
      const bytes = variant(fixture(XJNLK), 'concurrent');
      const [one, two] = await Promise.all([
        uploadOne({ name: 'one.txt', bytes }),
        uploadOne({ name: 'two.txt', bytes }),
      ]);
      expect([one.status, two.status].sort()).toEqual(['duplicate', 'needs_input']);
      expect(one.reportId).toBe(two.reportId);
    });

    it('refuses an upload without files, in another field, or not multipart', async () => {
      const none = await t.http.post('/api/reports').field('year', '2020').expect(400);
      expect(none.body.message).toBe('no files: upload the reports in the multipart field "files"');
      const wrongField = await t.http
        .post('/api/reports')
        .attach('file', fixture(DONGXING), 'a.txt')
        .expect(400);
      expect(wrongField.body.message).toMatch(/unexpected file field "file".*"files"/);
      const json = await t.http.post('/api/reports').send({ files: [] }).expect(400);
      expect(json.body.message).toMatch(/multipart\/form-data/);
    });

    it('refuses bad overrides before storing anything', async () => {
      const before = await countRows('source_files');
      const res = await upload([{ name: 'x.txt', bytes: variant(fixture(DONGXING), 'x') }], {
        officeId: 999999,
        regionId: 'abc',
        year: 1800,
      }).expect(400);
      expect(res.body.problems).toEqual([
        'regionId must be a whole number from 1 to 2147483647 (got "abc")',
        'year must be a whole number from 2000 to 2100 (got "1800")',
      ]);
      const missing = await upload([{ name: 'x.txt', bytes: variant(fixture(DONGXING), 'x') }], {
        officeId: 999999,
      }).expect(400);
      expect(missing.body.message).toBe('officeId 999999: no such office; nothing was stored');
      expect(await countRows('source_files')).toBe(before);
    });

    it('refuses a file over MAX_UPLOAD_BYTES, naming it, and stores nothing of the request', async () => {
      const before = await countRows('source_files');
      const res = await upload([
        { name: 'small.txt', bytes: variant(fixture(DONGXING), 'small') },
        { name: 'huge.txt', bytes: Buffer.alloc(3 * 1024 * 1024 + 1, 0x41) },
      ]).expect(413);
      expect(res.body.message).toBe(
        'huge.txt: the file is larger than the upload limit of 3145728 bytes (MAX_UPLOAD_BYTES); nothing was stored. 文件超过单个文件 3145728 字节的上传上限，未保存任何文件',
      );
      expect(await countRows('source_files')).toBe(before);
    });
  });

  describe('GET /api/reports', () => {
    it('lists current reports newest first with paging', async () => {
      const all = (await t.http.get('/api/reports?pageSize=500').expect(200)).body;
      expect(all.total).toBe(all.items.length);
      expect(all.items.every((item: { isCurrent: boolean }) => item.isCurrent)).toBe(true);
      const ids = all.items.map((item: { id: number }) => item.id);
      expect(ids).toEqual([...ids].sort((x: number, y: number) => y - x));
      const page2 = (await t.http.get('/api/reports?pageSize=2&page=2').expect(200)).body;
      expect(page2).toMatchObject({ page: 2, pageSize: 2, total: all.total });
      expect(page2.items.map((item: { id: number }) => item.id)).toEqual(ids.slice(2, 4));
    });

    it('filters by year, status and region subtree', async () => {
      const y2025 = (await t.http.get('/api/reports?year=2025').expect(200)).body;
      expect(y2025.items.length).toBeGreaterThan(0);
      expect(y2025.items.every((item: { year: number }) => item.year === 2025)).toBe(true);
      const failed = (await t.http.get('/api/reports?status=failed').expect(200)).body;
      expect(failed.items.map((item: { error: { code: string } }) => item.error.code)).toEqual(
        expect.arrayContaining(['not_a_report', 'unsupported_kind', 'corrupt']),
      );
      const { city, district } = await t.db.write(async (manager) => {
        const repos = new Repositories(manager);
        const city = await repos.regions.create({ name: '过滤市', level: 'city' });
        const district = await repos.regions.create({
          name: '过滤区',
          level: 'district',
          parentId: city.id,
        });
        return { city, district };
      });
      const stored = await uploadOne(
        { name: 'region.txt', bytes: variant(fixture(DONGXING), 'region') },
        { regionId: district.id },
      );
      expect(stored).toMatchObject({ status: 'created', office: { regionId: district.id } });
      const inCity = (await t.http.get(`/api/reports?regionId=${city.id}`).expect(200)).body;
      expect(inCity.items.map((item: { id: number }) => item.id)).toEqual([stored.reportId]);
    });

    it('refuses unknown or invalid parameters, naming them', async () => {
      const res = await t.http
        .get('/api/reports?year=20x5&status=done&pageSize=501&sort=name')
        .expect(400);
      expect(res.body.problems).toEqual([
        'year must be a whole number from 2000 to 2100 (got "20x5")',
        'status must be one of ok, needs_input, failed, processing (got "done")',
        'sort must be one of createdAt, office, year, file (got "name")',
        'pageSize must be a whole number from 1 to 500 (got "501")',
      ]);
      const sql = await t.http
        .get(`/api/reports?year=${encodeURIComponent("2025' OR 1=1 --")}`)
        .expect(400);
      expect(sql.body.problems[0]).toMatch(/^year must be a whole number/);
      await t.http.get('/api/reports?regionId=999999').expect(400);
    });
  });

  describe('GET /api/reports/:id and /original', () => {
    it('answer 404 for an unknown report and 400 for an id that is not a number', async () => {
      const missing = await t.http.get('/api/reports/999999').expect(404);
      expect(missing.body.message).toBe('report 999999 does not exist');
      await t.http.get('/api/reports/999999/original').expect(404);
      const bad = await t.http.get('/api/reports/abc').expect(400);
      expect(bad.body.message).toBe('report id must be a positive whole number (got "abc")');
    });

    it('serve the original bytes with their name and media type', async () => {
      const bytes = variant(fixture(DONGXING), 'download');
      const stored = await uploadOne({ name: '东兴 年报.txt', bytes });
      const res = await download(stored.reportId);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('东兴 年报.txt')}`,
      );
      expect(Buffer.compare(res.body as Buffer, bytes)).toBe(0);
    });

    it('give an HTML original as the text the parser read, a line holding each located cell', async () => {
      const stored = await uploadOne({
        name: 'sh-text.html',
        bytes: variant(fixture(SHANGHAI), '<!-- text -->'),
      });
      const res = await t.http.get(`/api/reports/${stored.reportId}/original/text`).expect(200);
      const lines: { text: string; location: { line?: number; table?: number; row?: number } }[] =
        res.body.lines;
      expect(lines.map((line) => line.text).join('\n')).not.toMatch(/<\/?(td|tr|table|div)\b/i);
      const detail = await t.http.get(`/api/reports/${stored.reportId}`).expect(200);
      const located = (
        detail.body.cells as { raw: string | null; location: { table?: number; row?: number } }[]
      ).filter((cell) => cell.location?.table !== undefined && cell.raw);
      expect(located.length).toBeGreaterThan(10);
      for (const cell of located) {
        const line = lines.find(
          (candidate) =>
            candidate.location.table === cell.location.table &&
            candidate.location.row === cell.location.row,
        );
        expect(line?.text).toContain(cell.raw?.trim());
      }
    });

    it('answer 404 for the text of an original that is neither HTML nor Word', async () => {
      const stored = await uploadOne({
        name: '东兴.txt',
        bytes: variant(fixture(DONGXING), 'text'),
      });
      const res = await t.http.get(`/api/reports/${stored.reportId}/original/text`).expect(404);
      expect(res.body.message).toContain('text/plain');
    });
  });
});
