/**
 * Bulk data for the stats benchmark: a region tree (1 province, cities, districts, thousands of
 * streets), offices and `count` reports over 2019–2025 with their report_figures rows, written
 * straight into a migrated SQLite file with prepared statements (no cells: stats never read them).
 * stats_rollup is filled as the migration fills it for rows stored before it: its triggers are
 * set aside during the bulk insert, then the same backfill statement runs and the triggers return.
 */
import type BetterSqlite3 from 'better-sqlite3';
import {
  currentRollupMetrics,
  dropRollupTriggersSql,
  FIGURE_COLUMNS,
  rollupBackfillSql,
  rollupTriggersSql,
} from '@ogi/api-data-access';

export const BENCH_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const CITIES = 14;
const DISTRICTS_PER_CITY = 10;
/** Share of reports stored twice (a superseded first version). */
const SUPERSEDED = 0.05;

/** mulberry32: a fixed seed gives the same data every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchData {
  regions: { cities: number[]; districts: number[] };
  offices: number;
  reports: number;
}

/** Plausible figures: handled splits into outcomes, a few cells missing, appeals rare. */
function figures(random: () => number, format: string): (number | null)[] {
  const size = random() < 0.3 ? 0 : Math.floor(Math.exp(random() * 4));
  const newReceived = size;
  const carriedOver = Math.floor(size * random() * 0.2);
  const handled = newReceived + carriedOver - Math.floor(carriedOver * random());
  const granted = Math.floor(handled * random() * 0.6);
  const partly = Math.floor((handled - granted) * random() * 0.4);
  const rest = handled - granted - partly;
  const withheld = Math.floor(rest * random() * 0.3);
  const unable = rest - withheld;
  const reviewClosed = random() < 0.15 ? 1 + Math.floor(random() * 3) : 0;
  const reviewCorrected = Math.floor(reviewClosed * random() * 0.5);
  const litigationClosed = random() < 0.08 ? 1 + Math.floor(random() * 2) : 0;
  const known: Record<string, number | null> = {
    new_received_total: newReceived,
    carried_over_total: carriedOver,
    handled_total: handled,
    carried_forward_total: newReceived + carriedOver - handled,
    granted_total: granted,
    partially_granted_total: random() < 0.02 ? null : partly,
    withheld_total: withheld,
    unable_total: unable,
    not_processed_total: 0,
    other_handling_total: 0,
    reason_withheld_process_info: withheld,
    reason_unable_not_held: unable,
    applicants_natural_person: Math.floor(newReceived * 0.8),
    applicants_legal_person_or_org: newReceived - Math.floor(newReceived * 0.8),
    review_upheld: reviewClosed - reviewCorrected,
    review_corrected: reviewCorrected,
    review_closed: reviewClosed,
    review_total: reviewClosed,
    litigation_upheld: litigationClosed,
    litigation_corrected: 0,
    litigation_closed: litigationClosed,
    litigation_total: litigationClosed,
    reason_other_handling_fee_unpaid: format === '2019' ? null : 0,
  };
  return FIGURE_COLUMNS.map((column) =>
    column.column in known ? known[column.column] : Math.floor(random() * 3),
  );
}

/** The largest id of a table, so generated rows go after rows already there (the demo data). */
function maxId(db: BetterSqlite3.Database, table: string): number {
  return Number(
    (db.prepare(`SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`).get() as { n: number }).n,
  );
}

