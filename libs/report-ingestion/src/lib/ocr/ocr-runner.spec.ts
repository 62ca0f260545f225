import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import {
  Database,
  openDataSource,
  POSTGRES_SKIPPED,
  Repositories,
  createTestDatabase,
  testDatabaseTypes,
  type TestDatabase,
} from '@ogi/api-data-access';
import { closeExtractors, pdfTextPages, type PdfPage } from '@ogi/report-extract';
import type { OcrPage } from '@ogi/report-ocr';
import { Ingestor } from '../ingestor';
import type { IngestResult } from '../ingest-result';
import { OcrJobRunner } from './ocr-runner';
import type { OcrPageReader } from './ocr-job';
import { textLayerOcrPage } from './text-layer-ocr.testing';

const OFFICE = join(__dirname, '../../../../report-extract/src/fixtures/office');
const TEXT_PDF = readFileSync(join(OFFICE, 'full-2019.pdf'));
const LEASE = 60_000;

/** A small page picture (what the fake reader is handed; its content does not matter). */
function picture(format: 'png' | 'jpeg', shade: number): Promise<Buffer> {
  return sharp({
    create: { width: 60, height: 80, channels: 3, background: { r: shade, g: shade, b: shade } },
  })
    [format]()
    .toBuffer();
}

/** An image-only PDF of `pages` pages (ruling lines, no text). */
function imageOnlyPdf(pages: number): Buffer {
  const content = '0 0 m 300 300 l S 10 10 200 100 re S';
  const objects: string[] = [];
  const ids = Array.from({ length: pages }, (_, i) => 3 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${ids.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  for (const id of ids) {
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++)
    out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * A reader standing in for the OCR engine: page N "reads" as page N of the office fixture's text
 * layer (so the end of the job has a whole report to store), every word at confidence 0.99.
 */
class FakeReader implements OcrPageReader {
  readonly calls: number[] = [];
  failOn: number | null = null;

  constructor(private readonly pages: PdfPage[]) {}

  async recognisePage(image: Uint8Array, pageNo: number): Promise<OcrPage> {
    this.calls.push(pageNo);
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (pageNo === this.failOn) throw new Error('the recognition model ran out of memory');
    return textLayerOcrPage(this.pages[pageNo - 1], pageNo, image, () => 0.99);
  }
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the OCR job tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('OCR jobs on %s', (type) => {
  let testDb: TestDatabase;
  let db: Database;
  let ingestor: Ingestor;
  let textPages: PdfPage[];
  let now = 1_000_000;

  beforeAll(async () => {
    testDb = await createTestDatabase(type);
    db = new Database(await openDataSource(testDb.config));
    ingestor = new Ingestor(db);
    textPages = await pdfTextPages(TEXT_PDF, 'full-2019.pdf');
  }, 60_000);
  afterAll(async () => {
    await closeExtractors();
    await db?.dataSource.destroy();
    await testDb?.drop();
  });

  function runner(reader: OcrPageReader, owner: string): OcrJobRunner {
    return new OcrJobRunner(db, async () => reader, {
      owner,
      leaseMs: LEASE,
      pollMs: 10,
      now: () => now,
    });
  }

  /** A scan of three pages (the fixture has three), each page a different picture. */
  async function threePageScan(tag: string): Promise<Buffer> {
    const pages = await Promise.all([1, 2, 3].map((n) => picture('png', 200 + n + tag.length)));
    return Buffer.from(
      zipSync({
        [`${tag}/p1.png`]: pages[0],
        [`${tag}/p2.png`]: pages[1],
        [`${tag}/p3.png`]: pages[2],
      }),
    );
  }

  async function upload(name: string, bytes: Buffer): Promise<IngestResult> {
    const [result] = await ingestor.ingest([{ name, bytes }], {});
    return result;
  }

  const read = <T>(work: (repos: Repositories) => Promise<T>) =>
    db.read((manager) => work(new Repositories(manager)));

  it('reads a PDF with a text layer the text way: no job', async () => {
    const result = await upload('text.pdf', Buffer.concat([TEXT_PDF, Buffer.from('\n% text\n')]));
    expect(result.status).toBe('created');
    expect(result.ocr).toBeUndefined();
    expect(await read((repos) => repos.ocrJobs.findByReports([result.reportId ?? 0]))).toEqual([]);
  });

  it('stores each kind of scan as its file, a processing report and a queued job of its pages', async () => {
    const docx = zipSync({
      '[Content_Types].xml': new TextEncoder().encode('<Types/>'),
      'word/document.xml': new TextEncoder().encode(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p/></w:body></w:document>',
      ),
      'word/media/image1.png': await picture('png', 10),
    });
    const scans: [string, Buffer, number][] = [
      ['scan.pdf', imageOnlyPdf(4), 4],
      ['page.png', await picture('png', 20), 1],
      [
        'photos.zip',
        Buffer.from(
          zipSync({ 'b.jpg': await picture('jpeg', 30), 'a.jpg': await picture('jpeg', 40) }),
        ),
        2,
      ],
      ['photo.docx', Buffer.from(docx), 1],
    ];
    for (const [name, bytes, pages] of scans) {
      const result = await upload(name, bytes);
      expect(result).toMatchObject({
        file: name,
        status: 'processing',
        reportId: expect.any(Number),
        ocr: { status: 'queued', pagesDone: 0, pagesTotal: pages },
      });
      const report = await read((repos) => repos.reports.findById(result.reportId ?? 0));
      expect(report?.status).toBe('processing');
      const original = await read((repos) =>
        repos.sourceFiles.findWithContent(report?.sourceFileId ?? 0),
      );
      expect(original?.content.equals(bytes)).toBe(true);
    }
    // Not run here: clear them so the other tests claim only their own.
    await db.write(async (manager) => {
      await manager.query(`DELETE FROM "ocr_jobs"`);
    });
  }, 30_000);

  it('reads every page and stores the reading into the processing report, as an upload would', async () => {
    const result = await upload('scan-ok.zip', await threePageScan('ok'));
    const reader = new FakeReader(textPages);
    const one = runner(reader, 'runner-1');
    expect(await one.runOne()).toBe(true);
    expect(reader.calls).toEqual([1, 2, 3]);
    const report = await read((repos) => repos.reports.findById(result.reportId ?? 0));
    // The text PDF of the first test is version 1 of the same office and year.
    expect(report).toMatchObject({ status: 'ok', year: 2019, version: 2, isCurrent: true });
    expect(await read((repos) => repos.reports.cellsOf(result.reportId ?? 0))).not.toHaveLength(0);
    const [job] = await read((repos) => repos.ocrJobs.findByReports([result.reportId ?? 0]));
    expect(job).toMatchObject({ status: 'done', pagesDone: 3, pagesTotal: 3, leaseOwner: null });
    const pages = await read((repos) => repos.sourcePages.listOf(job.sourceFileId));
    expect(pages.map((page) => [page.page, page.ocr !== null])).toEqual([
      [1, true],
      [2, true],
      [3, true],
    ]);
  }, 30_000);

  it('leaves a report a hand entry replaced while it was read as the hand entry stored it', async () => {
    const result = await upload('scan-manual.zip', await threePageScan('manual'));
    const reportId = result.reportId ?? 0;
    // What a 填报 saved onto the scan's report does: it is a report with values now.
    await db.write(async (manager) => {
      await manager.query(
        `UPDATE "reports" SET "status" = 'ok', "year" = 2024 WHERE "id" = ${reportId}`,
      );
    });
    const reader = new FakeReader(textPages);
    expect(await runner(reader, 'runner-m').runOne()).toBe(true);
    const report = await read((repos) => repos.reports.findById(reportId));
    expect(report).toMatchObject({ status: 'ok', year: 2024 });
    expect(await read((repos) => repos.reports.cellsOf(reportId))).toHaveLength(0);
    const [job] = await read((repos) => repos.ocrJobs.findByReports([reportId]));
    expect(job.status).toBe('done');
  }, 30_000);

  it('resumes a job whose runner died after page 2 at page 3, once its lease is over', async () => {
    const result = await upload('scan-resume.zip', await threePageScan('resume'));
    // The dead runner: claimed the job and stored pages 1–2, then nothing.
    const reader = new FakeReader(textPages);
    const claimed = await db.write((manager) =>
      new Repositories(manager).ocrJobs.claim('dead', now, LEASE),
    );
    expect(claimed?.reportId).toBe(result.reportId);
    for (const page of [1, 2]) {
      const ocr = await reader.recognisePage(new Uint8Array([page]), page);
      await db.write(async (manager) => {
        const repos = new Repositories(manager);
        await repos.ocrJobs.progress(claimed?.id ?? 0, 'dead', page, now, LEASE);
        await repos.sourcePages.save({
          sourceFileId: claimed?.sourceFileId ?? 0,
          page,
          imageMediaType: 'image/jpeg',
          image: Buffer.from([page]),
          imageWidth: 60,
          imageHeight: 80,
          pageWidth: ocr.pdfPage.width,
          pageHeight: ocr.pdfPage.height,
          ocr: { pdfPage: ocr.pdfPage, words: ocr.words, skewDegrees: 0 },
          createdAt: now,
        });
      });
    }
    reader.calls.length = 0;
    const successor = runner(reader, 'successor');
    // Within the lease the job is the dead runner's.
    now += LEASE - 1;
    expect(await successor.runOne()).toBe(false);
    now += 2;
    expect(await successor.runOne()).toBe(true);
    expect(reader.calls).toEqual([3]);
    const [job] = await read((repos) => repos.ocrJobs.findByReports([result.reportId ?? 0]));
    expect(job).toMatchObject({ status: 'done', pagesDone: 3, attempts: 2 });
    const report = await read((repos) => repos.reports.findById(result.reportId ?? 0));
    expect(report).toMatchObject({ status: 'ok', version: 3 });
  }, 30_000);

  it('runs a job once when two runners race for it', async () => {
    const result = await upload('scan-race.zip', await threePageScan('race'));
    const readers = [new FakeReader(textPages), new FakeReader(textPages)];
    const claimed = await Promise.all([
      runner(readers[0], 'racer-a').runOne(),
      runner(readers[1], 'racer-b').runOne(),
    ]);
    expect(claimed.filter(Boolean)).toHaveLength(1);
    expect([...readers[0].calls, ...readers[1].calls]).toEqual([1, 2, 3]);
    const [job] = await read((repos) => repos.ocrJobs.findByReports([result.reportId ?? 0]));
    expect(job).toMatchObject({ status: 'done', attempts: 1 });
  }, 30_000);

  it('fails the job and its report on a page that cannot be read, naming file and page, storing no reading', async () => {
    const result = await upload('scan-bad.zip', await threePageScan('bad'));
    const reader = new FakeReader(textPages);
    reader.failOn = 2;
    expect(await runner(reader, 'runner-bad').runOne()).toBe(true);
    expect(reader.calls).toEqual([1, 2]);
    const id = result.reportId ?? 0;
    const report = await read((repos) => repos.reports.findById(id));
    expect(report).toMatchObject({ status: 'failed', errorCode: 'ocr_failed', officeId: null });
    expect(report?.errorMessage).toContain('scan-bad.zip: OCR failed on page 2 of 3');
    expect(report?.errorMessage).toContain('第 2 页（共 3 页）OCR 识别失败');
    expect(await read((repos) => repos.reports.cellsOf(id))).toEqual([]);
    expect(await read((repos) => repos.reports.findingsOf(id))).toEqual([]);
    expect(await read((repos) => repos.reports.figuresOf(id))).toBeNull();
    const [job] = await read((repos) => repos.ocrJobs.findByReports([id]));
    expect(job).toMatchObject({ status: 'failed', error: expect.stringContaining('page 2') });
  }, 30_000);
});
