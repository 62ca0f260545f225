import { isRegionLevel, type CoverageOnly } from '@ogi/report-schema';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RegionLevel, StoredOfficeKind } from '../entities/model';
import {
  exactSumSql,
  isMoneyMetric,
  metricSql,
  MONEY_SCALE,
  type MetricColumns,
} from './metric-columns';
import { rollupColumn } from './stats-rollup';
import {
  failingInScope,
  whereOfficeInScope,
  whereReportInScope,
  type StatsScope,
} from './stats-scope';

/** Sums of one metric over a group of reports: only reports with the figure count (`reports`). */
export interface MetricSums {
  numerator: number | null;
  denominator: number | null;
  /** Reports whose numerator (and denominator, for rates) is known. */
  reports: number;
}

export interface AggregateRow {
  /** The year, office id or region id the row groups by. */
  key: number;
  /** Reports in the group (with or without the figures). */
  reports: number;
  sums: Record<string, MetricSums>;
}

export type StatsGrouping =
  | { by: 'year' }
  | { by: 'office' }
  | { by: 'region'; level: RegionLevel }
  | { by: 'region'; parentId: number };

/** One report's value of a metric, for rankings and matrices. */
export interface OfficeMetricRow {
  officeId: number;
  year: number;
  numerator: number | null;
  denominator: number | null;
}

export interface ScopeOffice {
  id: number;
  name: string;
  kind: StoredOfficeKind;
  regionId: number | null;
}

/** The counts behind a coverage note (see StatsRepository.coverageTotals). */
export interface CoverageTotals {
  present: number;
  failing: number;
  /** Offices in scope without a region. */
  unplacedOffices: number;
  /** Their current ok reports in scope. */
  unplacedPresent: number;
}

export interface CoverageCell {
  officeId: number;
  year: number;
  /** The report behind the cell (the current version). */
  reportId: number;
  /** The report has error-severity findings (problem-kinds.ts: a rule fails or a cell is unreadable). */
  failing: boolean;
}

