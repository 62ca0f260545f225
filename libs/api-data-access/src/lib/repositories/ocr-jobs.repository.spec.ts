import type { DataSource } from 'typeorm';
import { openDataSource } from '../database/data-source';
import { Database } from '../database/database';
import {
  createTestDatabase,
  POSTGRES_SKIPPED,
  testDatabaseTypes,
  type TestDatabase,
} from '../testing/test-databases';
import { Repositories } from './repositories';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the OCR job tests on PostgreSQL', () => undefined);
  });
}

const LEASE = 60_000;

describe.each(testDatabaseTypes())('OCR jobs and source pages on %s', (type) => {
  let testDb: TestDatabase;
  let dataSource: DataSource;
  let db: Database;
  let fileCount = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase(type);
    dataSource = await openDataSource(testDb.config);
    db = new Database(dataSource);
  }, 60_000);
  afterAll(async () => {
    await dataSource?.destroy();
    await testDb?.drop();
  });

  /** A stored scan: its file, its `processing` report and a queued job of `pages` pages. */
  function storeScan(pages: number, now = 1_000) {
    fileCount += 1;
    const sha256 = String(fileCount).padStart(64, '0');
    return db.write(async (manager) => {
      const repos = new Repositories(manager);
      const sourceFileId = await repos.sourceFiles.insert({
        sha256,
        fileName: `scan-${fileCount}.pdf`,
        mediaType: 'application/pdf',
        size: 1,
        content: Buffer.from('x'),
      });
      const reportId = await repos.reports.insert({
        sourceFileId,
        officeId: null,
        year: null,
        version: null,
        isCurrent: true,
        status: 'processing',
        formatActive: null,
        formatApplications: null,
        formatAppeals: null,
        parserVersion: 'test',
        statedOffice: null,
        statedYear: null,
        errorCode: null,
        errorMessage: null,
        textFigures: null,
        isDemo: false,
      });
      const target = { officeId: null, regionId: null, year: 2023, uploadedBy: null, demo: false };
      const jobId = await repos.ocrJobs.insert({
        sourceFileId,
        reportId,
        pagesTotal: pages,
        target,
        now,
      });
      return { sourceFileId, reportId, jobId };
    });
  }

  const claim = (owner: string, now: number) =>
    db.write((manager) => new Repositories(manager).ocrJobs.claim(owner, now, LEASE));

  async function finishAll(now: number): Promise<void> {
    for (;;) {
      const job = await claim('sweeper', now);
      if (!job) return;
      await db.write((manager) =>
        new Repositories(manager).ocrJobs.finish(job.id, 'sweeper', { status: 'done' }, now),
      );
    }
  }

  it('stores a report as processing, which the status check admits', async () => {
    const { reportId } = await storeScan(3);
    const report = await db.read((manager) => new Repositories(manager).reports.findById(reportId));
    expect(report?.status).toBe('processing');
    await finishAll(2_000);
  });

  it('lets only one of two racing runners claim a job', async () => {
    const { jobId } = await storeScan(2);
    const [a, b] = await Promise.all([claim('runner-a', 5_000), claim('runner-b', 5_000)]);
    const claimed = [a, b].filter((job) => job !== null);
    expect(claimed).toHaveLength(1);
    expect(claimed[0]?.id).toBe(jobId);
    expect(claimed[0]?.attempts).toBe(1);
    expect(claimed[0]?.target.year).toBe(2023);
    // The loser's writes are refused: it does not hold the lease.
    const loser = a ? 'runner-b' : 'runner-a';
    const winner = a ? 'runner-a' : 'runner-b';
    expect(
      await db.write((m) => new Repositories(m).ocrJobs.progress(jobId, loser, 1, 5_001, LEASE)),
    ).toBe(false);
    expect(
      await db.write((m) => new Repositories(m).ocrJobs.progress(jobId, winner, 1, 5_001, LEASE)),
    ).toBe(true);
    await db.write((m) =>
      new Repositories(m).ocrJobs.finish(jobId, winner, { status: 'done' }, 5_002),
    );
  });

  it('gives a running job to another runner once its lease is over, never before', async () => {
    const { jobId } = await storeScan(4);
    const first = await claim('crashed', 10_000);
    expect(first?.id).toBe(jobId);
    expect(await claim('other', 10_000 + LEASE - 1)).toBeNull();
    const second = await claim('other', 10_000 + LEASE + 1);
    expect(second).toMatchObject({ id: jobId, leaseOwner: 'other', attempts: 2 });
    // The first runner, back from the dead, can neither record progress nor finish it.
    expect(
      await db.write((m) =>
        new Repositories(m).ocrJobs.finish(jobId, 'crashed', { status: 'done' }, 80_000),
      ),
    ).toBe(false);
    await db.write((m) =>
      new Repositories(m).ocrJobs.finish(
        jobId,
        'other',
        { status: 'failed', error: 'page 2' },
        80_000,
      ),
    );
    const jobs = await db.read((m) =>
      new Repositories(m).ocrJobs.findByReports([second?.reportId ?? 0]),
    );
    expect(jobs[0]).toMatchObject({ status: 'failed', error: 'page 2', leaseOwner: null });
  });

  it('keeps the pages read, so a resumed job knows where to go on', async () => {
    const { sourceFileId } = await storeScan(3);
    const page = (n: number, read: boolean) => ({
      sourceFileId,
      page: n,
      imageMediaType: 'image/jpeg',
      image: Buffer.from([n]),
      imageWidth: 1654,
      imageHeight: 2339,
      pageWidth: 595.28,
      pageHeight: 841.89,
      ocr: read ? { pdfPage: { width: 595.28 }, words: [], skewDegrees: 0.5 } : null,
      createdAt: 1,
    });
    await db.write(async (manager) => {
      const repos = new Repositories(manager);
      await repos.sourcePages.save(page(1, true));
      await repos.sourcePages.save(page(2, false));
      await repos.sourcePages.save(page(2, true));
    });
    const repos = () => db.read(async (manager) => new Repositories(manager).sourcePages);
    expect(await (await repos()).pagesRead(sourceFileId)).toEqual([1, 2]);
    const listed = await (await repos()).listOf(sourceFileId);
    expect(listed.map((p) => [p.page, p.ocr?.skewDegrees, p.pageWidth])).toEqual([
      [1, 0.5, 595.28],
      [2, 0.5, 595.28],
    ]);
    const image = await (await repos()).image(sourceFileId, 2);
    expect(image).toMatchObject({ mediaType: 'image/jpeg', width: 1654, height: 2339 });
    expect([...(image?.bytes ?? [])]).toEqual([2]);
    await finishAll(90_000);
  });
});
