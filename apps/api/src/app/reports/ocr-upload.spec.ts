import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { OcrJobRunner } from '@ogi/report-ingestion';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../testing/test-app';

// A scan uploaded through the api: stored as processing with its job, followed on the report,
// listed by the review queue, never counted; a job that fails names the file and the page.

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the scanned upload tests on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('scanned uploads on %s', (type) => {
  let t: TestApp;
  let reportId: number;

  beforeAll(async () => {
    t = await createTestApp(type);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers a photographed page as processing, with its report and a queued job of one page', async () => {
    const photo = await sharp({
      create: { width: 80, height: 100, channels: 3, background: '#ffffff' },
    })
      .jpeg()
      .toBuffer();
    const res = await t.http
      .post('/api/reports')
      .attach('files', photo, '年报照片.jpg')
      .expect(200);
    expect(res.body.results).toEqual([
      expect.objectContaining({
        file: '年报照片.jpg',
        status: 'processing',
        reportId: expect.any(Number),
        ocr: { jobId: expect.any(Number), status: 'queued', pagesDone: 0, pagesTotal: 1 },
      }),
    ]);
    reportId = res.body.results[0].reportId;
    const report = (await t.http.get(`/api/reports/${reportId}`).expect(200)).body;
    expect(report).toMatchObject({
      status: 'processing',
      ocr: { status: 'queued', pagesDone: 0, pagesTotal: 1 },
    });
  });

  it('lists it in the review queue and on the reports list with its progress', async () => {
    const queue = (await t.http.get('/api/reports?problem=processing').expect(200)).body;
    expect(queue.items.map((item: { id: number }) => item.id)).toEqual([reportId]);
    expect(queue.items[0].ocr).toEqual({ status: 'queued', pagesDone: 0, pagesTotal: 1 });
    const any = (await t.http.get('/api/reports?problem=any').expect(200)).body;
    expect(any.items.map((item: { id: number }) => item.id)).toContain(reportId);
    const ok = (await t.http.get('/api/reports?status=ok').expect(200)).body;
    expect(ok.total).toBe(0);
  });

  it('fails the report of a job whose page cannot be read, naming file and page', async () => {
    const runner = new OcrJobRunner(t.db, async () => ({
      recognisePage: async () => {
        throw new Error('unreadable image');
      },
    }));
    expect(await runner.runOne()).toBe(true);
    const report = (await t.http.get(`/api/reports/${reportId}`).expect(200)).body;
    expect(report).toMatchObject({
      status: 'failed',
      ocr: { status: 'failed', pagesDone: 0, pagesTotal: 1 },
      error: {
        code: 'ocr_failed',
        message: expect.stringContaining(
          '年报照片.jpg: OCR failed on page 1 of 1: unreadable image',
        ),
      },
    });
    expect(report.error.message).toContain('第 1 页（共 1 页）OCR 识别失败');
    expect(report.cells).toEqual([]);
  });
});
