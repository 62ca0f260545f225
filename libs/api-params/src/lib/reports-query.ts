import {
  ID_MAX,
  MAX_REPORT_YEAR,
  MIN_REPORT_YEAR,
  PROBLEM_KIND_LABELS,
  REPORT_PROBLEMS,
  REPORT_SORTS,
  REPORT_STATUSES,
} from '@ogi/report-schema';
import { declareQuery, type QueryOf } from './declare-query';
import { field } from './fields';
import { STATS_FILTER_FIELDS } from './stats-query';

export const MAX_REPORT_PAGE_SIZE = 500;
export const DEFAULT_REPORT_PAGE_SIZE = 50;

/** GET /api/reports: the list of stored reports, newest first. */
export const reportListQuery = declareQuery({
  year: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, {}),
  yearFrom: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, {
    description: 'Reports of this year or later (and those of no known year)',
  }),
  yearTo: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, {
    description: 'Reports of this year or earlier (and those of no known year)',
  }),
  q: field.text({
    maxLength: 100,
    description: "Words in the office's name or alias, or in the file name",
  }),
  officeId: field.int(1, ID_MAX, {}),
  // 总览's filters under the same names and checks, so a count there links to its list here.
  regionIds: STATS_FILTER_FIELDS.regionIds,
  officeIds: STATS_FILTER_FIELDS.officeIds,
  officeKinds: STATS_FILTER_FIELDS.officeKinds,
  format: STATS_FILTER_FIELDS.format,
  selection: STATS_FILTER_FIELDS.selection,
  regionId: field.int(1, ID_MAX, { description: 'Offices anywhere below this region' }),
  status: field.choice(REPORT_STATUSES, {}),
  problem: field.choice(REPORT_PROBLEMS, {
    description: `The review queue: failing (an error finding, the coverage grid's !), a kind of finding (${Object.entries(
      PROBLEM_KIND_LABELS,
    )
      .map(([kind, label]) => `${kind} ${label}`)
      .join(', ')}), needs_input, failed, or any of them`,
  }),
  sort: field.choice(REPORT_SORTS, {
    default: 'createdAt',
    description: 'Default createdAt (newest upload first)',
  }),
  order: field.choice(['asc', 'desc'], { default: 'desc', description: 'Default desc' }),
  current: field.flag({ default: true, description: 'false: every version (default true)' }),
  page: field.int(1, 1_000_000, { default: 1 }),
  pageSize: field.int(1, MAX_REPORT_PAGE_SIZE, {
    default: DEFAULT_REPORT_PAGE_SIZE,
    description: `1–${MAX_REPORT_PAGE_SIZE}, default ${DEFAULT_REPORT_PAGE_SIZE}`,
  }),
});

export type ReportListQuery = QueryOf<typeof reportListQuery>;

/** The form fields of POST /api/reports besides the files (multipart: texts, like a query). */
export const ingestFormFields = declareQuery({
  officeId: field.int(1, ID_MAX, { description: 'Store every file for this office' }),
  regionId: field.int(1, ID_MAX, { description: 'Match and create offices within this region' }),
  year: field.int(MIN_REPORT_YEAR, MAX_REPORT_YEAR, {
    description: 'Store every file for this year',
  }),
});
