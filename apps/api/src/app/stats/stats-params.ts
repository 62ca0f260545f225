import {
  STATS_METRICS,
  statsMetric,
  type MetricColumns,
  type StatsFormat,
} from '@ogi/api-data-access';
import {
  FORMAT_VERSIONS,
  ID_MAX,
  MAX_REPORT_YEAR,
  MAX_YEAR_SPAN,
  MIN_REPORT_YEAR,
  OFFICE_KINDS,
  REGION_LEVELS,
  yearSpan,
  type OfficeKind,
  type RegionLevel,
} from '@ogi/report-schema';
import { SELECTION_ID_PATTERN } from '../selections/selection-id';
import { QueryReader } from './query-reader';

/** The filters every stats endpoint shares, checked; region ids are resolved to paths later. */
export interface StatsFilter {
  yearFrom: number;
  yearTo: number;
  regionIds?: number[];
  officeIds?: number[];
  officeKinds?: OfficeKind[];
  format?: StatsFormat;
  /**
   * A stored selection (POST /api/selections): its offices and regions apply as officeIds and
   * regionIds would, ANDed with any given inline.
   */
  selection?: string;
}

export type BreakdownGrouping =
  | { by: 'office' }
  | { by: 'region'; level: RegionLevel }
  | { by: 'region'; parentId: number };

export interface Page {
  page: number;
  pageSize: number;
}

export const MIN_YEAR = MIN_REPORT_YEAR;
export const MAX_YEAR = MAX_REPORT_YEAR;
/** Most ids officeIds or regionIds take inline; longer lists go through a stored selection. */
export const MAX_LIST_ITEMS = 200;
const LIST_HINT =
  'store a longer list with POST /api/selections and pass selection=<id> instead';
export const MAX_METRICS = 40;
export const MAX_RANKING = 100;
export const MAX_PAGE_SIZE = 500;
const METRIC_IDS = [...STATS_METRICS.keys()];

type Raw = Record<string, unknown>;

/**
 * Reports for year Y are published early in Y + 1, so by default the range ends last year and
 * spans the seven years since the 2019 format.
 */
function defaultYearTo(now: Date): number {
  return now.getFullYear() - 1;
}

/** `formatName`: the exports take their file format as `format`, the 表三 format as `reportFormat`. */
function readFilter(reader: QueryReader, now: Date, formatName = 'format'): StatsFilter {
  const from = reader.int('yearFrom', MIN_YEAR, MAX_YEAR);
  const to = reader.int('yearTo', MIN_YEAR, MAX_YEAR);
  const yearTo = to ?? Math.max(from ?? MIN_YEAR, defaultYearTo(now));
  const yearFrom = from ?? Math.max(MIN_YEAR, yearTo - 6);
  if (yearFrom > yearTo)
    reader.problem(`yearFrom (${yearFrom}) must not be after yearTo (${yearTo})`);
  if (yearSpan(yearFrom, yearTo) > MAX_YEAR_SPAN) {
    reader.problem(`the year range may span at most ${MAX_YEAR_SPAN} years`);
  }
  return {
    yearFrom,
    yearTo,
    regionIds: reader.intList('regionIds', 1, ID_MAX, MAX_LIST_ITEMS, LIST_HINT),
    officeIds: reader.intList('officeIds', 1, ID_MAX, MAX_LIST_ITEMS, LIST_HINT),
    selection: readSelection(reader),
    officeKinds: reader.wordList('officeKinds', OFFICE_KINDS, OFFICE_KINDS.length),
    format: reader.oneOf(formatName, FORMAT_VERSIONS),
  };
}

function readSelection(reader: QueryReader): string | undefined {
  const value = reader.text('selection');
  if (value === undefined || SELECTION_ID_PATTERN.test(value)) return value;
  reader.problem(
    `selection must be an id from POST /api/selections (got "${value.slice(0, 40)}")`,
  );
  return undefined;
}

