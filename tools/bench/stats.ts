/**
 * Stats benchmark: generates 50,000 and then 300,000 reports into a fresh SQLite file each,
 * then times every stats endpoint through the service layer (what the controllers call) over 30
 * calls with varied filters, beside the same numbers from plain SQL (stats-plain-sql.ts) scanning
 * report_figures (the floor the targets name), and, for the endpoints that read stats_rollup, plain
 * SQL on the rollup too (shown with its ratio; sub-millisecond, so the service's fixed cost per
 * call dominates it). Targets: p95 ≤ 50 ms at 50k and ≤ 250 ms at 300k, and ≤ 2× plain SQL.
 *
 * Then the summary, series, ranking and coverage with a stored selection of 3,000 offices (what
 * the web sends for long filter lists), beside the same 3,000 ids as an inline list (which the
 * API's parser refuses over 200; timed through the service only as a reference).
 *
 *   npm run bench:stats                      # 50,000 then 300,000
 *   npm run bench:stats -- --counts 20000    # other sizes (comma list)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import {
  Database,
  openDataSource,
  Repositories,
  statsMetric,
  type MetricColumns,
} from '@ogi/api-data-access';
import type { AccessScope } from '../../apps/api/src/app/auth/access-scope';
import { SelectionsService } from '../../apps/api/src/app/selections/selections.service';
import type { StatsFilter } from '@ogi/api-params';
import { StatsTablesService } from '../../apps/api/src/app/stats/stats-tables.service';
import { StatsService } from '../../apps/api/src/app/stats/stats.service';
import { generateBenchData, type BenchData } from '../../apps/api-e2e/src/load/stats-data';
import { PLAIN_ROLLUP_SQL, PLAIN_SQL } from './stats-plain-sql';

const CALLS = 30;
/** An admin: every region (the stats of a narrower scope add one region condition). */
const ADMIN: AccessScope = { userId: 0, username: 'bench', role: 'admin', regionPaths: null };
/** Offices in the stored selection timed after the endpoints. */
const SELECTED_OFFICES = 3_000;
const metric = (id: string) => statsMetric(id) as MetricColumns;

/** Call i: year ranges of 2–5 years ending 2023–2025, every filter in turn (combined at times). */
function filters(data: BenchData): StatsFilter[] {
  return Array.from({ length: CALLS }, (_, i) => {
    const yearTo = 2025 - (i % 3);
    const region =
      i % 3 === 1
        ? [data.regions.cities[i % data.regions.cities.length]]
        : i % 3 === 2
          ? [data.regions.districts[(i * 7) % data.regions.districts.length]]
          : undefined;
    return {
      yearFrom: yearTo - 1 - (i % 4),
      yearTo,
      regionIds: region,
      officeKinds: i % 4 === 3 ? ['street', 'township'] : undefined,
      format: i % 5 === 4 ? '2021' : undefined,
    };
  });
}

function endpoints(stats: StatsService, tables: StatsTablesService) {
  const page = { page: 1, pageSize: 100 };
  return {
    summary: (f: StatsFilter) => stats.summary(ADMIN, f),
    series: (f: StatsFilter) =>
      stats.series(
        ADMIN,
        f,
        ['applications_new', 'disclosure_rate', 'correction_rate'].map(metric),
      ),
    breakdown: (f: StatsFilter) =>
      stats.breakdown(
        ADMIN,
        f,
        ['applications_new', 'disclosure_rate'].map(metric),
        { by: 'region', level: 'district' },
        1000,
      ),
    outcomes: (f: StatsFilter) => stats.distribution(ADMIN, f, 'outcomes'),
    applicants: (f: StatsFilter) => stats.distribution(ADMIN, f, 'applicants'),
    appeals: (f: StatsFilter) => stats.distribution(ADMIN, f, 'appeals'),
    ranking: (f: StatsFilter) =>
      tables.ranking(ADMIN, f, {
        metric: metric('disclosure_rate'),
        year: f.yearTo,
        order: 'desc',
        limit: 10,
      }),
    matrix: (f: StatsFilter) => tables.matrix(ADMIN, f, metric('applications_new'), page),
    coverage: (f: StatsFilter) => tables.coverage(ADMIN, f, page),
  };
}

/**
 * Times the summary, series, ranking and coverage with a stored selection of SELECTED_OFFICES
 * offices (every other office by id, so they spread over the regions) and with the same ids inline.
 */
