/**
 * Soak test of the stats rollup: a long random sequence of writes through the API (uploads, new
 * versions, corrections with extreme values, make-current, merges and undo, office and region
 * moves, re-reads); after each one, stats_rollup must equal a recomputation from report_figures.
 * Runs on a SQLite file, and on PostgreSQL too when TEST_DATABASE_URL names a server (or run it
 * under tools/ci/postgres.sh run --). Exits 1 at the first difference or 5xx answer.
 *
 *   npm run soak:rollup                                   # 10,000 operations
 *   npm run soak:rollup -- --operations 2000 --seed abc --check-every 5 --databases postgres
 */
import { testDatabaseTypes } from '@ogi/api-data-access';
import { DemoDataService } from '../../apps/api/src/app/demo/demo-data.service';
import { runRollupOperations } from '../../apps/api/src/app/testing/rollup/rollup-operations';
import { createTestApp } from '../../apps/api/src/app/testing/test-app';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const operations = Number(option('operations') ?? 10_000);
  const seed = option('seed') ?? 'soak';
  const checkEvery = Number(option('check-every') ?? 1);
  const only = option('databases')?.split(',');
  let failed = false;
  for (const type of testDatabaseTypes().filter((name) => !only || only.includes(name))) {
    const started = Date.now();
    console.log(
      `soak:rollup on ${type}: ${operations} operations, seed ${seed}, checked every ${checkEvery}`,
    );
    const t = await createTestApp(type, { demoData: true });
    try {
      await t.app.get(DemoDataService).loadIfEmpty({ maxReports: 12 });
      const { statuses, checks } = await runRollupOperations(t, {
        seed,
        operations,
        checkEvery,
        onProgress: (done) => {
          if (done % 1000 === 0) {
            console.log(`  ${done} operations, ${((Date.now() - started) / 1000).toFixed(0)} s`);
          }
        },
      });
      console.log(`  answers by operation and HTTP status: ${JSON.stringify(statuses)}`);
      console.log(
        `  ${type}: passed, ${checks} comparisons without a difference, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    } catch (err) {
      failed = true;
      console.error(`  ${type}: FAILED: ${(err as Error).message}`);
    } finally {
      await t.close();
    }
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
