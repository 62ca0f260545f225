import { exactSumSql, floatSumSql, STATS_METRICS } from './metric-columns';

/**
 * `stats_rollup`: the sums the stats queries need, per (region subtree, year, office kind, 表三
 * format) over current ok reports. A report counts in the row of every ancestor region of its
 * office (and in region 0, "all offices"), so a region filter or group reads one row per year,
 * kind and format instead of every report below it.
 *
 * Kept up to date by database triggers (no writer can forget it): around every change of a row that
 * a report's contribution depends on (reports, report_figures, error findings, an office's region
 * or kind, a region's parent), a BEFORE trigger subtracts the contributions of the reports
 * concerned as they are and an AFTER trigger adds them as they have become. Sums are stored as 0
 * when no report has the figure; the count of reports with it (`__u`) tells null from 0.
 *
 * Every column is a 64-bit integer and every sum is taken over integers (counts as they are, 万元
 * in 分: `exactSumSql`): adding a report and subtracting it again gives back exactly what was
 * there, whatever was written in between. (Float sums drifted: 1e20 added and taken away again
 * took 9 off a district's 527.)
 */

/**
 * This is the rollup's SQL for the current metric list. Migrations do not call it: each holds the
 * SQL it ran as text (`migrations/rollup-step.ts`), written by `npm run migration:rollup`, and
 * stats-rollup.spec.ts fails while the last of them differs from what is built here.
 *
 * On PostgreSQL the AFTER half of a change runs at the end of the statement: PostgreSQL fires
 * AFTER row triggers only once the whole statement is done, so a statement touching two rows of
 * one report (the error findings of a re-check) took its contribution away twice and added it
 * back twice as it ended (`failing` went to -1). The first row of a statement that concerns a
 * report takes its contribution away and marks it in `stats_rollup_pending`; the statement's end
 * adds every marked report back. SQLite fires row triggers row by row, so its pairs add up.
 */

/** One metric as the rollup stores it: id and report_figures columns. */
export interface RollupMetric {
  id: string;
  numerator: readonly string[];
  denominator: readonly string[] | null;
}

/** Deepest region chain the rollup fans out to (province, city, district, street, … ). */
export const ROLLUP_DEPTH = 8;

export type RollupDialect = 'sqlite' | 'postgres';

/** The rollup metrics of the current code. */
export function currentRollupMetrics(): RollupMetric[] {
  return [...STATS_METRICS.values()].map(({ metric, numerator, denominator }) => ({
    id: metric.id,
    numerator: [...numerator],
    denominator: denominator ? [...denominator] : null,
  }));
}

/** Column names of one metric: numerator sum, denominator sum, reports known, reports rankable. */
export const rollupColumn = (id: string, part: 'n' | 'd' | 'u' | 'r') => `${id}__${part}`;

/**
 * How the sums are taken: 'exact' over integers (the rollup's own); 'float' over the plain
 * columns, as the rollup of a database not yet migrated to the exact rollup
 * (ExactRollup1765065600000) was kept, so that `check-rollup` compares such a database with sums
 * of its own kind.
 */
export type RollupSums = 'exact' | 'float';

interface Column {
  name: string;
  /** The SQL aggregate over one report's rows (alias f: report_figures). */
  expr: string;
}

function columns(metrics: readonly RollupMetric[], sums: RollupSums = 'exact'): Column[] {
  const sumOf = (columns: readonly string[]) =>
    sums === 'float' ? floatSumSql('f', columns) : exactSumSql('f', columns);
  const list: Column[] = [
    { name: 'reports', expr: 'COUNT(f.report_id)' },
    { name: 'present', expr: 'COUNT(*)' },
    {
      name: 'failing',
      expr: `SUM(CASE WHEN EXISTS (SELECT 1 FROM report_findings x WHERE x.report_id = r.id AND x.severity = 'error') THEN 1 ELSE 0 END)`,
    },
  ];
  for (const metric of metrics) {
    const n = sumOf(metric.numerator);
    const d = metric.denominator ? sumOf(metric.denominator) : null;
    // As StatsRepository counts a rate: only reports with both parts known.
    const numerator = d ? `CASE WHEN ${d} IS NOT NULL THEN ${n} END` : n;
    list.push({ name: rollupColumn(metric.id, 'n'), expr: `SUM(${numerator})` });
    list.push({ name: rollupColumn(metric.id, 'u'), expr: `COUNT(${numerator})` });
    if (d) {
      list.push({
        name: rollupColumn(metric.id, 'd'),
        expr: `SUM(CASE WHEN ${n} IS NOT NULL THEN ${d} END)`,
      });
      list.push({
        name: rollupColumn(metric.id, 'r'),
        expr: `COUNT(CASE WHEN ${n} IS NOT NULL AND ${d} > 0 THEN 1 END)`,
      });
    }
  }
  return list;
}

