import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { closeExtractors, imageOnlyPdf, pdfTextPages, type PdfPage } from '@ogi/report-extract';
import type { OcrPage } from '@ogi/report-ocr';
import { textLayerOcrPage } from './ocr/text-layer-ocr.testing';
import { Ingestor } from './ingestor';
import { OcrJobRunner } from './ocr/ocr-runner';

const OFFICE = join(__dirname, '../../../report-extract/src/fixtures/office');
const TEXT_PDF = readFileSync(join(OFFICE, 'full-2019.pdf'));
const THRESHOLD = 0.9;

/**
 * The OCR of a scan of full-2019.pdf: page N reads as that page's text layer, every fifth number
 * doubtful (0.5), the rest clean, so the stored reading has cells awaiting review.
 */
function ocrOf(pages: PdfPage[]) {
  return {
    async recognisePage(image: Uint8Array, pageNo: number): Promise<OcrPage> {
      return textLayerOcrPage(pages[pageNo - 1], pageNo, image, (text, index) =>
        /^\d+$/.test(text) && index % 5 === 0 ? 0.5 : 0.99,
      );
    },
  };
}

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the re-read of OCR reports on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('re-reading a report read by OCR on %s', (type) => {
  let testDb: TestDatabase;
  let db: Database;
  let ingestor: Ingestor;
  let textPages: PdfPage[];

  beforeAll(async () => {
    testDb = await createTestDatabase(type);
    db = new Database(await openDataSource(testDb.config));
    ingestor = new Ingestor(db, { ocrReviewThreshold: THRESHOLD });
    textPages = await pdfTextPages(TEXT_PDF, 'full-2019.pdf');
  }, 60_000);
  afterAll(async () => {
    await closeExtractors();
    await db?.dataSource.destroy();
    await testDb?.drop();
  });

  const read = <T>(work: (repos: Repositories) => Promise<T>) =>
    db.read((manager) => work(new Repositories(manager)));

  /** An image-only PDF of three pages, stored as an upload stores it: `processing`, a job queued. */
  async function uploadScan(name: string, shade: number): Promise<number> {
    const pictures = await Promise.all(
      [0, 1, 2].map((page) =>
        sharp({
          create: {
            width: 40,
            height: 56,
            channels: 3,
            background: { r: shade + page, g: shade, b: shade },
          },
        })
          .jpeg()
          .toBuffer(),
      ),
    );
    const [stored] = await ingestor.ingest([{ name, bytes: await imageOnlyPdf(pictures) }], {});
    expect(stored.status).toBe('processing');
    return stored.reportId as number;
  }

  /** Runs the queued job as the api's runner would. */
  async function runOcr(): Promise<void> {
    const runner = new OcrJobRunner(db, async () => ocrOf(textPages), {
      owner: 'reread-spec',
      reviewThreshold: THRESHOLD,
      pollMs: 10,
    });
    expect(await runner.runOne()).toBe(true);
  }

  const reviewKeys = async (id: number) =>
    (await read((repos) => repos.reports.findingsOf(id)))
      .filter((finding) => finding.code === 'needs_review')
      .map((finding) => finding.keys[0]);
  const values = async (id: number) =>
    (await read((repos) => repos.reports.cellsOf(id))).map((cell) => [cell.key, cell.value]);

  it('reads a scan again from its stored OCR: the OCR reading and its review flags come back', async () => {
    const id = await uploadScan('scan-reread.pdf', 200);
    await runOcr();
    const cellsRead = await values(id);
    const flagged = await reviewKeys(id);
    expect(cellsRead.length).toBeGreaterThan(20);
    expect(flagged.length).toBeGreaterThan(0);

    // Cells and findings changed behind its back (an older parser's reading, say).
    await db.write(async (manager) => {
      await manager.query(
        `UPDATE "report_cells" SET "value" = "value" + 7 WHERE "report_id" = ${id} AND "value" IS NOT NULL`,
      );
      await manager.query(
        `DELETE FROM "report_findings" WHERE "report_id" = ${id} AND "code" = 'needs_review'`,
      );
    });

    const result = await ingestor.rereadReport(id);
    expect(result).toMatchObject({ outcome: 'changed', statusAfter: 'ok', error: null });
    expect(result.changedCells.length).toBeGreaterThan(0);
    expect(await values(id)).toEqual(cellsRead);
    expect(await reviewKeys(id)).toEqual(flagged);

    const again = await ingestor.rereadReport(id);
    expect(again.outcome).toBe('unchanged');
  }, 60_000);

  it('keeps a confirmed cell of a scan confirmed when it is read again from its OCR', async () => {
    const id = await uploadScan('scan-confirmed.pdf', 180);
    await runOcr();
    const [confirmed, ...stillDoubtful] = await reviewKeys(id);
    expect(stillDoubtful.length).toBeGreaterThan(0);
    await db.write(async (manager) => {
      const repos = new Repositories(manager);
      const cell = (await repos.reports.cellsOf(id)).find((c) => c.key === confirmed);
      await repos.corrections.insert({
        reportId: id,
        key: confirmed,
        oldValue: cell?.value ?? null,
        oldStatus: cell?.status ?? null,
        newValue: cell?.value ?? null,
        newStatus: cell?.status ?? null,
        reason: '确认',
        userName: 'editor',
      });
    });

    const result = await ingestor.rereadReport(id);
    expect(result.error).toBeNull();
    expect(await reviewKeys(id)).toEqual(stillDoubtful);
  }, 60_000);

  it('leaves a scan still being read by OCR alone, and one whose pages were not all read', async () => {
    const processing = await uploadScan('scan-processing.pdf', 160);
    const result = await ingestor.rereadReport(processing);
    expect(result).toMatchObject({
      outcome: 'unchanged',
      statusBefore: 'processing',
      statusAfter: 'processing',
      changedCells: [],
      error: { code: 'processing' },
    });
    const report = await read((repos) => repos.reports.findById(processing));
    expect(report?.status).toBe('processing');
    expect(await values(processing)).toEqual([]);

    // Its job still queued while the report no longer waits (a hand entry took it over, say).
    await db.write((manager) =>
      manager.query(`UPDATE "reports" SET "status" = 'needs_input' WHERE "id" = ${processing}`),
    );
    const notRead = await ingestor.rereadReport(processing);
    expect(notRead).toMatchObject({ outcome: 'unchanged', error: { code: 'ocr_not_done' } });
    expect(notRead.error?.message).toContain('0 of 3 pages read by OCR');
  }, 60_000);
});
