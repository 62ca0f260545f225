import { POSTGRES_SKIPPED, Repositories, testDatabaseTypes } from '@ogi/api-data-access';
import type { ParseFinding } from '@ogi/report-parser';
import { createTestApp, fixture, TEST_ADMIN, type TestApp } from '../testing/test-app';
import { CONFIRM_ALL_REASON } from './corrections.service';

const QIJIAZI = 'corpus/changtu-qijiazi-2023.txt'; // 昌图县七家子镇 2023, 2021 format
const NATURAL_PERSON = 'applications.new_received.natural_person';
const COMMERCIAL = 'applications.new_received.commercial_enterprise';
const RESEARCH = 'applications.new_received.research_institution';

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the review confirmation tests on PostgreSQL', () => undefined);
  });
}

const awaiting = (key: string): ParseFinding => ({
  code: 'needs_review',
  severity: 'warning',
  message: `表三 ${key} 识别置信度 62% 低于 90%，请对照原图核对`,
  table: 'applications',
  keys: [key],
  location: { page: 1, x: 300, y: 400, box: [300, 390, 312, 402], confidence: 0.62 },
});

interface Finding {
  code: string;
  keys: string[];
}

describe.each(testDatabaseTypes())('confirming OCR cells awaiting review on %s', (type) => {
  let t: TestApp;
  let seq = 0;

  /** A stored report whose cells were (as if) read from a scan: three await review. */
  async function scannedReport(): Promise<number> {
    seq += 1;
    const bytes = Buffer.concat([fixture(QIJIAZI), Buffer.from(`\nreview-${seq}\n`, 'utf8')]);
    const res = await t.http.post('/api/reports').attach('files', bytes, `scan-${seq}.txt`);
    const reportId = res.body.results[0].reportId as number;
    await t.db.write(async (manager) => {
      const repos = new Repositories(manager);
      const kept = (await repos.reports.findingsOf(reportId)).map((finding) => ({
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        table: finding.tableId,
        keys: finding.keys,
        location: finding.location,
      })) as ParseFinding[];
      await repos.revisions.replaceFindings(reportId, [
        ...kept,
        ...[NATURAL_PERSON, COMMERCIAL, RESEARCH].map(awaiting),
      ]);
    });
    return reportId;
  }

  const detail = async (id: number) => (await t.http.get(`/api/reports/${id}`).expect(200)).body;
  const reviewKeys = (findings: Finding[]) =>
    findings.filter((finding) => finding.code === 'needs_review').flatMap((f) => f.keys);

  beforeAll(async () => {
    t = await createTestApp(type);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the box and confidence of a finding read from a scan', async () => {
    const id = await scannedReport();
    const finding = (await detail(id)).findings.find(
      (candidate: Finding) => candidate.code === 'needs_review',
    );
    expect(finding.location).toMatchObject({ box: [300, 390, 312, 402], confidence: 0.62 });
  });

  it('confirms one cell through a correction with its value unchanged, dropping only its finding', async () => {
    const id = await scannedReport();
    const value = (await detail(id)).values[NATURAL_PERSON];
    const res = await t.http
      .post(`/api/reports/${id}/corrections`)
      .send({ key: NATURAL_PERSON, value, reason: '确认：与原图一致' })
      .expect(200);
    expect(res.body.values[NATURAL_PERSON]).toBe(value);
    expect(reviewKeys(res.body.findings)).toEqual([COMMERCIAL, RESEARCH]);
    expect(res.body.corrections).toEqual([
      expect.objectContaining({
        key: NATURAL_PERSON,
        oldValue: value,
        newValue: value,
        user: TEST_ADMIN.username,
      }),
    ]);
  });

  it('confirms every remaining cell in one request, one audit entry per cell', async () => {
    const id = await scannedReport();
    const before = await detail(id);
    const res = await t.http.post(`/api/reports/${id}/confirm-all`).expect(200);
    expect(reviewKeys(res.body.findings)).toEqual([]);
    expect(res.body.values).toEqual(before.values);
    const audit = res.body.corrections.map((row: { key: string; reason: string }) => [
      row.key,
      row.reason,
    ]);
    expect(audit).toHaveLength(3);
    expect(audit).toEqual(
      expect.arrayContaining(
        [NATURAL_PERSON, COMMERCIAL, RESEARCH].map((key) => [key, CONFIRM_ALL_REASON]),
      ),
    );
    // The other findings (the parser's own) are untouched.
    expect(res.body.findings.length).toBe(before.findings.length - 3);
  });

  it('lists a report with cells awaiting review under its own kind in the review queue, until confirmed', async () => {
    const id = await scannedReport();
    const queued = async () =>
      (
        await t.http.get('/api/reports?problem=needs_review&pageSize=100').expect(200)
      ).body.items.find((item: { id: number }) => item.id === id);
    expect((await queued())?.findingCounts).toMatchObject({ needs_review: 3 });
    await t.http.post(`/api/reports/${id}/confirm-all`).expect(200);
    expect(await queued()).toBeUndefined();
  });

  it('answers 409 when nothing awaits review, 404 for an unknown report, 400 for a bad id', async () => {
    const id = await scannedReport();
    await t.http.post(`/api/reports/${id}/confirm-all`).expect(200);
    const again = await t.http.post(`/api/reports/${id}/confirm-all`).expect(409);
    expect(again.body.message).toContain(`report ${id}`);
    await t.http.post('/api/reports/999999/confirm-all').expect(404);
    await t.http.post('/api/reports/abc/confirm-all').expect(400);
  });

  it('refuses a viewer and a request without the CSRF token, changing nothing', async () => {
    const id = await scannedReport();
    const { http: viewer } = await t.userAgent(`review-viewer-${type}`, 'viewer');
    await viewer.post(`/api/reports/${id}/confirm-all`).expect(403);
    const noCsrf = await t.login(TEST_ADMIN.username, TEST_ADMIN.password);
    await noCsrf.post(`/api/reports/${id}/confirm-all`).set('X-CSRF-Token', 'wrong').expect(403);
    expect(reviewKeys((await detail(id)).findings)).toHaveLength(3);
  });
});