const KEY = ['region_id', 'year', 'kind', 'format'];

const PENDING = 'stats_rollup_pending';

/** CREATE TABLE and its key (and, on PostgreSQL, the pending reports). */
export function rollupTableSql(dialect: RollupDialect, metrics: readonly RollupMetric[]): string[] {
  const integer = dialect === 'postgres' ? 'bigint' : 'integer';
  const statements = [
    `CREATE TABLE "stats_rollup" (
        "region_id" integer NOT NULL,
        "year" integer NOT NULL,
        "kind" varchar NOT NULL,
        "format" varchar NOT NULL,
        ${columns(metrics)
          .map((column) => `"${column.name}" ${integer} NOT NULL DEFAULT 0`)
          .join(',\n        ')},
        PRIMARY KEY ("region_id", "year", "kind", "format")
      )`,
  ];
  if (dialect === 'postgres') {
    statements.push(`CREATE TABLE "${PENDING}" ("report_id" integer PRIMARY KEY)`);
  }
  return statements;
}

/** DROP TABLE of the rollup's tables. */
export const dropRollupTablesSql = (): string[] => [
  `DROP TABLE IF EXISTS "${PENDING}"`,
  `DROP TABLE IF EXISTS "stats_rollup"`,
];

/** 0 ("all offices") and the office's region with its ancestors, one row each. */
function fanOut(): { joins: string; key: string; known: string } {
  const joins = Array.from({ length: ROLLUP_DEPTH }, (_, i) =>
    i === 0
      ? 'LEFT JOIN regions g1 ON g1.id = o.region_id'
      : `LEFT JOIN regions g${i + 1} ON g${i + 1}.id = g${i}.parent_id`,
  );
  const levels = Array.from({ length: ROLLUP_DEPTH + 1 }, (_, i) => `SELECT ${i} AS lvl`);
  joins.push(`JOIN (${levels.join(' UNION ALL ')}) k ON 1 = 1`);
  const key = `CASE k.lvl WHEN 0 THEN 0 ${Array.from(
    { length: ROLLUP_DEPTH },
    (_, i) => `WHEN ${i + 1} THEN g${i + 1}.id`,
  ).join(' ')} END`;
  return { joins: joins.join('\n      '), key, known: `${key} IS NOT NULL` };
}

/**
 * The contributions of the current ok reports matching `where` (SQL on reports `r` and offices
 * `o`), one row per rollup key, times `sign`.
 */
export function rollupContributionSql(
  metrics: readonly RollupMetric[],
  sign: 1 | -1,
  where: string,
  sums: RollupSums = 'exact',
): string {
  const { joins, key, known } = fanOut();
  const factor = sign === 1 ? '' : '-1 * ';
  return `SELECT ${key} AS "region_id", r.year AS "year", COALESCE(o.kind, '') AS "kind",
      COALESCE(r.format_applications, '') AS "format",
      ${columns(metrics, sums)
        .map((c) => `${factor}COALESCE(${c.expr}, 0) AS "${c.name}"`)
        .join(',\n      ')}
    FROM reports r
      LEFT JOIN offices o ON o.id = r.office_id
      LEFT JOIN report_figures f ON f.report_id = r.id
      ${joins}
    WHERE r.is_current = ${TRUE} AND r.status = 'ok' AND r.year IS NOT NULL AND ${known} AND (${where})
    GROUP BY ${key}, r.year, COALESCE(o.kind, ''), COALESCE(r.format_applications, '')`;
}

/** Adds (`sign` 1) or subtracts (-1) the contributions of the reports matching `where`. */
export function rollupApplySql(
  metrics: readonly RollupMetric[],
  sign: 1 | -1,
  where: string,
): string {
  const names = columns(metrics).map((c) => c.name);
  return `INSERT INTO "stats_rollup" (${[...KEY, ...names].map((c) => `"${c}"`).join(', ')})
    ${rollupContributionSql(metrics, sign, where)}
    ON CONFLICT (${KEY.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET
      ${names.map((c) => `"${c}" = "stats_rollup"."${c}" + excluded."${c}"`).join(',\n      ')}`;
}

// `r.is_current = TRUE` reads the same in both databases (SQLite stores 1 and knows TRUE).
const TRUE = 'TRUE';

/** The backfill: every current ok report once. */
export const rollupBackfillSql = (metrics: readonly RollupMetric[]) =>
  rollupApplySql(metrics, 1, '1 = 1');

