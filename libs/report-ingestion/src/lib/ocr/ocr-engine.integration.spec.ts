/**
 * @jest-environment ../report-ocr/jest.environment.cjs
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import sharp from 'sharp';
import {
  Database,
  openDataSource,
  Repositories,
  createTestDatabase,
  type TestDatabase,
} from '@ogi/api-data-access';
import { closeExtractors, readReport, scanPageImages } from '@ogi/report-extract';
import { OcrWorkerPool } from '@ogi/report-ocr';
import { Ingestor } from '../ingestor';
import { OcrJobRunner } from './ocr-runner';

// The slow one: a scan made from an office fixture (its pages rendered at 200 dpi, saved as JPEG
// photos in a ZIP) goes through upload, the real OCR engine in its worker thread and the store,
// like in production.

const PDF = readFileSync(
  join(__dirname, '../../../../report-extract/src/fixtures/office/full-2019.pdf'),
);

describe('an OCR job with the real engine', () => {
  let testDb: TestDatabase;
  let db: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    db = new Database(await openDataSource(testDb.config));
  }, 60_000);
  afterAll(async () => {
    await closeExtractors();
    await db?.dataSource.destroy();
    await testDb?.drop();
  });

  /** The office fixture as a ZIP of JPEG photos of its pages, uploaded: a queued job. */
  async function uploadScan(name: string) {
    const pages = await scanPageImages(PDF, 'full-2019.pdf');
    const photos = await Promise.all(
      pages.map((page) => sharp(page).greyscale().jpeg({ quality: 85 }).toBuffer()),
    );
    const zip = Buffer.from(
      zipSync(Object.fromEntries(photos.map((photo, i) => [`扫描/第${i + 1}页.jpg`, photo]))),
    );
    const [uploaded] = await new Ingestor(db).ingest([{ name, bytes: zip }], {});
    expect(uploaded).toMatchObject({ status: 'processing', ocr: { pagesTotal: 3 } });
    return uploaded;
  }

  const workers = (pageTimeoutMs: number) =>
    OcrWorkerPool.start({ size: 1, pageTimeoutMs, memoryMb: 1024 });

  it('fails the job naming the page whose reading overran the limit and was stopped', async () => {
    const uploaded = await uploadScan('超时.zip');
    // The job's own limit is far off: the worker's limit is the one that stops the page.
    const runner = new OcrJobRunner(db, () => workers(20), { pageTimeoutMs: 120_000 });
    try {
      expect(await runner.runOne()).toBe(true);
    } finally {
      await runner.stop();
    }
    const report = await db.read((manager) =>
      new Repositories(manager).reports.findById(uploaded.reportId ?? 0),
    );
    expect(report).toMatchObject({ status: 'failed', errorCode: 'ocr_failed' });
    expect(report?.errorMessage).toContain(
      '超时.zip: OCR failed on page 1 of 3: reading the page took longer than 20 ms and was stopped',
    );
  }, 120_000);

  it('reads a scanned report into the same office, year and cells as its text', async () => {
    const uploaded = await uploadScan('扫描件.zip');
    const runner = new OcrJobRunner(db, () => workers(120_000), { pageTimeoutMs: 120_000 });
    try {
      expect(await runner.runOne()).toBe(true);
    } finally {
      await runner.stop();
    }
    const id = uploaded.reportId ?? 0;
    const { report, office, cells } = await db.read(async (manager) => {
      const repos = new Repositories(manager);
      const stored = await repos.reports.findById(id);
      return {
        report: stored,
        office: stored?.officeId ? await repos.offices.findById(stored.officeId) : null,
        cells: await repos.reports.cellsOf(id),
      };
    });
    const text = await readReport(PDF, 'full-2019.pdf');
    if (!text.ok) throw new Error('the fixture reads as text');
    expect(report?.errorMessage ?? null).toBeNull();
    expect(report).toMatchObject({ status: 'ok', year: 2019 });
    expect(office?.name).toBe(text.report.office.value);
    const expected = new Map(text.report.cells.map((cell) => [cell.key, cell.value]));
    const right = cells.filter((cell) => expected.get(cell.key) === cell.value).length;
    // The engine is measured cell by cell elsewhere (score:scans); here: the job carries it.
    expect(right / expected.size).toBeGreaterThan(0.9);
  }, 480_000);
});