export interface NamedRegion {
  id: number;
  name: string;
  level: RegionLevel;
  path: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = SelectQueryBuilder<any>;
type RawRow = Record<string, string | number | null>;

const num = (value: string | number | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * The parts of one report summed by `aggregate`, as exact integers (`exactSumSql`). A rate counts
 * a report only when both parts are known (as combineMetricValues does).
 */
function summedParts(columns: MetricColumns, alias: string) {
  const numerator = exactSumSql(alias, columns.numerator);
  if (!columns.denominator) return { numerator, denominator: null };
  const denominator = exactSumSql(alias, columns.denominator);
  return {
    numerator: `CASE WHEN ${denominator} IS NOT NULL THEN ${numerator} END`,
    denominator: `CASE WHEN ${numerator} IS NOT NULL THEN ${denominator} END`,
  };
}

/** A sum as read back: money from 分 to 万元 (the scale is a power of ten: one rounding). */
function sumValue(value: string | number | null | undefined, money: boolean): number | null {
  const sum = num(value);
  return sum !== null && money ? sum / MONEY_SCALE : sum;
}

/**
 * Aggregates over report_figures of current reports. Every query is one pass over the reports in
 * scope (the year index, then report_figures by primary key); SQL text comes only from
 * FIGURE_COLUMNS and fixed strings, values are bound parameters.
 */
export class StatsRepository {
  constructor(private readonly manager: EntityManager) {}

  private reports(scope: StatsScope, withFormat = true): Query {
    const query = this.manager
      .createQueryBuilder()
      .from('reports', 'r')
      .innerJoin('report_figures', 'f', 'f.report_id = r.id');
    return whereReportInScope(query, scope, withFormat);
  }

  /** Sums of each metric per year, office or region group. */
  async aggregate(
    scope: StatsScope,
    metrics: readonly MetricColumns[],
    grouping: StatsGrouping,
  ): Promise<AggregateRow[]> {
    if (fromRollup(scope) && grouping.by !== 'office') {
      return this.aggregateRollup(scope, metrics, grouping);
    }
    const query = this.reports(scope).select('COUNT(*)', 'reports');
    metrics.forEach((columns, index) => {
      const parts = summedParts(columns, 'f');
      query.addSelect(`SUM(${parts.numerator})`, `n${index}`);
      query.addSelect(`COUNT(${parts.numerator})`, `u${index}`);
      if (parts.denominator) query.addSelect(`SUM(${parts.denominator})`, `d${index}`);
    });
    const key = this.groupKey(query, grouping);
    const rows = await query.addSelect(key, 'key').groupBy(key).orderBy(key).getRawMany<RawRow>();
    return toAggregateRows(rows, metrics);
  }

  /**
   * The same sums from stats_rollup: per year, or per region group (a group's own subtree row, or
   * the rows of the filter regions inside it).
   */
  private async aggregateRollup(
    scope: StatsScope,
    metrics: readonly MetricColumns[],
    grouping: { by: 'year' } | Exclude<StatsGrouping, { by: 'office' } | { by: 'year' }>,
  ): Promise<AggregateRow[]> {
    const query = this.rollup(scope, grouping.by === 'year').select('SUM(s.reports)', 'reports');
    metrics.forEach((columns, index) => {
      query.addSelect(`SUM(s."${rollupColumn(columns.metric.id, 'n')}")`, `n${index}`);
      query.addSelect(`SUM(s."${rollupColumn(columns.metric.id, 'u')}")`, `u${index}`);
      if (columns.denominator) {
        query.addSelect(`SUM(s."${rollupColumn(columns.metric.id, 'd')}")`, `d${index}`);
      }
    });
    let key = 's.year';
    if (grouping.by === 'region') {
      const ids = rollupRegionIds(scope);
      const [condition, params] =
        'level' in grouping
          ? ['grp.level = :groupLevel', { groupLevel: grouping.level }]
          : ['grp.parent_id = :groupParent', { groupParent: grouping.parentId }];
      // Filter regions are disjoint subtrees: a group inside one reads its own row, a group
      // around some reads theirs.
      const sources = ids
        ? `SELECT grp.id AS group_id, grp.id AS region_id FROM regions grp
             WHERE ${condition} AND (${(scope.regionPaths ?? []).map((_, i) => `grp.path LIKE :rollupPath${i}`).join(' OR ')})
           UNION ALL
           SELECT grp.id, src.id FROM regions src
             JOIN regions grp ON src.path LIKE grp.path || '%' AND src.id <> grp.id
             WHERE src.id IN (:...rollupIds) AND ${condition}`
        : `SELECT grp.id AS group_id, grp.id AS region_id FROM regions grp WHERE ${condition}`;
      query
        .innerJoin(`(${sources})`, 'm', 'm.region_id = s.region_id')
        .setParameters(params)
        .setParameters(
          Object.fromEntries(
            (scope.regionPaths ?? []).map((path, i) => [`rollupPath${i}`, `${path}%`]),
          ),
        );
      key = 'm.group_id';
    }
    const rows = await query
      .addSelect(key, 'key')
      .groupBy(key)
      .having('SUM(s.reports) > 0')
      .orderBy(key)
      .getRawMany<RawRow>();
    return toAggregateRows(rows, metrics);
  }

  /**
   * stats_rollup rows in scope (years, kinds, format); `byRegion` restricts them to the filter
   * regions (or region 0, all offices), else the caller joins the regions it groups by.
   */
  private rollup(scope: StatsScope, byRegion: boolean, withFormat = true): Query {
    const query = this.manager
      .createQueryBuilder()
      .from('stats_rollup', 's')
      .where('s.year BETWEEN :rollupYearFrom AND :rollupYearTo', {
        rollupYearFrom: scope.yearFrom,
        rollupYearTo: scope.yearTo,
      });
    const ids = rollupRegionIds(scope);
    if (byRegion) query.andWhere('s.region_id IN (:...rollupIds)', { rollupIds: ids ?? [0] });
    else if (ids) query.setParameter('rollupIds', ids);
    if (scope.officeKinds?.length) {
      query.andWhere('s.kind IN (:...rollupKinds)', { rollupKinds: scope.officeKinds });
    }
    if (withFormat && scope.format) {
      query.andWhere('s.format = :rollupFormat', { rollupFormat: scope.format });
    }
    return query;
  }

  /** The grouping column; region groups map each office's region to its group by walking down. */
  private groupKey(query: Query, grouping: StatsGrouping): string {
    if (grouping.by === 'year') return 'r.year';
    if (grouping.by === 'office') return 'r.office_id';
    const [condition, params] =
      'level' in grouping
        ? ['level = :groupLevel', { groupLevel: grouping.level }]
        : ['parent_id = :groupParent', { groupParent: grouping.parentId }];
    query
      .addCommonTableExpression(
        `SELECT id, id FROM regions WHERE ${condition}
         UNION ALL
         SELECT child.id, walk.group_id FROM regions child JOIN walk ON child.parent_id = walk.region_id`,
        'walk',
        { recursive: true, columnNames: ['region_id', 'group_id'] },
      )
      .innerJoin('offices', 'og', 'og.id = r.office_id')
      .innerJoin('walk', 'walk', 'walk.region_id = og.region_id')
      .setParameters(params);
    return 'walk.group_id';
  }

  /**
   * One metric per office for the reports in scope that have it; ordered by value (rates: with a
   * non-zero denominator) when `order` is given, else by office and year.
   * `officeIds` are offices already in scope (a page of them): the office conditions are left out.
   */
  async officeValues(
    scope: StatsScope,
    metric: MetricColumns,
    options: { officeIds?: readonly number[]; order?: 'asc' | 'desc'; limit?: number } = {},
  ): Promise<OfficeMetricRow[]> {
    const sql = metricSql(metric, 'f');
    const query = this.reports(options.officeIds ? reportsOnly(scope) : scope)
      .select('r.office_id', 'officeId')
      .addSelect('r.year', 'year')
      .addSelect(sql.numerator, 'numerator');
    if (sql.denominator) query.addSelect(sql.denominator, 'denominator');
    if (options.officeIds) {
      if (options.officeIds.length === 0) return [];
      query.andWhere('r.office_id IN (:...valueOfficeIds)', { valueOfficeIds: options.officeIds });
    }
    if (options.order) {
      const direction = options.order === 'asc' ? 'ASC' : 'DESC';
      query.andWhere(`${sql.numerator} IS NOT NULL`);
      if (sql.denominator) query.andWhere(`${sql.denominator} > 0`);
      const value = sql.denominator ? `${sql.numerator} / ${sql.denominator}` : sql.numerator;
      query.orderBy(value, direction);
      if (sql.denominator) query.addOrderBy(sql.denominator, 'DESC');
      query.addOrderBy('r.office_id', 'ASC');
    } else {
      query.orderBy('r.office_id').addOrderBy('r.year');
    }
    if (options.limit !== undefined) query.limit(options.limit);
    const rows = await query.getRawMany<RawRow>();
    return rows.map((row) => ({
      officeId: Number(row['officeId']),
      year: Number(row['year']),
      numerator: num(row['numerator']),
      denominator: sql.denominator ? num(row['denominator']) : null,
    }));
  }

  /** Reports in scope, and how many of them have a value to rank (rates: a non-zero denominator). */
  async rankable(
    scope: StatsScope,
    metric: MetricColumns,
  ): Promise<{ reports: number; ranked: number }> {
    if (fromRollup(scope)) {
      const ranked = rollupColumn(metric.metric.id, metric.denominator ? 'r' : 'u');
      const row = await this.rollup(scope, true)
        .select('SUM(s.reports)', 'reports')
        .addSelect(`SUM(s."${ranked}")`, 'ranked')
        .getRawOne<RawRow>();
      return { reports: Number(row?.['reports'] ?? 0), ranked: Number(row?.['ranked'] ?? 0) };
    }
    const sql = metricSql(metric, 'f');
    const known = sql.denominator
      ? `${sql.numerator} IS NOT NULL AND ${sql.denominator} > 0`
      : `${sql.numerator} IS NOT NULL`;
    const row = await this.reports(scope)
      .select('COUNT(*)', 'reports')
      .addSelect(`COUNT(CASE WHEN ${known} THEN 1 END)`, 'ranked')
      .getRawOne<RawRow>();
    return { reports: Number(row?.['reports'] ?? 0), ranked: Number(row?.['ranked'] ?? 0) };
  }

  /** One page of the offices in scope by name, and how many there are. */
  async officesInScope(
    scope: StatsScope,
    page: { offset: number; limit: number },
    only?: CoverageOnly,
  ): Promise<{ items: ScopeOffice[]; total: number }> {
    const query = () => {
      const offices = whereOfficeInScope(
        this.manager.createQueryBuilder().from('offices', 'o'),
        scope,
      );
      return only ? this.whereCoverageOnly(offices, scope, only) : offices;
    };
    const [rows, count] = await Promise.all([
      query()
        .select(['o.id AS id', 'o.name AS name', 'o.kind AS kind', 'o.region_id AS "regionId"'])
        .orderBy('o.name')
        .addOrderBy('o.id')
        .offset(page.offset)
        .limit(page.limit)
        .getRawMany<RawRow>(),
      query().select('COUNT(*)', 'n').getRawOne<RawRow>(),
    ]);
    return {
      items: rows.map((row) => ({
        id: Number(row['id']),
        name: String(row['name']),
        kind: row['kind'] as StoredOfficeKind,
        regionId: num(row['regionId']),
      })),
      total: Number(count?.['n'] ?? 0),
    };
  }

  /**
   * Current ok reports of the given offices (either format), marked when a rule fails; the offices
   * are in scope already (a page of them), so only the years apply.
   */
  async coverageCells(scope: StatsScope, officeIds: readonly number[]): Promise<CoverageCell[]> {
    if (officeIds.length === 0) return [];
    const failing = failingInScope(scope);
    const rows = await this.coverageQuery(reportsOnly(scope))
      .select('r.office_id', 'officeId')
      .addSelect('r.year', 'year')
      .addSelect('r.id', 'reportId')
      .addSelect(`CASE WHEN ${failing.sql} THEN 1 ELSE 0 END`, 'failing')
      .setParameters(failing.params)
      .andWhere('r.office_id IN (:...coverageOfficeIds)', { coverageOfficeIds: officeIds })
      .getRawMany<RawRow>();
    return rows.map((row) => ({
      officeId: Number(row['officeId']),
      year: Number(row['year']),
      reportId: Number(row['reportId']),
      failing: Number(row['failing']) === 1,
    }));
  }

  /**
   * Current ok reports in scope (either format), how many of them fail a rule, and the offices in
   * scope that have no region yet with their reports: such an office (created by an upload that
   * named none) is expected to report only once it is placed.
   */
  async coverageTotals(scope: StatsScope): Promise<CoverageTotals> {
    const [totals, unplaced] = await Promise.all([
      this.presentTotals(scope),
      this.unplacedCoverage(scope),
    ]);
    return { ...totals, ...unplaced };
  }

  private async unplacedCoverage(
    scope: StatsScope,
  ): Promise<{ unplacedOffices: number; unplacedPresent: number }> {
    const [offices, present] = await Promise.all([
      whereOfficeInScope(this.manager.createQueryBuilder().from('offices', 'o'), scope)
        .andWhere('o.region_id IS NULL')
        .select('COUNT(*)', 'n')
        .getRawOne<RawRow>(),
      this.coverageQuery(scope)
        .innerJoin('offices', 'uo', 'uo.id = r.office_id AND uo.region_id IS NULL')
        .select('COUNT(*)', 'n')
        .getRawOne<RawRow>(),
    ]);
    return {
      unplacedOffices: Number(offices?.['n'] ?? 0),
      unplacedPresent: Number(present?.['n'] ?? 0),
    };
  }

  private async presentTotals(scope: StatsScope): Promise<{ present: number; failing: number }> {
    const failing = failingInScope(scope);
    const row = fromRollup(scope)
      ? await this.rollup(scope, true, false)
          .select('SUM(s.present)', 'present')
          .addSelect(
            scope.format
              ? 'SUM(CASE WHEN s.format = :failingFormat THEN s.failing ELSE 0 END)'
              : 'SUM(s.failing)',
            'failing',
          )
          .setParameters(failing.params)
          .getRawOne<RawRow>()
      : await this.coverageQuery(scope)
          .select('COUNT(*)', 'present')
          .addSelect(`SUM(CASE WHEN ${failing.sql} THEN 1 ELSE 0 END)`, 'failing')
          .setParameters(failing.params)
          .getRawOne<RawRow>();
    return { present: Number(row?.['present'] ?? 0), failing: Number(row?.['failing'] ?? 0) };
  }

  /**
   * When the newest current report in scope was stored: the "data as of" an export states. null
   * when the scope has none.
   */
  async latestReportTime(scope: StatsScope): Promise<Date | null> {
    const row = await this.coverageQuery(scope)
      .select('MAX(r.created_at)', 'latest')
      .getRawOne<{ latest: string | Date | null }>();
    const latest = row?.latest;
    if (latest === null || latest === undefined) return null;
    if (latest instanceof Date) return latest;
    // SQLite keeps datetimes as UTC text without a zone ("2026-11-27 01:30:00.000").
    const text = String(latest);
    return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
  }

  /**
   * Offices (alias o) with fewer reports than years in the range, or with a failing report. An
   * office without a region is never missing a report (coverageTotals does not expect any).
   */
  private whereCoverageOnly(offices: Query, scope: StatsScope, only: CoverageOnly): Query {
    const reports = this.coverageQuery(reportsOnly(scope))
      .select(only === 'missing' ? 'COUNT(DISTINCT r.year)' : '1')
      .andWhere('r.office_id = o.id');
    if (only === 'failing') {
      const failing = failingInScope(scope);
      reports.andWhere(failing.sql, failing.params);
    }
    const sql =
      only === 'missing'
        ? `o.region_id IS NOT NULL AND (${reports.getQuery()}) < ${scope.yearTo - scope.yearFrom + 1}`
        : `EXISTS (${reports.getQuery()})`;
    return offices.andWhere(sql, reports.getParameters());
  }

  private coverageQuery(scope: StatsScope): Query {
    return whereReportInScope(this.manager.createQueryBuilder().from('reports', 'r'), scope, false);
  }

  async regionsByIds(ids: readonly number[]): Promise<NamedRegion[]> {
    if (ids.length === 0) return [];
    const rows = await this.manager
      .createQueryBuilder()
      .from('regions', 'g')
      .select(['g.id AS id', 'g.name AS name', 'g.level AS level', 'g.path AS path'])
      .where('g.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany<RawRow>();
    return rows.map((row) => {
      const level = row['level'];
      // The column's CHECK admits only the levels: anything else is a damaged database.
      if (!isRegionLevel(level)) throw new Error(`region ${String(row['id'])} has no known level`);
      return { id: Number(row['id']), name: String(row['name']), level, path: String(row['path']) };
    });
  }
}

/**
 * The report conditions of a scope without its office conditions: for offices picked from the
 * scope already, where `office_id IN (offices in scope)` only makes the planner walk every report
 * of those offices' region instead of the page's offices by (office_id, year).
 */
const reportsOnly = (scope: StatsScope): StatsScope => ({
  yearFrom: scope.yearFrom,
  yearTo: scope.yearTo,
  format: scope.format,
});

/**
 * stats_rollup answers scopes without an office list or stored selection (years, region subtrees,
 * kinds, format).
 */
const fromRollup = (scope: StatsScope) => !scope.officeIds?.length && !scope.selection;

/**
 * The rollup rows of the region filter: the regions' ids, leaving out any inside another (their
 * subtrees are disjoint, so their rows add up); undefined without a region filter.
 */
function rollupRegionIds(scope: StatsScope): number[] | undefined {
  const paths = scope.regionPaths;
  if (!paths?.length) return undefined;
  const outer = [...new Set(paths)].filter(
    (path) => !paths.some((other) => other !== path && path.startsWith(other)),
  );
  return outer.map((path) => Number(path.split('/').filter(Boolean).at(-1)));
}

function toAggregateRows(rows: RawRow[], metrics: readonly MetricColumns[]): AggregateRow[] {
  return rows.map((row) => ({
    key: Number(row['key']),
    reports: Number(row['reports']),
    sums: Object.fromEntries(
      metrics.map((columns, index) => {
        // Rollup sums are 0 where no report has the figure: the count tells null from 0.
        const reports = Number(row[`u${index}`]);
        return [
          columns.metric.id,
          {
            numerator:
              reports === 0 ? null : sumValue(row[`n${index}`], isMoneyMetric(columns.numerator)),
            denominator: columns.denominator && reports > 0 ? num(row[`d${index}`]) : null,
            reports,
          },
        ];
      }),
    ),
  }));
}