interface TriggerSpec {
  table: string;
  /** 'INSERT', 'DELETE' or 'UPDATE OF …'. */
  event: string;
  /** Condition on the reports whose contribution the row concerns (ROW: OLD or NEW). */
  reports: string;
  when?: string;
  /** On PostgreSQL: the ids of those reports, when the row is not yet there to join. */
  marks?: string;
  /** Which of BEFORE (subtract, with OLD) and AFTER (add, with NEW or OLD on delete) apply. */
  before: boolean;
  after: boolean;
}

const TRIGGERS: Record<string, TriggerSpec> = {
  reports_ins: {
    table: 'reports',
    event: 'INSERT',
    reports: 'r.id = ROW.id',
    marks: 'SELECT ROW.id',
    before: false,
    after: true,
  },
  reports_upd: {
    table: 'reports',
    event: 'UPDATE OF "office_id", "year", "is_current", "status", "format_applications"',
    reports: 'r.id = ROW.id',
    before: true,
    after: true,
  },
  reports_del: {
    table: 'reports',
    event: 'DELETE',
    reports: 'r.id = ROW.id',
    before: true,
    after: false,
  },
  figures_ins: {
    table: 'report_figures',
    event: 'INSERT',
    reports: 'r.id = ROW.report_id',
    before: true,
    after: true,
  },
  figures_upd: {
    table: 'report_figures',
    event: 'UPDATE',
    reports: 'r.id = ROW.report_id',
    before: true,
    after: true,
  },
  figures_del: {
    table: 'report_figures',
    event: 'DELETE',
    reports: 'r.id = ROW.report_id',
    before: true,
    after: true,
  },
  findings_ins: {
    table: 'report_findings',
    event: 'INSERT',
    reports: 'r.id = ROW.report_id',
    when: "NEW.severity = 'error'",
    before: true,
    after: true,
  },
  findings_del: {
    table: 'report_findings',
    event: 'DELETE',
    reports: 'r.id = ROW.report_id',
    when: "OLD.severity = 'error'",
    before: true,
    after: true,
  },
  findings_upd: {
    table: 'report_findings',
    event: 'UPDATE OF "severity", "report_id"',
    reports: 'r.id = ROW.report_id',
    when: "OLD.severity = 'error' OR NEW.severity = 'error'",
    before: true,
    after: true,
  },
  offices_upd: {
    table: 'offices',
    event: 'UPDATE OF "region_id", "kind"',
    reports: 'r.office_id = ROW.id',
    before: true,
    after: true,
  },
  // Paths are not read: the fan-out walks parent_id, so only a change of parent moves sums.
  regions_upd: {
    table: 'regions',
    event: 'UPDATE OF "parent_id"',
    reports: `o.region_id IN (SELECT sub.id FROM regions sub WHERE sub.id = OLD.id OR sub.path LIKE OLD.path || '%')`,
    before: true,
    after: true,
  },
};

const FLUSH = 'stats_rollup_flush';

/** Every trigger name, with its table. */
const triggerTables = (): [string, string][] =>
  Object.entries(TRIGGERS).flatMap(([name, spec]) =>
    ['b', 'a', 's'].map((suffix): [string, string] => [
      `stats_rollup_${name}_${suffix}`,
      spec.table,
    ]),
  );

/** The condition on the reports a trigger's row concerns, for its OLD or NEW row. */
const concerned = (spec: TriggerSpec, row: string) => spec.reports.replace(/ROW\./g, `${row}.`);

/** SQLite: a BEFORE and an AFTER row trigger per change. */
function rowTriggers(metrics: readonly RollupMetric[]): string[] {
  const statements: string[] = [];
  for (const [name, spec] of Object.entries(TRIGGERS)) {
    const timings = [
      ...(spec.before ? [{ timing: 'BEFORE', sign: -1 as const, row: 'OLD', suffix: 'b' }] : []),
      ...(spec.after
        ? [
            {
              timing: 'AFTER',
              sign: 1 as const,
              row: spec.event === 'DELETE' ? 'OLD' : 'NEW',
              suffix: 'a',
            },
          ]
        : []),
    ];
    for (const { timing, sign, row: given, suffix } of timings) {
      // Before an insert there is no OLD: the row's key is NEW's.
      const row = spec.event === 'INSERT' ? 'NEW' : given;
      const trigger = `stats_rollup_${name}_${suffix}`;
      // An UPDATE concerns the reports of both the old and the new row (a finding moved to
      // another report changes both).
      const where = spec.event.startsWith('UPDATE')
        ? `(${concerned(spec, 'OLD')}) OR (${concerned(spec, 'NEW')})`
        : concerned(spec, row);
      const body = rollupApplySql(metrics, sign, where);
      statements.push(
        `CREATE TRIGGER "${trigger}" ${timing} ${spec.event} ON "${spec.table}" FOR EACH ROW${spec.when ? ` WHEN ${spec.when}` : ''}
          BEGIN
            ${body};
          END`,
      );
    }
  }
  return statements;
}