function readMetrics(reader: QueryReader, name: string, max: number): MetricColumns[] {
  const ids = reader.wordList(name, METRIC_IDS, max);
  if (ids === undefined && reader.text(name) === undefined) {
    reader.problem(`${name} is required (one or more of GET /api/stats/metrics)`);
  }
  return (ids ?? []).map((id) => statsMetric(id) as MetricColumns);
}

function readPage(reader: QueryReader, defaultSize: number): Page {
  return {
    page: reader.int('page', 1, 1_000_000) ?? 1,
    pageSize: reader.int('pageSize', 1, MAX_PAGE_SIZE) ?? defaultSize,
  };
}

/** Runs `read` over a query and throws one 400 naming every bad or unknown parameter. */
function parse<T>(query: Raw, read: (reader: QueryReader) => T): T {
  const reader = new QueryReader(query);
  const result = read(reader);
  reader.done();
  return result;
}

export function parseFilterQuery(query: Raw, now = new Date()): StatsFilter {
  return parse(query, (reader) => readFilter(reader, now));
}

export function parseSeriesQuery(query: Raw, now = new Date()) {
  return parse(query, (reader) => ({
    filter: readFilter(reader, now),
    metrics: readMetrics(reader, 'metrics', MAX_METRICS),
  }));
}

export function parseBreakdownQuery(query: Raw, now = new Date()) {
  return parse(query, (reader) => {
    const filter = readFilter(reader, now);
    const metrics = readMetrics(reader, 'metrics', MAX_METRICS);
    const groupBy = reader.oneOf('groupBy', ['region', 'office'] as const) ?? 'region';
    const level = reader.oneOf('level', REGION_LEVELS);
    const parentId = reader.int('parentId', 1, ID_MAX);
    let grouping: BreakdownGrouping = { by: 'office' };
    if (groupBy === 'region') {
      if ((level === undefined) === (parentId === undefined)) {
        reader.problem('groupBy=region needs exactly one of level or parentId');
      }
      grouping =
        parentId !== undefined
          ? { by: 'region', parentId }
          : { by: 'region', level: level ?? 'district' };
    } else if (level !== undefined || parentId !== undefined) {
      reader.problem('level and parentId apply only to groupBy=region');
    }
    return { filter, metrics, grouping, limit: reader.int('limit', 1, 5000) ?? 1000 };
  });
}

export function parseRankingQuery(query: Raw, now = new Date()) {
  return parse(query, (reader) => {
    const filter = readFilter(reader, now);
    const [metric] = readMetrics(reader, 'metric', 1);
    return {
      filter,
      metric,
      year: reader.int('year', MIN_YEAR, MAX_YEAR) ?? filter.yearTo,
      order: reader.oneOf('order', ['asc', 'desc'] as const) ?? 'desc',
      limit: reader.int('limit', 1, MAX_RANKING) ?? 10,
    };
  });
}

export function parseMatrixQuery(query: Raw, now = new Date()) {
  return parse(query, (reader) => {
    const filter = readFilter(reader, now);
    const [metric] = readMetrics(reader, 'metric', 1);
    return { filter, metric, page: readPage(reader, 100) };
  });
}

export function parseCoverageQuery(query: Raw, now = new Date()) {
  return parse(query, (reader) => ({
    filter: readFilter(reader, now),
    page: readPage(reader, 100),
  }));
}

/**
 * The shared filters and an endpoint's own parameters (the exports' file format, chart list,
 * title), checked together so that one 400 names every problem. There `format` is the file's,
 * so the 表三 format filter is read as `reportFormat`.
 */
export function parseFilterWith<T>(
  query: Raw,
  read: (reader: QueryReader) => T,
  now = new Date(),
): T & { filter: StatsFilter } {
  return parse(query, (reader) => ({
    ...read(reader),
    filter: readFilter(reader, now, 'reportFormat'),
  }));
}
