import type { CoverageOnly, ReportProblem } from '@ogi/report-schema';
import type { OfficeKind, ReportFormat } from '../../data-access/types';
import { withParams } from '../../data-access/page-params';
import { urlFilterParams, type Filters, type ResolvedFilters } from '../../data-access/filters';

/** The 数据 page's own query parameters beside the global filters. */
export const DATA_PARAMS = {
  problem: 'problem',
  search: 'q',
  sort: 'sort',
  order: 'order',
  only: 'only',
} as const;

/** Anchors of the 数据 page's cards. */
export const REVIEW_QUEUE_ID = 'review-queue';
export const COVERAGE_ID = 'coverage';

/** The review queue with one kind of problem, under the given filters (a link's href). */
export function reviewQueueHref(filters: Filters, problem: ReportProblem): string {
  return `/data${withParams('', { ...urlFilterParams(filters), [DATA_PARAMS.problem]: problem })}#${REVIEW_QUEUE_ID}`;
}

/** The coverage grid, only the offices missing a year or with errors, under the given filters. */
export function coverageHref(filters: Filters, only?: CoverageOnly): string {
  return `/data${withParams('', { ...urlFilterParams(filters), [DATA_PARAMS.only]: only })}#${COVERAGE_ID}`;
}

/**
 * 总览's filters as GET /api/reports takes them (the same names as the stats endpoints'), so the
 * review queue lists what 总览 counts: a stored selection instead of its long lists, as
 * filterParams sends it.
 */
export function reviewQueueFilters(filters: ResolvedFilters): {
  yearFrom: number;
  yearTo: number;
  regionIds?: number[];
  officeIds?: number[];
  officeKinds?: OfficeKind[];
  format?: ReportFormat;
  selection?: string;
} {
  const lists = filters.selection === undefined;
  const some = <T>(list: T[]) => (lists && list.length > 0 ? list : undefined);
  return {
    yearFrom: filters.yearFrom,
    yearTo: filters.yearTo,
    regionIds: some(filters.regionIds),
    officeIds: some(filters.officeIds),
    officeKinds: filters.officeKinds.length > 0 ? filters.officeKinds : undefined,
    format: filters.format ?? undefined,
    selection: filters.selection,
  };
}
