import { apiFailure, apiGet, apiSend, networkFailure } from './api-client';
import type {
  CorrectionRequest,
  ManualEntryRequest,
  ManualEntryResult,
  ReportDetail,
  ResolveRequest,
  ResolveResult,
} from './report-types';

/** Largest page the reports list answers: enough for every version of one office. */
const OFFICE_REPORTS_PAGE = 500;

/** A GET whose answer is not JSON (the original file's bytes). */
async function send(path: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { ...init, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw networkFailure();
  }
  if (!res.ok) throw await apiFailure(res);
  return res;
}

export const reportsApi = {
  /** Every version of every year of one office (current or not), newest first. */
  ofOffice: (officeId: number, signal?: AbortSignal) =>
    apiGet('/reports', { officeId, current: 'false', pageSize: OFFICE_REPORTS_PAGE }, signal),
  detail: (id: number, signal?: AbortSignal) => apiGet('/reports/{id}', { id }, signal),
  /** The uploaded bytes, as stored. */
  original: async (id: number, signal?: AbortSignal): Promise<ArrayBuffer> =>
    (await send(`/reports/${id}/original`, {}, signal)).arrayBuffer(),
  /** An HTML or Word original as the text the parser read, line by line. */
  readable: (id: number, signal?: AbortSignal) =>
    apiGet('/reports/{id}/original/text', { id }, signal),
  correct: (id: number, body: CorrectionRequest) =>
    apiSend<ReportDetail>('POST', `/reports/${id}/corrections`, body),
  resolve: (id: number, body: ResolveRequest) =>
    apiSend<ResolveResult>('POST', `/reports/${id}/resolve`, body),
  /** A report entered by hand (填报): a new current version of its office and year. */
  enterManual: (body: ManualEntryRequest) =>
    apiSend<ManualEntryResult>('POST', '/reports/manual', body),
  makeCurrent: (id: number) => apiSend<ReportDetail>('POST', `/reports/${id}/make-current`, {}),
  /** The page images of a scanned original (none for a text original). */
  pages: (id: number, signal?: AbortSignal) => apiGet('/reports/{id}/pages', { id }, signal),
  /** Every cell still awaiting review confirmed as read (全部确认). */
  confirmAll: (id: number) => apiSend<ReportDetail>('POST', `/reports/${id}/confirm-all`, {}),
};