async function benchSelection(
  db: Database,
  raw: BetterSqlite3.Database,
  calls: ReturnType<typeof endpoints>,
): Promise<void> {
  const ids = (raw.prepare('SELECT id FROM offices ORDER BY id').all() as { id: number }[])
    .map((row) => row.id)
    .filter((_, index) => index % 2 === 0)
    .slice(0, SELECTED_OFFICES);
  // A selection names who stored it: an account that exists.
  const user = await db.write((manager) =>
    new Repositories(manager).users.create({
      username: 'bench',
      passwordHash: 'not-a-login',
      role: 'admin',
      regionIds: [],
    }),
  );
  const started = process.hrtime.bigint();
  const { id } = await new SelectionsService(db).create(
    { ...ADMIN, userId: user.id },
    { officeIds: ids, regionIds: [] },
  );
  const stored = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`
stored selection of ${ids.length} offices: POST ${stored.toFixed(0)} ms`);
  console.log('endpoint     selection p50   p95      inline ids p50   p95');
  const years = (i: number) => {
    const yearTo = 2025 - (i % 3);
    return { yearFrom: yearTo - 1 - (i % 4), yearTo };
  };
  for (const name of ['summary', 'series', 'ranking', 'coverage'] as const) {
    const call = calls[name];
    await call({ ...years(0), selection: id });
    let i = 0;
    const bySelection = await time(() => call({ ...years(i++), selection: id }));
    let j = 0;
    const inline = await time(() => call({ ...years(j++), officeIds: ids }));
    console.log(
      `${name.padEnd(11)} ${percentile(bySelection, 50).toFixed(1).padStart(15)} ${percentile(bySelection, 95).toFixed(1).padStart(7)} ${percentile(inline, 50).toFixed(1).padStart(18)} ${percentile(inline, 95).toFixed(1).padStart(7)}`,
    );
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(run: () => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

async function benchSize(count: number): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'ogi-bench-stats-'));
  const dataSource = await openDataSource({ type: 'sqlite', path: join(dir, 'stats.sqlite') });
  try {
    const raw = (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database })
      .databaseConnection;
    const started = Date.now();
    const data = generateBenchData(raw, count);
    console.log(
      `\n${data.reports} reports, ${data.offices} offices (${count}): generated in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const db = new Database(dataSource);
    const calls = endpoints(new StatsService(db), new StatsTablesService(db));
    const list = filters(data);
    const target = count <= 50_000 ? 50 : 250;
    let allMet = true;
    console.log(
      'endpoint     p50 ms   p95 ms  target  plain p95   ratio   met     rollup-SQL p95   ratio',
    );
    for (const [name, call] of Object.entries(calls)) {
      const plain = PLAIN_SQL[name];
      const rollup = PLAIN_ROLLUP_SQL[name];
      // One warm-up of each, then alternate so both see the same cache and contention.
      await call(list[0]);
      plain(raw, list[0]);
      rollup?.(raw, list[0]);
      let i = 0;
      const service = await time(() => call(list[i++ % CALLS]));
      let j = 0;
      const scan = await time(() => plain(raw, list[j++ % CALLS]));
      let k = 0;
      const floor = rollup ? await time(() => rollup(raw, list[k++ % CALLS])) : null;
      const p95 = percentile(service, 95);
      const ratio = p95 / percentile(scan, 95);
      const met = p95 <= target && ratio <= 2;
      allMet &&= met;
      const rollupCols = floor
        ? `${percentile(floor, 95).toFixed(1).padStart(16)} ${(p95 / percentile(floor, 95)).toFixed(2).padStart(7)}×`
        : '';
      console.log(
        `${name.padEnd(11)} ${percentile(service, 50).toFixed(1).padStart(7)} ${p95.toFixed(1).padStart(8)} ${`≤ ${target}`.padStart(7)} ${percentile(scan, 95).toFixed(1).padStart(10)} ${ratio.toFixed(2).padStart(6)}×   ${(met ? 'met' : 'NOT met').padEnd(7)}${rollupCols}`,
      );
    }
    await benchSelection(db, raw, calls);
    return allMet;
  } finally {
    await dataSource.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const index = process.argv.indexOf('--counts');
  const counts = index >= 0 ? process.argv[index + 1].split(',').map(Number) : [50_000, 300_000];
  let allMet = true;
  for (const count of counts) allMet = (await benchSize(count)) && allMet;
  console.log(
    `\n${allMet ? 'every target met' : 'some targets NOT met'} (2 shared cores: figures read pessimistic)`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