export function generateBenchData(db: BetterSqlite3.Database, count: number): BenchData {
  const random = rng(count);
  const officeBase = maxId(db, 'offices');
  const fileBase = maxId(db, 'source_files');
  const officeCount = Math.ceil(count / BENCH_YEARS.length / (1 + SUPERSEDED));
  const insertRegion = db.prepare(
    `INSERT INTO regions (id, parent_id, name, level, path, is_demo) VALUES (?, ?, ?, ?, ?, 0)`,
  );
  const insertOffice = db.prepare(
    `INSERT INTO offices (id, name, normalized_name, kind, region_id, is_demo) VALUES (?, ?, ?, ?, ?, 0)`,
  );
  const insertFile = db.prepare(
    `INSERT INTO source_files (id, sha256, file_name, media_type, size, content, is_demo) VALUES (?, ?, ?, 'text/plain', 1, x'00', 0)`,
  );
  const insertReport = db.prepare(
    `INSERT INTO reports (id, source_file_id, office_id, year, version, is_current, status, format_active, format_applications, format_appeals, parser_version, is_demo)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2021', 'bench', 0)`,
  );
  const insertFigures = db.prepare(
    `INSERT INTO report_figures (report_id, flags, ${FIGURE_COLUMNS.map((c) => `"${c.column}"`).join(', ')})
     VALUES (?, '{}', ${FIGURE_COLUMNS.map(() => '?').join(', ')})`,
  );
  const insertFinding = db.prepare(
    `INSERT INTO report_findings (report_id, position, code, severity, message, keys) VALUES (?, 0, 'rule', 'error', 'T3-1', '[]')`,
  );
  const cities: number[] = [];
  const districts: number[] = [];
  let regionId = maxId(db, 'regions');
  const reportBase = maxId(db, 'reports');
  let reportId = 0;
  const metrics = currentRollupMetrics();
  for (const sql of dropRollupTriggersSql('sqlite')) db.exec(sql);
  db.transaction(() => {
    const province = ++regionId;
    insertRegion.run(province, null, '基准省', 'province', `/${province}/`);
    const districtPaths: { id: number; path: string }[] = [];
    for (let c = 0; c < CITIES; c++) {
      const city = ++regionId;
      cities.push(city);
      insertRegion.run(city, province, `基准${c}市`, 'city', `/${province}/${city}/`);
      for (let d = 0; d < DISTRICTS_PER_CITY; d++) {
        const district = ++regionId;
        districts.push(district);
        const path = `/${province}/${city}/${district}/`;
        insertRegion.run(district, city, `基准${c}市${d}区`, 'district', path);
        districtPaths.push({ id: district, path });
      }
    }
    for (let officeId = 1; officeId <= officeCount; officeId++) {
      const district = districtPaths[officeId % districtPaths.length];
      const isDepartment = random() < 0.1;
      let officeRegion = district.id;
      if (!isDepartment) {
        officeRegion = ++regionId;
        insertRegion.run(
          officeRegion,
          district.id,
          `街道${officeId}`,
          'street',
          `${district.path}${officeRegion}/`,
        );
      }
      const kind = isDepartment ? 'department' : random() < 0.6 ? 'street' : 'township';
      const name = `${isDepartment ? '部门' : '街道办事处'}${officeId}`;
      insertOffice.run(officeBase + officeId, name, name, kind, officeRegion);
      for (const year of BENCH_YEARS) {
        if (reportId >= count) return;
        const format = year <= 2020 ? '2019' : '2021';
        const versions = random() < SUPERSEDED ? 2 : 1;
        for (let version = 1; version <= versions && reportId < count; version++) {
          const id = ++reportId;
          const status = random() < 0.03 ? 'failed' : 'ok';
          insertFile.run(fileBase + id, `bench-${count}-${id}`, `r${id}.txt`);
          insertReport.run(
            reportBase + id,
            fileBase + id,
            officeBase + officeId,
            year,
            version,
            version === versions ? 1 : 0,
            status,
            format,
            format,
          );
          insertFigures.run(reportBase + id, ...figures(random, format));
          if (random() < 0.05) insertFinding.run(reportBase + id);
        }
      }
    }
  })();
  db.transaction(() => {
    db.exec('DELETE FROM stats_rollup');
    db.exec(rollupBackfillSql(metrics));
    for (const sql of rollupTriggersSql('sqlite', metrics)) db.exec(sql);
  })();
  db.exec('ANALYZE');
  return { regions: { cities, districts }, offices: officeCount, reports: reportId };
}
