/**
 * The floor the stats benchmark compares with: each endpoint's numbers computed by hand-written
 * SQL run directly on better-sqlite3 (prepared, no TypeORM, no service, no DTOs). Metric columns
 * are spelled out by metricSql so both sides sum the same columns.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { metricSql, STATS_METRICS, statsMetric, type MetricColumns } from '@ogi/api-data-access';
import type { StatsFilter } from '@ogi/api-params';

type Params = (string | number)[];

function scope(db: BetterSqlite3.Database, filter: StatsFilter, yearFrom: number, yearTo: number) {
  const params: Params = [yearFrom, yearTo];
  let sql = `r.is_current = 1 AND r.status = 'ok' AND r.year BETWEEN ? AND ?`;
  if (filter.format) {
    sql += ' AND r.format_applications = ?';
    params.push(filter.format);
  }
  if (filter.officeKinds?.length) {
    sql += ` AND o.kind IN (${filter.officeKinds.map(() => '?').join(', ')})`;
    params.push(...filter.officeKinds);
  }
  if (filter.regionIds?.length) {
    const paths = filter.regionIds.map(
      (id) =>
        (db.prepare('SELECT path FROM regions WHERE id = ?').get(id) as { path: string }).path,
    );
    sql += ` AND (${paths.map(() => 'g.path LIKE ?').join(' OR ')})`;
    params.push(...paths.map((path) => `${path}%`));
  }
  return { sql, params };
}

const FROM = `FROM reports r JOIN report_figures f ON f.report_id = r.id JOIN offices o ON o.id = r.office_id JOIN regions g ON g.id = o.region_id`;
const OFFICES = `FROM offices o JOIN regions g ON g.id = o.region_id`;

function sums(metrics: readonly MetricColumns[]): string {
  return metrics
    .map((metric) => {
      const sql = metricSql(metric, 'f');
      return sql.denominator
        ? `SUM(CASE WHEN ${sql.denominator} IS NOT NULL THEN ${sql.numerator} END), SUM(CASE WHEN ${sql.numerator} IS NOT NULL THEN ${sql.denominator} END), COUNT(CASE WHEN ${sql.denominator} IS NOT NULL THEN ${sql.numerator} END)`
        : `SUM(${sql.numerator}), COUNT(${sql.numerator})`;
    })
    .join(', ');
}

const officeScope = (db: BetterSqlite3.Database, filter: StatsFilter) => {
  const where = scope(db, { ...filter, format: undefined }, 0, 9999);
  // Only the office parts of the scope (after the status and year terms).
  const sql = where.sql.replace(/^.*BETWEEN \? AND \?/, '1 = 1');
  return { sql, params: where.params.slice(2) };
};

function byYear(
  db: BetterSqlite3.Database,
  filter: StatsFilter,
  metrics: readonly MetricColumns[],
  from = filter.yearFrom,
) {
  const where = scope(db, filter, from, filter.yearTo);
  return db
    .prepare(`SELECT r.year, COUNT(*), ${sums(metrics)} ${FROM} WHERE ${where.sql} GROUP BY r.year`)
    .raw()
    .all(...where.params);
}

function coverageTotals(db: BetterSqlite3.Database, filter: StatsFilter) {
  const where = scope(db, { ...filter, format: undefined }, filter.yearFrom, filter.yearTo);
  return [
    officeCount(db, filter),
    db
      .prepare(
        `SELECT COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM report_findings x WHERE x.report_id = r.id AND x.severity = 'error') THEN 1 ELSE 0 END) ${FROM.replace('JOIN report_figures f ON f.report_id = r.id ', '')} WHERE ${where.sql}`,
      )
      .get(...where.params),
  ];
}

function officePage(db: BetterSqlite3.Database, filter: StatsFilter): [number][] {
  const offices = officeScope(db, filter);
  return db
    .prepare(`SELECT o.id, o.name ${OFFICES} WHERE ${offices.sql} ORDER BY o.name, o.id LIMIT 100`)
    .raw()
    .all(...offices.params) as [number][];
}

function officeCount(db: BetterSqlite3.Database, filter: StatsFilter) {
  const offices = officeScope(db, filter);
  return db.prepare(`SELECT COUNT(*) ${OFFICES} WHERE ${offices.sql}`).get(...offices.params);
}

const metric = (id: string) => statsMetric(id) as MetricColumns;
const group = (name: string) => [...STATS_METRICS.values()].filter((m) => m.metric.group === name);

type Part = (db: BetterSqlite3.Database, filter: StatsFilter) => unknown;

const RATE = () => metricSql(metric('disclosure_rate'), 'f');

/** Reports in the ranking's year, and those with a disclosure rate to rank, from the reports. */
const scannedRankable: Part = (db, filter) => {
  const where = scope(db, filter, filter.yearTo, filter.yearTo);
  const rate = RATE();
  return db
    .prepare(
      `SELECT COUNT(*), COUNT(CASE WHEN ${rate.numerator} IS NOT NULL AND ${rate.denominator} > 0 THEN 1 END) ${FROM} WHERE ${where.sql}`,
    )
    .get(...where.params);
};