function plpgsql(name: string, body: string, level: 'row' | 'statement', declare = ''): string {
  const result =
    level === 'row'
      ? `IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n            RETURN NEW;`
      : 'RETURN NULL;';
  return `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$
          ${declare ? `DECLARE ${declare}` : ''}
          BEGIN
            ${body};
            ${result}
          END $$`;
}

/**
 * PostgreSQL: take away and mark once per report and statement; add back at its end.
 * The reports go by as an id array (`r.id = ANY(ids)`: the primary key, whatever the planner
 * guesses of a table it has no statistics for), and an empty statement costs one look at an
 * empty table.
 */
function statementTriggers(metrics: readonly RollupMetric[]): string[] {
  const statements = [
    plpgsql(
      FLUSH,
      `ids := ARRAY(SELECT "report_id" FROM "${PENDING}");
            IF cardinality(ids) > 0 THEN
              ${rollupApplySql(metrics, 1, 'r.id = ANY(ids)')};
              DELETE FROM "${PENDING}";
            END IF`,
      'statement',
      'ids integer[];',
    ),
  ];
  for (const [name, spec] of Object.entries(TRIGGERS)) {
    const marksOf = (row: string) =>
      (
        spec.marks ??
        `SELECT r.id FROM reports r LEFT JOIN offices o ON o.id = r.office_id WHERE ${spec.reports}`
      ).replace(/ROW\./g, `${row}.`);
    const marks =
      spec.event === 'INSERT'
        ? marksOf('NEW')
        : spec.event === 'DELETE'
          ? marksOf('OLD')
          : `${marksOf('OLD')} UNION ${marksOf('NEW')}`;
    const mark = `WITH fresh AS (
              INSERT INTO "${PENDING}" ("report_id") ${marks}
              ON CONFLICT DO NOTHING RETURNING "report_id"
            )
            SELECT array_agg("report_id") INTO ids FROM fresh;
            IF ids IS NOT NULL THEN
              ${rollupApplySql(metrics, -1, 'r.id = ANY(ids)')};
            END IF`;
    const before = `stats_rollup_${name}_b`;
    const after = `stats_rollup_${name}_s`;
    statements.push(
      plpgsql(before, mark, 'row', 'ids integer[];'),
      `CREATE TRIGGER "${before}" BEFORE ${spec.event} ON "${spec.table}" FOR EACH ROW${spec.when ? ` WHEN (${spec.when})` : ''}
          EXECUTE FUNCTION "${before}"()`,
      `CREATE TRIGGER "${after}" AFTER ${spec.event} ON "${spec.table}" FOR EACH STATEMENT
          EXECUTE FUNCTION "${FLUSH}"()`,
    );
  }
  return statements;
}

/** The triggers keeping the rollup up to date. */
export function rollupTriggersSql(
  dialect: RollupDialect,
  metrics: readonly RollupMetric[],
): string[] {
  return dialect === 'postgres' ? statementTriggers(metrics) : rowTriggers(metrics);
}

/** Drops the triggers (and their functions on PostgreSQL). */
export function dropRollupTriggersSql(dialect: RollupDialect): string[] {
  const triggers = triggerTables();
  if (dialect === 'sqlite')
    return triggers.map(([trigger]) => `DROP TRIGGER IF EXISTS "${trigger}"`);
  return [
    ...triggers.map(([trigger, table]) => `DROP TRIGGER IF EXISTS "${trigger}" ON "${table}"`),
    ...triggers.map(([trigger]) => `DROP FUNCTION IF EXISTS "${trigger}"()`),
    `DROP FUNCTION IF EXISTS "${FLUSH}"()`,
  ];
}

/**
 * What a migration rebuilding the rollup for the current metric list runs (what
 * `npm run migration:rollup` freezes): drop the triggers and tables; create, backfill, triggers.
 */
export function currentRollupSql(dialect: RollupDialect): { drop: string[]; create: string[] } {
  const metrics = currentRollupMetrics();
  return {
    drop: [...dropRollupTriggersSql(dialect), ...dropRollupTablesSql()],
    create: [
      ...rollupTableSql(dialect, metrics),
      rollupBackfillSql(metrics),
      ...rollupTriggersSql(dialect, metrics),
    ],
  };
}
