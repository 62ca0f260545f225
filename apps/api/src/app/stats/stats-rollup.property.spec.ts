import { POSTGRES_SKIPPED, testDatabaseTypes } from '@ogi/api-data-access';
import { DemoDataService } from '../demo/demo-data.service';
import { runRollupOperations } from '../testing/rollup/rollup-operations';
import { createTestApp, type TestApp } from '../testing/test-app';

/** Enough to meet every kind of write many times; `npm run soak:rollup` runs 10,000. */
const OPERATIONS = Number(process.env['ROLLUP_OPERATIONS'] ?? 300);

if (testDatabaseTypes().length === 1) {
  describe.skip(POSTGRES_SKIPPED, () => {
    it('runs the rollup property test on PostgreSQL', () => undefined);
  });
}

describe.each(testDatabaseTypes())('stats_rollup under random writes on %s', (type) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(type, { demoData: true });
    await t.app.get(DemoDataService).loadIfEmpty({ maxReports: 12 });
  }, 60_000); // an app, its migrations and 12 demo reports
  afterAll(async () => {
    await t?.close();
  });

  it(`equals a recomputation from report_figures after each of ${OPERATIONS} random writes`, async () => {
    const seed = process.env['ROLLUP_SEED'] ?? `ci-${type}`;
    const { statuses, checks } = await runRollupOperations(t, { seed, operations: OPERATIONS });
    expect(checks).toBe(OPERATIONS);
    // The sequence really wrote: uploads stored, corrections made and refused past the bounds,
    // versions switched, offices merged and moved.
    expect(statuses['upload']?.[200]).toBeGreaterThan(10);
    expect(statuses['correct']?.[200]).toBeGreaterThan(10);
    expect(statuses['correct']?.[400]).toBeGreaterThan(10);
    expect(statuses['make-current']?.[200]).toBeGreaterThan(0);
    expect(statuses['merge']?.[200]).toBeGreaterThan(0);
    expect(statuses['move-office']?.[200]).toBeGreaterThan(0);
    expect(statuses['move-region']?.[200]).toBeGreaterThan(0);
  }, 600_000);
});
