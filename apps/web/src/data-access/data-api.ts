import type { ResponseOf } from '@ogi/api-contract';
import {
  type divisionLoadBody,
  ingestFormFields,
  type newOfficeBody,
  type newRegionBody,
  type officeChangesBody,
  type officeMergeBody,
  type regionChangesBody,
  queryParams,
  queryString,
  regionImportQuery,
  reportListQuery,
  type BodyInput,
  type QueryInput,
} from '@ogi/api-params';
import { apiGet, apiSend } from './api-client';
import type { IngestOverrides, IngestResponse } from './reports-types';
import type { DivisionLoadResult, OfficeMerge, RegionImportResult } from './regions-types';

type Params = Record<string, string | number | undefined | null>;

/** The multipart field POST /api/reports reads. */
export const UPLOAD_FIELD = 'files';

/** Calls of the 数据 and 地区 pages: uploads, the review queue, coverage, region editing. */
export const dataApi = {
  upload: (files: readonly File[], overrides: IngestOverrides, signal?: AbortSignal) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(queryParams(ingestFormFields, overrides))) {
      form.append(name, value);
    }
    for (const file of files) form.append(UPLOAD_FIELD, file, file.name);
    return apiSend<IngestResponse>('POST', '/reports', form, signal);
  },
  reports: (query: QueryInput<typeof reportListQuery.fields>, signal?: AbortSignal) =>
    apiGet('/reports', queryParams(reportListQuery, query), signal),
  coverage: (params: Params, signal?: AbortSignal) => apiGet('/stats/coverage', params, signal),

  createRegion: (body: BodyInput<typeof newRegionBody>) =>
    apiSend<ResponseOf<'post', '/regions'>>('POST', '/regions', body),
  updateRegion: (id: number, body: BodyInput<typeof regionChangesBody>) =>
    apiSend<ResponseOf<'patch', '/regions/{id}'>>('PATCH', `/regions/${id}`, body),
  deleteRegion: (id: number) => apiSend<void>('DELETE', `/regions/${id}`),
  createOffice: (body: BodyInput<typeof newOfficeBody>) =>
    apiSend<ResponseOf<'post', '/offices'>>('POST', '/offices', body),
  updateOffice: (id: number, body: BodyInput<typeof officeChangesBody>) =>
    apiSend<ResponseOf<'patch', '/offices/{id}'>>('PATCH', `/offices/${id}`, body),
  importRegions: (file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const query = queryString(queryParams(regionImportQuery, { dryRun }));
    return apiSend<RegionImportResult>('POST', `/regions/import${query}`, form);
  },
  divisionProvinces: (signal?: AbortSignal) => apiGet('/regions/divisions/provinces', {}, signal),
  loadDivisions: (body: BodyInput<typeof divisionLoadBody>) =>
    apiSend<DivisionLoadResult>('POST', '/regions/divisions', body),
  mergeOffices: (ids: BodyInput<typeof officeMergeBody>) =>
    apiSend<OfficeMerge>('POST', '/offices/merge', ids),
  mergePreview: (sourceId: number, targetId: number, signal?: AbortSignal) =>
    apiGet('/offices/merge-preview', { sourceId, targetId }, signal),
  merges: (signal?: AbortSignal) => apiGet('/offices/merges', { limit: 20 }, signal),
  undoMerge: (id: number) => apiSend<OfficeMerge>('POST', `/offices/merges/${id}/undo`),
};
