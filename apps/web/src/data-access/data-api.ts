import type { ResponseOf } from '@ogi/api-contract';
import {
  ingestFormFields,
  queryParams,
  queryString,
  regionImportQuery,
  reportListQuery,
  type QueryInput,
} from '@ogi/api-params';
import type { RegionLevel } from '@ogi/report-schema';
import { apiGet, apiSend } from './api-client';
import type { IngestOverrides, IngestResponse } from './reports-types';
import type { DivisionLoadResult, OfficeMerge, RegionImportResult } from './regions-types';
import type { OfficeKind } from './types';

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

  createRegion: (body: {
    name: string;
    level: RegionLevel;
    parentId: number | null;
    code?: string | null;
  }) => apiSend<ResponseOf<'post', '/regions'>>('POST', '/regions', body),
  updateRegion: (
    id: number,
    body: { name?: string; parentId?: number | null; code?: string | null },
  ) => apiSend<ResponseOf<'patch', '/regions/{id}'>>('PATCH', `/regions/${id}`, body),
  deleteRegion: (id: number) => apiSend<void>('DELETE', `/regions/${id}`),
  createOffice: (body: { name: string; regionId: number | null; kind?: OfficeKind }) =>
    apiSend<ResponseOf<'post', '/offices'>>('POST', '/offices', body),
  updateOffice: (
    id: number,
    body: { name?: string; regionId?: number | null; kind?: OfficeKind },
  ) => apiSend<ResponseOf<'patch', '/offices/{id}'>>('PATCH', `/offices/${id}`, body),
  importRegions: (file: File, dryRun: boolean) => {
    const form = new FormData();
    form.append('file', file, file.name);
    const query = queryString(queryParams(regionImportQuery, { dryRun }));
    return apiSend<RegionImportResult>('POST', `/regions/import${query}`, form);
  },
  divisionProvinces: (signal?: AbortSignal) => apiGet('/regions/divisions/provinces', {}, signal),
  loadDivisions: (body: { provinceCode?: string; depth: 'city' | 'district' | 'street' }) =>
    apiSend<DivisionLoadResult>('POST', '/regions/divisions', body),
  mergeOffices: (sourceId: number, targetId: number) =>
    apiSend<OfficeMerge>('POST', '/offices/merge', { sourceId, targetId }),
  merges: (signal?: AbortSignal) => apiGet('/offices/merges', { limit: 20 }, signal),
  undoMerge: (id: number) => apiSend<OfficeMerge>('POST', `/offices/merges/${id}/undo`),
};
