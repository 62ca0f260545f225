import type { IngestResult } from '../../data-access/reports-types';
import type { ReportDetail } from '../../data-access/report-types';
import { scanReportIds, uploadCounts, uploadRows, withScanProgress } from './upload-rows';
import type { UploadItem } from './use-uploads';

const result = (file: string, status: IngestResult['status']): IngestResult => ({
  file,
  status,
  reportId: status === 'failed' ? null : 7,
  office: null,
  year: 2024,
  findings: [],
  error:
    status === 'failed'
      ? { code: 'corrupt', message: 'x', messageZh: `${file}：文件已损坏` }
      : null,
});

const item = (fields: Partial<UploadItem>): UploadItem => ({
  id: 1,
  name: 'a.docx',
  path: 'a.docx',
  size: 10,
  state: 'done',
  results: [],
  ...fields,
});

describe('upload list rows', () => {
  const items = [
    item({ id: 1, state: 'waiting' }),
    item({ id: 2, state: 'error', error: '无法连接服务器' }),
    item({ id: 3, name: 'b.docx', path: '2024/b.docx', results: [result('b.docx', 'created')] }),
    item({
      id: 4,
      name: 'all.zip',
      path: '2024/all.zip',
      results: [result('all.zip/x.txt', 'duplicate'), result('all.zip/y.docx', 'failed')],
    }),
  ];

  it('lists pending files, failed requests, files and each entry of an archive', () => {
    expect(uploadRows(items).map((row) => [row.file, row.status, row.text])).toEqual([
      ['a.docx', null, '排队中'],
      ['a.docx', 'failed', '无法连接服务器'],
      ['2024/b.docx', 'created', '2024 年度'],
      ['2024/all.zip/x.txt', 'duplicate', '2024 年度：与已上传的文件完全相同，未重复保存'],
      ['2024/all.zip/y.docx', 'failed', '2024 年度：文件已损坏'],
    ]);
  });

  it('counts results by status and what is still pending', () => {
    expect(uploadCounts(items)).toEqual({
      files: 4,
      pending: 1,
      created: 1,
      new_version: 0,
      duplicate: 1,
      needs_input: 0,
      failed: 2,
      processing: 0,
    });
  });
});

describe('scans in the upload list', () => {
  const scan = item({
    id: 5,
    name: 'scan.pdf',
    path: 'scan.pdf',
    results: [
      {
        ...result('scan.pdf', 'processing'),
        reportId: 9,
        year: null,
        ocr: { jobId: 1, status: 'queued', pagesDone: 0, pagesTotal: 4 },
      },
    ],
  });
  const report = (fields: Partial<ReportDetail>) => ({ id: 9, ...fields }) as ReportDetail;

  it('says a scan waits for OCR, and follows its report while it is read', () => {
    const rows = uploadRows([scan]);
    expect(rows.map((row) => [row.status, row.text])).toEqual([
      ['processing', '扫描件，等待 OCR 识别（共 4 页）'],
    ]);
    expect(scanReportIds(rows)).toEqual([9]);
    const reading = report({
      status: 'processing',
      ocr: { status: 'running', pagesDone: 2, pagesTotal: 4 },
    });
    expect(withScanProgress(rows, new Map([[9, reading]]))[0].text).toBe(
      'OCR 识别中：已识别 2 / 4 页',
    );
  });

  it('shows what the job stored once it ends: the office and year, or why it failed', () => {
    const rows = uploadRows([scan]);
    const stored = report({
      status: 'ok',
      version: 1,
      year: 2023,
      office: { id: 3, name: '示例街道办事处', regionId: 1 },
    });
    expect(withScanProgress(rows, new Map([[9, stored]]))[0]).toMatchObject({
      status: 'created',
      text: '示例街道办事处 · 2023 年度',
    });
    const failed = report({
      status: 'failed',
      office: null,
      year: null,
      error: { code: 'ocr_failed', message: 'scan.pdf: OCR failed on page 3 of 4' },
    });
    expect(withScanProgress(rows, new Map([[9, failed]]))[0]).toMatchObject({
      status: 'failed',
      text: '扫描件 OCR 识别失败',
    });
  });
});
