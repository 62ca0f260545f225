/** Answers of the region and office editing endpoints: names for the generated contract's schemas. */
import type { ResponseOf, Schema } from '@ogi/api-contract';

export type ImportPreviewRow = Schema<'ImportPreviewRowDto'>;
export type RegionImportResult = ResponseOf<'post', '/regions/import'>;
export type DivisionProvince = Schema<'DivisionProvinceDto'>;
export type DivisionLoadResult = ResponseOf<'post', '/regions/divisions'>;
export type OfficeMerge = Schema<'OfficeMergeDto'>;
/** What a merge would do (GET /api/offices/merge-preview), for its confirmation. */
export type OfficeMergePreview = ResponseOf<'get', '/offices/merge-preview'>;
export type OfficeMergeList = ResponseOf<'get', '/offices/merges'>;
