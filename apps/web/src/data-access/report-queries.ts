import {
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { reportsApi } from './reports-api';
import type {
  CorrectionRequest,
  ManualEntryRequest,
  ReportDetail,
  ResolveRequest,
} from './report-types';

export const reportKeys = {
  all: ['reports'] as const,
  office: (officeId: number) => ['reports', 'office', officeId] as const,
  detail: (id: number) => ['reports', 'detail', id] as const,
  original: (id: number) => ['reports', 'original', id] as const,
  readable: (id: number) => ['reports', 'original', id, 'text'] as const,
  pages: (id: number, status: string) => ['reports', 'pages', id, status] as const,
};

export function useOfficeReports(officeId: number | null) {
  return useQuery({
    queryKey: reportKeys.office(officeId ?? 0),
    queryFn: ({ signal }) => reportsApi.ofOffice(officeId as number, signal),
    enabled: officeId !== null,
  });
}

/** How often a scan in OCR (status processing) is read again, for its pages done. */
export const OCR_POLL_MS = 2_000;

const whileProcessing = (query: { state: { data?: ReportDetail } }) =>
  query.state.data?.status === 'processing' ? OCR_POLL_MS : false;

/** A report; while it is a scan in OCR, read again every OCR_POLL_MS until its job ends. */
export function useReport(id: number | null) {
  return useQuery({
    queryKey: reportKeys.detail(id ?? 0),
    queryFn: ({ signal }) => reportsApi.detail(id as number, signal),
    enabled: id !== null,
    refetchInterval: whileProcessing,
  });
}

/** The reports of scans just uploaded, followed until their OCR jobs end. */
export function useScanReports(ids: readonly number[]): Map<number, ReportDetail> {
  const answers = useQueries({
    queries: ids.map((id) => ({
      queryKey: reportKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => reportsApi.detail(id, signal),
      refetchInterval: whileProcessing,
    })),
  });
  const byId = new Map<number, ReportDetail>();
  answers.forEach((answer, index) => {
    if (answer.data) byId.set(ids[index], answer.data);
  });
  return byId;
}

/** A read from a stored original: its bytes never change, so it is never read again. */
function useStoredOriginal<T>(
  queryKey: readonly unknown[],
  read: (signal: AbortSignal) => Promise<T>,
  enabled: boolean,
) {
  return useQuery({
    queryKey,
    queryFn: ({ signal }) => read(signal),
    enabled,
    staleTime: Infinity,
  });
}

export function useReportOriginal(id: number, enabled: boolean) {
  return useStoredOriginal(
    reportKeys.original(id),
    (signal) => reportsApi.original(id, signal),
    enabled,
  );
}

export function useReadableOriginal(id: number, enabled: boolean) {
  return useStoredOriginal(
    reportKeys.readable(id),
    (signal) => reportsApi.readable(id, signal),
    enabled,
  );
}

/**
 * The page images of a scanned original. Keyed by the report's status too, so the pages are read
 * again when its OCR job ends (the report page polls the report while it is processing).
 */
export function useReportPages(id: number, status: string) {
  return useQuery({
    queryKey: reportKeys.pages(id, status),
    queryFn: ({ signal }) => reportsApi.pages(id, signal),
  });
}

/** The URL of one stored page image (an <img> loads it with the session cookie). */
export function pageImageUrl(id: number, page: number): string {
  return `/api/reports/${id}/pages/${page}/image`;
}

/**
 * After a change to a report every figure built from it may differ: the report views, the office's
 * version list and every dashboard statistic are read again.
 */
async function afterReportChange(client: QueryClient, report: ReportDetail): Promise<void> {
  client.setQueryData(reportKeys.detail(report.id), report);
  await Promise.all([
    client.invalidateQueries({
      queryKey: reportKeys.all,
      predicate: (query) => query.queryKey[1] !== 'original',
    }),
    client.invalidateQueries({ queryKey: ['stats'] }),
  ]);
}

export function useCorrectCell(reportId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CorrectionRequest) => reportsApi.correct(reportId, body),
    onSuccess: (report) => afterReportChange(client, report),
  });
}

export function useConfirmAll(reportId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => reportsApi.confirmAll(reportId),
    onSuccess: (report) => afterReportChange(client, report),
  });
}

export function useResolveReport(reportId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolveRequest) => reportsApi.resolve(reportId, body),
    onSuccess: (result) => afterReportChange(client, result.report),
  });
}

export function useMakeCurrent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reportId: number) => reportsApi.makeCurrent(reportId),
    onSuccess: (report) => afterReportChange(client, report),
  });
}

export function useEnterManual() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ManualEntryRequest) => reportsApi.enterManual(body),
    onSuccess: (result) => afterReportChange(client, result.report),
  });
}
