import type { ReportDetail } from '../../data-access/report-types';
import type { IngestStatus } from '../../data-access/reports-types';
import { ocrText, problemText, resultText } from './upload-labels';
import type { UploadItem, UploadState } from './use-uploads';

/** One line of the upload list: a file, or an entry of a ZIP archive. */
export interface UploadRow {
  key: string;
  file: string;
  state: UploadState;
  status: IngestStatus | null;
  text: string;
  reportId: number | null;
}

const STATE_TEXT: Record<UploadState, string> = {
  waiting: '排队中',
  uploading: '上传中…',
  done: '',
  error: '',
};

export function uploadRows(items: readonly UploadItem[]): UploadRow[] {
  const rows: UploadRow[] = [];
  for (const item of items) {
    if (item.state !== 'done') {
      rows.push({
        key: `${item.id}`,
        file: item.path,
        state: item.state,
        status: item.state === 'error' ? 'failed' : null,
        text: item.error ?? STATE_TEXT[item.state],
        reportId: null,
      });
      continue;
    }
    item.results.forEach((result, index) => {
      rows.push({
        key: `${item.id}-${index}`,
        // An archive's entries are named archive.zip/inner/name: shown under the folder path.
        file:
          item.results.length > 1 || result.file !== item.name
            ? `${item.path.slice(0, -item.name.length)}${result.file}`
            : item.path,
        state: 'done',
        status: result.status,
        text: resultText(result),
        reportId: result.reportId,
      });
    });
  }
  return rows;
}

export type UploadCounts = Record<IngestStatus | 'pending', number> & { files: number };

/** Results by status (ZIP entries each count), plus files still waiting or uploading. */
export function uploadCounts(items: readonly UploadItem[]): UploadCounts {
  const counts: UploadCounts = {
    files: items.length,
    pending: 0,
    created: 0,
    new_version: 0,
    duplicate: 0,
    needs_input: 0,
    failed: 0,
    processing: 0,
  };
  for (const item of items) {
    if (item.state === 'waiting' || item.state === 'uploading') counts.pending += 1;
    else if (item.state === 'error') counts.failed += 1;
    else for (const result of item.results) counts[result.status] += 1;
  }
  return counts;
}

/** The reports of the scans among the rows, to follow until their OCR jobs end. */
export function scanReportIds(rows: readonly UploadRow[]): number[] {
  return rows.flatMap((row) => (row.status === 'processing' && row.reportId ? [row.reportId] : []));
}

/** What a scan's report says now: pages read while in OCR, then what was stored. */
export function withScanProgress(
  rows: readonly UploadRow[],
  reports: ReadonlyMap<number, ReportDetail>,
): UploadRow[] {
  return rows.map((row) => {
    const report = row.status === 'processing' && row.reportId ? reports.get(row.reportId) : null;
    if (!report) return row;
    if (report.status === 'processing') return { ...row, text: ocrText(report.ocr) };
    const who = [report.office?.name, report.year ? `${report.year} 年度` : null]
      .filter(Boolean)
      .join(' · ');
    if (report.status === 'ok') {
      return { ...row, status: (report.version ?? 1) > 1 ? 'new_version' : 'created', text: who };
    }
    const why = report.error ? problemText(report.error, row.file) : '需要补充信息';
    return { ...row, status: report.status, text: `${who ? `${who}：` : ''}${why}` };
  });
}