function ranking(db: BetterSqlite3.Database, filter: StatsFilter, rankable: Part) {
  const where = scope(db, filter, filter.yearTo, filter.yearTo);
  const rate = RATE();
  const top = db
    .prepare(
      `SELECT r.office_id, o.name, ${rate.numerator}, ${rate.denominator} ${FROM} WHERE ${where.sql} AND ${rate.numerator} IS NOT NULL AND ${rate.denominator} > 0
       ORDER BY ${rate.numerator} / ${rate.denominator} DESC, ${rate.denominator} DESC, r.office_id LIMIT 10`,
    )
    .raw()
    .all(...where.params) as [number][];
  const before = scope(db, filter, filter.yearTo - 1, filter.yearTo - 1);
  const ids = top.map((row) => row[0]);
  return [
    top,
    db
      .prepare(
        `SELECT r.office_id, ${rate.numerator}, ${rate.denominator} ${FROM} WHERE ${before.sql} AND r.office_id IN (${ids.map(() => '?').join(', ') || 'NULL'})`,
      )
      .all(...before.params, ...ids),
    rankable(db, filter),
  ];
}

function coverage(db: BetterSqlite3.Database, filter: StatsFilter, totals: Part) {
  const page = officePage(db, filter);
  const where = scope(db, { ...filter, format: undefined }, filter.yearFrom, filter.yearTo);
  const ids = page.map((row) => row[0]);
  return [
    page,
    totals(db, filter),
    db
      .prepare(
        `SELECT r.office_id, r.year, EXISTS (SELECT 1 FROM report_findings x WHERE x.report_id = r.id AND x.severity = 'error') ${FROM} WHERE ${where.sql} AND r.office_id IN (${ids.map(() => '?').join(', ') || 'NULL'})`,
      )
      .all(...where.params, ...ids),
  ];
}

export const PLAIN_SQL: Record<
  string,
  (db: BetterSqlite3.Database, filter: StatsFilter) => unknown
> = {
  summary: (db, filter) => [
    byYear(db, filter, [...STATS_METRICS.values()].slice(0, 40), filter.yearTo - 1),
    coverageTotals(db, filter),
  ],
  series: (db, filter) =>
    byYear(db, filter, ['applications_new', 'disclosure_rate', 'correction_rate'].map(metric)),
  breakdown: (db, filter) => {
    const where = scope(db, filter, filter.yearFrom, filter.yearTo);
    return db
      .prepare(
        `WITH RECURSIVE walk(region_id, group_id) AS (SELECT id, id FROM regions WHERE level = 'district'
           UNION ALL SELECT c.id, walk.group_id FROM regions c JOIN walk ON c.parent_id = walk.region_id)
         SELECT walk.group_id, COUNT(*), ${sums(['applications_new', 'disclosure_rate'].map(metric))}
         ${FROM} JOIN walk ON walk.region_id = o.region_id WHERE ${where.sql} GROUP BY walk.group_id`,
      )
      .raw()
      .all(...where.params);
  },
  outcomes: (db, filter) => byYear(db, filter, group('outcomes')),
  applicants: (db, filter) => byYear(db, filter, group('applicants')),
  appeals: (db, filter) => byYear(db, filter, group('appeals')),
  ranking: (db, filter) => ranking(db, filter, scannedRankable),
  matrix: (db, filter) => {
    const page = officePage(db, filter);
    const where = scope(db, filter, filter.yearFrom, filter.yearTo);
    const ids = page.map((row) => row[0]);
    return [
      page,
      officeCount(db, filter),
      db
        .prepare(
          `SELECT r.office_id, r.year, f.new_received_total ${FROM} WHERE ${where.sql} AND r.office_id IN (${ids.map(() => '?').join(', ') || 'NULL'})`,
        )
        .all(...where.params, ...ids),
    ];
  },
  coverage: (db, filter) => coverage(db, filter, coverageTotals),
};

