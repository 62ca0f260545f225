import {
  COVERAGE_ONLY,
  FORMAT_VERSIONS,
  ID_MAX,
  MAX_REPORT_YEAR,
  MAX_YEAR_SPAN,
  METRICS,
  MIN_REPORT_YEAR,
  OFFICE_KINDS,
  REGION_LEVELS,
  yearSpan,
  type FormatVersion,
  type OfficeKind,
  type RegionLevel,
} from '@ogi/report-schema';
import { declareQuery, type FinishContext, type QueryDeclaration } from './declare-query';
import { field, type Draft, type Fields } from './fields';
import { queryParams, type QueryInput } from './query-string';

/** A stored selection's id: 22 URL-safe characters (132 bits of a SHA-256, selection-id.ts). */
export const SELECTION_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** Most ids officeIds or regionIds take inline; longer lists go through a stored selection. */
export const MAX_LIST_ITEMS = 200;
const LIST_HINT = 'store a longer list with POST /api/selections and pass selection=<id> instead';
export const MAX_METRICS = 40;
export const MAX_RANKING = 100;
export const MAX_PAGE_SIZE = 500;
const METRIC_IDS = METRICS.map((metric) => metric.id);
const METRICS_REQUIRED = 'one or more of GET /api/stats/metrics';

/** The filters every stats endpoint and every export takes, under the same names. */
export const STATS_FILTER_FIELDS = {
  yearFrom: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, { description: 'Default yearTo − 6' }),
  yearTo: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, { description: 'Default last year' }),
  regionIds: field.intList(1, ID_MAX, MAX_LIST_ITEMS, {
    hint: LIST_HINT,
    description: `Comma list (at most ${MAX_LIST_ITEMS} ids); each region with its whole subtree`,
  }),
  officeIds: field.intList(1, ID_MAX, MAX_LIST_ITEMS, {
    hint: LIST_HINT,
    description: `Comma list (at most ${MAX_LIST_ITEMS} ids; more through selection)`,
  }),
  officeKinds: field.wordList(OFFICE_KINDS, OFFICE_KINDS.length, {
    description: `Comma list of ${OFFICE_KINDS.join(', ')}`,
  }),
  format: field.choice(FORMAT_VERSIONS, { description: '表三 format' }),
  selection: field.text({
    pattern: SELECTION_ID_PATTERN,
    mismatch: (value) =>
      `selection must be an id from POST /api/selections (got "${value.slice(0, 40)}")`,
    description: `Id of a stored selection (POST /api/selections), for lists longer than ${MAX_LIST_ITEMS} ids: its offices and regions apply as officeIds and regionIds would. Given with officeIds or regionIds, all apply (the intersection). Only offices in the caller’s regions count; an unknown id is a 404.`,
  }),
} as const;

type FilterFields = typeof STATS_FILTER_FIELDS;

/** The filters, checked; region ids are resolved to paths later. */
export interface StatsFilter {
  yearFrom: number;
  yearTo: number;
  regionIds?: number[];
  officeIds?: number[];
  officeKinds?: OfficeKind[];
  format?: FormatVersion;
  /**
   * A stored selection (POST /api/selections): its offices and regions apply as officeIds and
   * regionIds would, ANDed with any given inline.
   */
  selection?: string;
}

/**
 * Reports for year Y are published early in Y + 1, so by default the range ends last year and
 * spans the seven years since the 2019 format.
 */
export function finishFilter(draft: Draft<FilterFields>, context: FinishContext): StatsFilter {
  const { yearFrom: from, yearTo: to, ...lists } = draft;
  const yearTo = to ?? Math.max(from ?? MIN_REPORT_YEAR, context.now.getFullYear() - 1);
  const yearFrom = from ?? Math.max(MIN_REPORT_YEAR, yearTo - 6);
  if (yearFrom > yearTo)
    context.problem(`yearFrom (${yearFrom}) must not be after yearTo (${yearTo})`);
  if (yearSpan(yearFrom, yearTo) > MAX_YEAR_SPAN) {
    context.problem(`the year range may span at most ${MAX_YEAR_SPAN} years`);
  }
  return { yearFrom, yearTo, ...lists };
}

const metrics = field.wordList(METRIC_IDS, MAX_METRICS, {
  required: METRICS_REQUIRED,
  registry: 'GET /api/stats/metrics',
  description: 'Comma list of metric ids (GET /api/stats/metrics)',
});
/** One metric id: what ranking, matrix and the 对比 exports take as `metric`. */
export const METRIC_FIELD = field.wordList(METRIC_IDS, 1, {
  required: METRICS_REQUIRED,
  registry: 'GET /api/stats/metrics',
  description: 'One metric id (GET /api/stats/metrics)',
});
const paging = {
  page: field.int(1, 1_000_000, { default: 1 }),
  pageSize: field.int(1, MAX_PAGE_SIZE, {
    default: 100,
    description: `1–${MAX_PAGE_SIZE}, default 100`,
  }),
} as const;

