import { closeExtractors } from '@ogi/report-extract';
import { createTestApp, type TestApp } from '../testing/test-app';
import { formatCounts, fuzzCases, fuzzParser, judgeUpload } from '../testing/fuzz/fuzz-run';

/**
 * The CI-sized fuzz run (`npm run fuzz` runs 10,000): mutated reports of every layout through the
 * parser and, a sample, through the upload endpoint. Every file ends as values or a clear error;
 * none crashes, none passes the time budget, and the server answers /api/health afterwards.
 */
describe('fuzzed report files', () => {
  afterAll(() => closeExtractors());

  it('300 mutated files through the parser: values or clear errors, no crash, no hang', async () => {
    const counts = await fuzzParser({
      seed: 'ci',
      count: 300,
      budgetMs: 10_000,
      readOptions: { timeoutMs: 5000 },
    });
    const summary = formatCounts('parser', counts);
    expect({ crashes: counts.crashes, hangs: counts.hangs, summary }).toEqual({
      crashes: 0,
      hangs: 0,
      summary,
    });
    expect(counts.files).toBe(300);
    expect(counts.values + counts.clearErrors).toBe(300);
    // The mutations must leave both kinds: a run of only errors would test nothing.
    expect(counts.values).toBeGreaterThan(30);
    expect(counts.clearErrors).toBeGreaterThan(30);
  }, 600_000);

  describe('through the upload endpoint', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp('sqlite', { read: { timeoutMs: 5000 } });
    }, 60_000);
    afterAll(() => t?.close());

    it('answers every one of 40 mutated uploads with results or a clear 4xx, and stays healthy', async () => {
      const verdicts: Record<string, number> = {};
      for (const { file } of fuzzCases('ci-upload', 40)) {
        const res = await t.http
          .post('/api/reports')
          .attach('files', Buffer.from(file.bytes), file.name);
        const verdict = judgeUpload(res.status, res.body);
        verdicts[verdict] = (verdicts[verdict] ?? 0) + 1;
        if (verdict === 'crash') throw new Error(`${file.name}: ${res.status} ${res.text}`);
      }
      expect(verdicts['crash']).toBeUndefined();
      expect((verdicts['values'] ?? 0) + (verdicts['clear'] ?? 0)).toBe(40);
      await t.http.get('/api/health').expect(200);
    }, 300_000);
  });
});