/** The rows of stats_rollup in scope: the filter region's own row (or 0, all), kinds, format. */
function rollupScope(filter: StatsFilter, yearFrom: number, yearTo: number, withFormat = true) {
  const params: Params = [yearFrom, yearTo];
  let sql = 's.year BETWEEN ? AND ?';
  if (withFormat && filter.format) {
    sql += ' AND s.format = ?';
    params.push(filter.format);
  }
  if (filter.officeKinds?.length) {
    sql += ` AND s.kind IN (${filter.officeKinds.map(() => '?').join(', ')})`;
    params.push(...filter.officeKinds);
  }
  return { sql, params };
}

function regionRows(filter: StatsFilter): { sql: string; params: Params } {
  const ids = filter.regionIds?.length ? filter.regionIds : [0];
  return { sql: `s.region_id IN (${ids.map(() => '?').join(', ')})`, params: ids };
}

function rollupSums(metrics: readonly MetricColumns[]): string {
  return metrics
    .flatMap((metric) =>
      (metric.denominator ? ['n', 'd', 'u'] : ['n', 'u']).map(
        (part) => `SUM(s."${metric.metric.id}__${part}")`,
      ),
    )
    .join(', ');
}

function rollupByYear(
  db: BetterSqlite3.Database,
  filter: StatsFilter,
  metrics: readonly MetricColumns[],
  from = filter.yearFrom,
) {
  const where = rollupScope(filter, from, filter.yearTo);
  const regions = regionRows(filter);
  return db
    .prepare(
      `SELECT s.year, SUM(s.reports), ${rollupSums(metrics)} FROM stats_rollup s
       WHERE ${where.sql} AND ${regions.sql} GROUP BY s.year HAVING SUM(s.reports) > 0`,
    )
    .raw()
    .all(...where.params, ...regions.params);
}

function rollupCoverageTotals(db: BetterSqlite3.Database, filter: StatsFilter) {
  const where = rollupScope(filter, filter.yearFrom, filter.yearTo, false);
  const regions = regionRows(filter);
  return [
    officeCount(db, filter),
    db
      .prepare(
        `SELECT SUM(s.present), SUM(s.failing) FROM stats_rollup s WHERE ${where.sql} AND ${regions.sql}`,
      )
      .get(...where.params, ...regions.params),
  ];
}

/**
 * The same numbers by hand-written SQL on stats_rollup, for the endpoints that read it: the floor
 * of the storage shape the service uses (PLAIN_SQL scans report_figures, as before the rollup).
 */
export const PLAIN_ROLLUP_SQL: Record<
  string,
  (db: BetterSqlite3.Database, filter: StatsFilter) => unknown
> = {
  summary: (db, filter) => [
    rollupByYear(db, filter, [...STATS_METRICS.values()].slice(0, 40), filter.yearTo - 1),
    rollupCoverageTotals(db, filter),
  ],
  series: (db, filter) =>
    rollupByYear(
      db,
      filter,
      ['applications_new', 'disclosure_rate', 'correction_rate'].map(metric),
    ),
  breakdown: (db, filter) => {
    const where = rollupScope(filter, filter.yearFrom, filter.yearTo);
    // The bench filters by a city or a district: the districts inside it read their own rows.
    const paths = (filter.regionIds ?? []).map(
      (id) =>
        (db.prepare('SELECT path FROM regions WHERE id = ?').get(id) as { path: string }).path,
    );
    const inside = paths.length ? `AND (${paths.map(() => 'g.path LIKE ?').join(' OR ')})` : '';
    return db
      .prepare(
        `SELECT g.id, SUM(s.reports), ${rollupSums(['applications_new', 'disclosure_rate'].map(metric))}
         FROM regions g JOIN stats_rollup s ON s.region_id = g.id
         WHERE g.level = 'district' ${inside} AND ${where.sql} GROUP BY g.id HAVING SUM(s.reports) > 0`,
      )
      .raw()
      .all(...paths.map((path) => `${path}%`), ...where.params);
  },
  outcomes: (db, filter) => rollupByYear(db, filter, group('outcomes')),
  applicants: (db, filter) => rollupByYear(db, filter, group('applicants')),
  appeals: (db, filter) => rollupByYear(db, filter, group('appeals')),
  ranking: (db, filter) =>
    ranking(db, filter, (db, filter) => {
      const where = rollupScope(filter, filter.yearTo, filter.yearTo);
      const regions = regionRows(filter);
      return db
        .prepare(
          `SELECT SUM(s.reports), SUM(s."disclosure_rate__r") FROM stats_rollup s WHERE ${where.sql} AND ${regions.sql}`,
        )
        .get(...where.params, ...regions.params);
    }),
  coverage: (db, filter) => coverage(db, filter, rollupCoverageTotals),
};
