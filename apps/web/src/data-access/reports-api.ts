import { ApiError, apiFailure, apiGet, errorMessage } from './api-client';
import type {
  CorrectionRequest,
  ReportDetail,
  ReportList,
  ResolveRequest,
  ResolveResult,
} from './report-types';

/** Largest page the reports list answers: enough for every version of one office. */
const OFFICE_REPORTS_PAGE = 500;

async function send(path: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { ...init, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(errorMessage(null), null);
  }
  if (!res.ok) throw await apiFailure(res);
  return res;
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const res = await send(path, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

export const reportsApi = {
  /** Every version of every year of one office (current or not), newest first. */
  ofOffice: (officeId: number, signal?: AbortSignal) =>
    apiGet<ReportList>(
      '/reports',
      { officeId, current: 'false', pageSize: OFFICE_REPORTS_PAGE },
      signal,
    ),
  detail: (id: number, signal?: AbortSignal) => apiGet<ReportDetail>(`/reports/${id}`, {}, signal),
  /** The uploaded bytes, as stored. */
  original: async (id: number, signal?: AbortSignal): Promise<ArrayBuffer> =>
    (await send(`/reports/${id}/original`, {}, signal)).arrayBuffer(),
  correct: (id: number, body: CorrectionRequest) =>
    postJson<ReportDetail>(`/reports/${id}/corrections`, body),
  resolve: (id: number, body: ResolveRequest) =>
    postJson<ResolveResult>(`/reports/${id}/resolve`, body),
  makeCurrent: (id: number) => postJson<ReportDetail>(`/reports/${id}/make-current`, {}),
};