/** summary, outcomes, applicants, appeals: the filters only. */
export const statsFilterQuery = declareQuery(STATS_FILTER_FIELDS, finishFilter);

export const statsSeriesQuery = declareQuery(
  { ...STATS_FILTER_FIELDS, metrics },
  ({ metrics: ids, ...filter }, context) => ({
    filter: finishFilter(filter, context),
    metrics: ids ?? [],
  }),
);

export type BreakdownGrouping =
  | { by: 'office' }
  | { by: 'region'; level: RegionLevel }
  | { by: 'region'; parentId: number };

export const statsBreakdownQuery = declareQuery(
  {
    ...STATS_FILTER_FIELDS,
    metrics,
    groupBy: field.choice(['region', 'office'], { default: 'region' }),
    level: field.choice(REGION_LEVELS, {}),
    parentId: field.int(1, ID_MAX, { description: 'Group by the children of this region' }),
    limit: field.int(1, 5000, { default: 1000, description: 'Groups, 1–5000, default 1000' }),
  },
  ({ metrics: ids, groupBy, level, parentId, limit, ...filter }, context) => {
    let grouping: BreakdownGrouping = { by: 'office' };
    if (groupBy === 'region') {
      if ((level === undefined) === (parentId === undefined)) {
        context.problem('groupBy=region needs exactly one of level or parentId');
      }
      grouping =
        parentId !== undefined
          ? { by: 'region', parentId }
          : { by: 'region', level: level ?? 'district' };
    } else if (level !== undefined || parentId !== undefined) {
      context.problem('level and parentId apply only to groupBy=region');
    }
    return { filter: finishFilter(filter, context), metrics: ids ?? [], grouping, limit };
  },
);

export const statsRankingQuery = declareQuery(
  {
    ...STATS_FILTER_FIELDS,
    metric: METRIC_FIELD,
    year: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, { description: 'Default yearTo' }),
    order: field.choice(['asc', 'desc'], { default: 'desc', description: 'Default desc' }),
    limit: field.int(1, MAX_RANKING, { default: 10, description: `1–${MAX_RANKING}, default 10` }),
  },
  ({ metric: ids, year, order, limit, ...draft }, context) => {
    const filter = finishFilter(draft, context);
    // A required field: read only when no problem was found, where it holds one id.
    return { filter, metric: ids?.[0] ?? '', year: year ?? filter.yearTo, order, limit };
  },
);

export const statsMatrixQuery = declareQuery(
  { ...STATS_FILTER_FIELDS, metric: METRIC_FIELD, ...paging },
  ({ metric: ids, page, pageSize, ...filter }, context) => ({
    filter: finishFilter(filter, context),
    metric: ids?.[0] ?? '',
    page: { page, pageSize },
  }),
);

export const statsCoverageQuery = declareQuery(
  {
    ...STATS_FILTER_FIELDS,
    ...paging,
    only: field.choice(COVERAGE_ONLY, {
      description: 'Only offices with a year missing, or with a report that has errors (!)',
    }),
  },
  ({ page, pageSize, only, ...filter }, context) => ({
    filter: finishFilter(filter, context),
    page: { page, pageSize },
    only,
  }),
);

export interface Page {
  page: number;
  pageSize: number;
}

/** Each stats endpoint's declaration, by its path under /api/stats. */
export const STATS_QUERIES = {
  summary: statsFilterQuery,
  series: statsSeriesQuery,
  breakdown: statsBreakdownQuery,
  outcomes: statsFilterQuery,
  applicants: statsFilterQuery,
  appeals: statsFilterQuery,
  ranking: statsRankingQuery,
  matrix: statsMatrixQuery,
  coverage: statsCoverageQuery,
} as const;

export type StatsQueryEndpoint = keyof typeof STATS_QUERIES;

/**
 * An endpoint's own parameters (a registered chart's request: `{metrics: [...]}`) as query
 * parameters, written by its declaration; the filters are written apart (statsFilterQuery).
 */
export function statsRequestParams(
  endpoint: StatsQueryEndpoint,
  params: object,
): Record<string, string> {
  const declaration: QueryDeclaration = STATS_QUERIES[endpoint];
  return queryParams(declaration, params as QueryInput<Fields>);
}
