import type { CoverageOnly, ReportProblem } from '@ogi/report-schema';
import { withParams } from '../../data-access/page-params';
import { urlFilterParams, type Filters } from '../../data-access/filters';

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
