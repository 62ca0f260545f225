import type { SelectQueryBuilder } from 'typeorm';
import type { StoredOfficeKind } from '../entities/model';

export type StatsFormat = '2019' | '2021';

/**
 * Which reports a statistic covers: current versions with status ok of the offices in scope, in
 * a year range. Values are checked by the caller; they reach SQL only as bound parameters.
 */
export interface StatsScope {
  yearFrom: number;
  yearTo: number;
  /** Materialised paths of regions whose whole subtrees are in scope (`/1/4/`). */
  regionPaths?: readonly string[];
  officeIds?: readonly number[];
  officeKinds?: readonly StoredOfficeKind[];
  /** The 表三 format of the report. */
  format?: StatsFormat;
  /**
   * A stored selection (selection_items), read by subquery so that thousands of ids bind one
   * parameter: its offices, and/or its regions' whole subtrees; ANDed with the other conditions.
   */
  selection?: { id: string; offices: boolean; regions: boolean };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Query = SelectQueryBuilder<any>;

const hasOfficeFilter = (scope: Omit<StatsScope, 'yearFrom' | 'yearTo'>) =>
  Boolean(
    scope.officeIds?.length ||
      scope.officeKinds?.length ||
      scope.regionPaths?.length ||
      scope.selection?.offices ||
      scope.selection?.regions,
  );

/**
 * The office conditions on alias `o` (joined to its region as `g` when regions filter) as SQL with
 * named parameters, or null when every office is in scope.
 */
function officeCondition(
  scope: Omit<StatsScope, 'yearFrom' | 'yearTo'>,
): { sql: string; params: Record<string, unknown> } | null {
  if (!hasOfficeFilter(scope)) return null;
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  if (scope.officeIds?.length) {
    parts.push('o.id IN (:...scopeOfficeIds)');
    params['scopeOfficeIds'] = scope.officeIds;
  }
  if (scope.officeKinds?.length) {
    parts.push('o.kind IN (:...scopeOfficeKinds)');
    params['scopeOfficeKinds'] = scope.officeKinds;
  }
  if (scope.regionPaths?.length) {
    const likes = scope.regionPaths.map((path, index) => {
      // Paths are ids and slashes only (never user text), so they hold no LIKE wildcard.
      params[`scopePath${index}`] = `${path}%`;
      return `g.path LIKE :scopePath${index}`;
    });
    parts.push(`o.region_id IN (SELECT g.id FROM regions g WHERE ${likes.join(' OR ')})`);
  }
  if (scope.selection) {
    params['scopeSelection'] = scope.selection.id;
    if (scope.selection.offices) {
      parts.push(
        `o.id IN (SELECT so.item_id FROM selection_items so WHERE so.selection_id = :scopeSelection AND so.kind = 'office')`,
      );
    }
    if (scope.selection.regions) {
      parts.push(
        `o.region_id IN (SELECT sg.id FROM selection_items sr
           JOIN regions sp ON sp.id = sr.item_id
           JOIN regions sg ON sg.path LIKE sp.path || '%'
           WHERE sr.selection_id = :scopeSelection AND sr.kind = 'region')`,
      );
    }
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * `column IN (offices in scope)` as SQL with named parameters, or null when every office is in
 * scope: the office conditions of the stats for any query holding an office id (the review queue).
 */
export function officeColumnInScope(
  column: string,
  scope: Omit<StatsScope, 'yearFrom' | 'yearTo'>,
): { sql: string; params: Record<string, unknown> } | null {
  const condition = officeCondition(scope);
  if (!condition) return null;
  return {
    sql: `${column} IN (SELECT o.id FROM offices o WHERE ${condition.sql})`,
    params: condition.params,
  };
}

/** Restricts a query on offices `o` to the offices in scope. */
export function whereOfficeInScope(query: Query, scope: StatsScope): Query {
  const condition = officeCondition(scope);
  return condition ? query.andWhere(condition.sql, condition.params) : query;
}

/**
 * Restricts a query on reports `r` to the current, ok versions in scope. `withFormat` false leaves
 * the format out (coverage counts a report of either format as present).
 */
export function whereReportInScope(query: Query, scope: StatsScope, withFormat = true): Query {
  query
    .andWhere('r.is_current = :scopeCurrent', { scopeCurrent: true })
    .andWhere('r.status = :scopeStatus', { scopeStatus: 'ok' })
    .andWhere('r.year BETWEEN :scopeYearFrom AND :scopeYearTo', {
      scopeYearFrom: scope.yearFrom,
      scopeYearTo: scope.yearTo,
    });
  if (withFormat && scope.format) {
    query.andWhere('r.format_applications = :scopeFormat', { scopeFormat: scope.format });
  }
  const condition = officeColumnInScope('r.office_id', scope);
  return condition ? query.andWhere(condition.sql, condition.params) : query;
}

/**
 * A report (alias r) with an error finding, of the filter's 表三 format when one is chosen: what
 * 总览's "N 份有错误", the coverage grid's ! and the review queue's 校验不通过 all count. Coverage
 * counts a report of either format as present, but an error of a report outside the chosen format
 * is not one of the filter's.
 */
export function failingInScope(
  scope: Pick<StatsScope, 'format'>,
  reportAlias = 'r',
): { sql: string; params: Record<string, unknown> } {
  const failing = `EXISTS (SELECT 1 FROM report_findings x WHERE x.report_id = ${reportAlias}.id AND x.severity = 'error')`;
  if (!scope.format) return { sql: failing, params: {} };
  return {
    sql: `(${reportAlias}.format_applications = :failingFormat AND ${failing})`,
    params: { failingFormat: scope.format },
  };
}
