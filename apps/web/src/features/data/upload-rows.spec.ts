import type { IngestResult } from '../../data-access/reports-types';
import { uploadCounts, uploadRows } from './upload-rows';
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
    });
  });
});
