import { ID_MAX, OFFICE_KINDS } from '@ogi/report-schema';
import { declareQuery, type QueryOf } from './declare-query';
import { field } from './fields';

/** Longest office name or alias (and so the longest name search). */
export const OFFICE_NAME_MAX = 100;
export const MAX_LIST_LIMIT = 500;
const DEFAULT_LIST_LIMIT = 50;

/** `offset` and `limit` of a list (GET /api/offices, GET /api/offices/merges). */
const paging = {
  offset: field.int(0, 1_000_000_000, { default: 0 }),
  limit: field.int(1, MAX_LIST_LIMIT, {
    default: DEFAULT_LIST_LIMIT,
    description: `1–${MAX_LIST_LIMIT}, default ${DEFAULT_LIST_LIMIT}`,
  }),
} as const;

/** GET /api/offices: offices by name. */
export const officeListQuery = declareQuery({
  regionId: field.int(1, ID_MAX, { description: 'Anywhere below' }),
  unplaced: field.flag({
    default: false,
    description:
      'true: only offices without a region (未分配地区), which only callers without a region scope see; not with regionId',
  }),
  kind: field.choice(OFFICE_KINDS, {}),
  q: field.text({ maxLength: OFFICE_NAME_MAX, description: 'Part of the name or of an alias' }),
  ...paging,
});

export type OfficeListQuery = QueryOf<typeof officeListQuery>;

/** GET /api/offices/merges. */
export const pagingQuery = declareQuery(paging);

/** POST /api/regions/import (the file is the multipart body). */
export const regionImportQuery = declareQuery({
  dryRun: field.flag({ default: false, description: 'true: check and count, write nothing' }),
});

/** GET /api/offices/merge-preview: what merging sourceId into targetId would do, before it is done. */
export const officeMergePreviewQuery = declareQuery(
  {
    sourceId: field.int(1, ID_MAX, { description: 'The office that would go away (required)' }),
    targetId: field.int(1, ID_MAX, { description: 'The office that would stay (required)' }),
  },
  ({ sourceId, targetId }, { problem }) => {
    if (sourceId === undefined) problem('sourceId is required');
    if (targetId === undefined) problem('targetId is required');
    if (sourceId !== undefined && sourceId === targetId) {
      problem('sourceId and targetId must differ');
    }
    // Only read when no problem was found, so both are there.
    return { sourceId: sourceId ?? 0, targetId: targetId ?? 0 };
  },
);
