import {
  MAX_LIST_ITEMS,
  queryParams,
  queryString,
  SELECTION_ID_PATTERN,
  statsFilterQuery,
} from '@ogi/api-params';
import {
  ID_MAX,
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
  OFFICE_KINDS,
  OFFICE_KIND_LABELS,
  isFormatVersion,
  isOfficeKind,
  isYearRangeAllowed,
} from '@ogi/report-schema';
import type { OfficeKind, ReportFormat } from './types';

/** The global filters, as they live in the URL. Years are undefined until chosen or defaulted. */
export interface Filters {
  yearFrom?: number;
  yearTo?: number;
  regionIds: number[];
  officeIds: number[];
  officeKinds: OfficeKind[];
  format: ReportFormat | null;
  /**
   * The id under which the server stores `officeIds` and `regionIds` (POST /api/selections) when
   * they are too long for a URL: the URL then holds `sel=<id>` instead of the lists, and the stats
   * and export requests send `selection=<id>`.
   */
  selection?: string;
}

/** Filters with both ends of the year range known (the defaults filled in). */
export type ResolvedFilters = Filters & { yearFrom: number; yearTo: number };

export const EMPTY_FILTERS: Filters = {
  regionIds: [],
  officeIds: [],
  officeKinds: [],
  format: null,
};

export const OFFICE_KIND_OPTIONS: readonly { value: OfficeKind; label: string }[] =
  OFFICE_KINDS.map((value) => ({ value, label: OFFICE_KIND_LABELS[value] }));
/** The format filter's choices ('all': no format filter). */
export const FORMAT_OPTIONS: readonly { value: 'all' | ReportFormat; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: '2021', label: '2021 版' },
  { value: '2019', label: '2019 版' },
];

/** Lists longer than this are stored on the server and named by `sel=<id>` in the URL. */
export const SELECTION_THRESHOLD = 50;

/** Whether the filters' lists are too long for the URL and go through a stored selection. */
export function needsSelection(filters: Pick<Filters, 'officeIds' | 'regionIds'>): boolean {
  return (
    filters.officeIds.length > SELECTION_THRESHOLD || filters.regionIds.length > SELECTION_THRESHOLD
  );
}

function year(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return value >= MIN_REPORT_YEAR && value <= MAX_REPORT_YEAR ? value : undefined;
}

function idList(raw: string | null): number[] {
  if (!raw) return [];
  const ids = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d{1,10}$/.test(part))
    .map(Number)
    .filter((id) => id >= 1 && id <= ID_MAX);
  return [...new Set(ids)].slice(0, MAX_LIST_ITEMS);
}

/** Reads the filters from a query string; anything invalid is dropped, never thrown. */
export function parseFilters(search: string | URLSearchParams): Filters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  let yearFrom = year(params.get('yearFrom'));
  let yearTo = year(params.get('yearTo'));
  if (yearFrom !== undefined && yearTo !== undefined) {
    if (!isYearRangeAllowed(yearFrom, yearTo)) {
      yearFrom = undefined;
      yearTo = undefined;
    }
  }
  const kinds = (params.get('officeKinds') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(isOfficeKind);
  const format = params.get('format');
  const sel = params.get('sel')?.trim() ?? '';
  if (SELECTION_ID_PATTERN.test(sel)) {
    // The lists come from the server (GET /api/selections/:id); any given beside it are stale.
    return {
      yearFrom,
      yearTo,
      regionIds: [],
      officeIds: [],
      officeKinds: OFFICE_KINDS.filter((kind) => kinds.includes(kind)),
      format: isFormatVersion(format) ? format : null,
      selection: sel,
    };
  }
  return {
    yearFrom,
    yearTo,
    regionIds: idList(params.get('regionIds')),
    officeIds: idList(params.get('officeIds')),
    officeKinds: OFFICE_KINDS.filter((kind) => kinds.includes(kind)),
    format: isFormatVersion(format) ? format : null,
  };
}

/**
 * The filters as the stats and export endpoints take them (written by their declaration, in its
 * order, empty ones left out): a stored selection as `selection=<id>` instead of its lists.
 */
export function filterParams(filters: Filters): Record<string, string> {
  const lists = filters.selection === undefined;
  return queryParams(statsFilterQuery, {
    ...filters,
    regionIds: lists ? filters.regionIds : undefined,
    officeIds: lists ? filters.officeIds : undefined,
  });
}

/** The filters as the URL holds them: the same, with a stored selection as `sel=<id>`. */
export function urlFilterParams(filters: Filters): Record<string, string | undefined> {
  const { selection, ...rest } = filterParams(filters);
  return { ...rest, sel: selection };
}

/** Every name the filters may take in the URL (the declaration's, `sel` for the selection). */
export const URL_FILTER_KEYS: readonly string[] = Object.keys(statsFilterQuery.fields).map(
  (name) => (name === 'selection' ? 'sel' : name),
);

/** `?yearFrom=2020&yearTo=2024&regionIds=3,5` (commas kept readable); '' when nothing is set. */
export function serialiseFilters(filters: Filters): string {
  return queryString(urlFilterParams(filters));
}

/** The default range: the last `span` years the data has (or up to last year when it has none). */
export function defaultYears(
  available: readonly number[],
  now: Date = new Date(),
  span = 5,
): { yearFrom: number; yearTo: number } {
  const yearTo = available.length ? Math.max(...available) : now.getFullYear() - 1;
  return { yearFrom: yearTo - span + 1, yearTo };
}

/** The filters with the years filled in (the stats endpoints need both). */
export function withYears(
  filters: Filters,
  defaults: { yearFrom: number; yearTo: number },
): Filters & { yearFrom: number; yearTo: number } {
  const yearTo = filters.yearTo ?? defaults.yearTo;
  let yearFrom = filters.yearFrom ?? Math.min(defaults.yearFrom, yearTo);
  if (!isYearRangeAllowed(yearFrom, yearTo)) yearFrom = Math.max(yearTo - 4, MIN_REPORT_YEAR);
  return { ...filters, yearFrom, yearTo };
}
