import { Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useRef, useState, type DragEvent, type HTMLAttributes } from 'react';
import { sortBy } from '../../app/column-sorter';
import { useRegions } from '../../data-access/queries';
import type { IngestOverrides } from '../../data-access/reports-types';
import { droppedFiles, isHiddenFile } from './dropped-files';
import { ReportLink } from './report-link';
import { STATUS_COLOR, STATUS_LABEL } from './upload-labels';
import { UploadOverrides } from './upload-overrides';
import { asksForRegion } from './upload-region';
import { UploadRegionCheck } from './upload-region-check';
import { useScanReports } from '../../data-access/report-queries';
import {
  scanReportIds,
  uploadCounts,
  uploadRows,
  withScanProgress,
  type UploadRow,
} from './upload-rows';
import { useUploads } from './use-uploads';

const ACCEPT = '.docx,.doc,.pdf,.html,.htm,.txt,.xlsx,.xls,.wps,.zip,.jpg,.jpeg,.png,.tif,.tiff';

/** The result as the row shows it: its outcome, or where it is while in flight. */
function resultLabel(row: UploadRow): string {
  if (row.status) return STATUS_LABEL[row.status];
  return row.state === 'uploading' ? '上传中' : '排队中';
}

const COLUMNS = [
  {
    title: '文件',
    dataIndex: 'file',
    key: 'file',
    width: 340,
    ellipsis: true,
    sorter: sortBy<UploadRow>((row) => row.file),
  },
  {
    title: '结果',
    key: 'status',
    width: 96,
    sorter: sortBy<UploadRow>((row) => resultLabel(row)),
    render: (_: unknown, row: UploadRow) =>
      row.status ? (
        <Tag color={STATUS_COLOR[row.status]} data-status={row.status}>
          {STATUS_LABEL[row.status]}
        </Tag>
      ) : (
        <Tag data-status={row.state}>{resultLabel(row)}</Tag>
      ),
  },
  {
    title: '说明',
    dataIndex: 'text',
    key: 'text',
    ellipsis: true,
    sorter: sortBy<UploadRow>((row) => row.text),
  },
  {
    title: '报告',
    key: 'report',
    width: 72,
    sorter: sortBy<UploadRow>((row) => (row.status === 'failed' ? null : row.reportId)),
    render: (_: unknown, row: UploadRow) =>
      row.reportId && row.status !== 'failed' ? <ReportLink id={row.reportId} /> : null,
  },
];

/** Upload many files or whole folders (ZIP too) with a result for every file. */
export function UploadPanel() {
  const { items, running, start, clear } = useUploads();
  const [overrides, setOverrides] = useState<IngestOverrides>({});
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const uploaded = useMemo(() => uploadRows(items), [items]);
  // Scans are read by OCR after the upload: their rows follow the job until it ends.
  const scans = useScanReports(useMemo(() => scanReportIds(uploaded), [uploaded]));
  const rows = useMemo(() => withScanProgress(uploaded, scans), [uploaded, scans]);
  const counts = useMemo(() => uploadCounts(items), [items]);
  const finished = counts.files - counts.pending;
  const regionCount = useRegions().data?.items.length ?? 0;
  // Files held back while the uploader says which region they belong to.
  const [unplacedFiles, setUnplacedFiles] = useState<File[] | null>(null);
  const send = (files: File[]) => {
    if (!files.length) return;
    if (asksForRegion(overrides, regionCount)) setUnplacedFiles(files);
    else void start(files, overrides);
  };
  const sendHeld = (regionId: number | undefined) => {
    const files = unplacedFiles ?? [];
    setUnplacedFiles(null);
    const chosen = regionId === undefined ? overrides : { ...overrides, regionId };
    setOverrides(chosen);
    void start(files, chosen);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    // The entries are read from the DataTransfer inside droppedFiles before it awaits anything.
    void droppedFiles(event.dataTransfer).then(send);
  };
  const onPicked = (input: HTMLInputElement | null) => {
    if (!input?.files) return;
    const files = Array.from(input.files).filter((file) => !isHiddenFile(file.name));
    input.value = '';
    send(files);
  };

  return (
    <Card title="上传报告" className="data-card" data-testid="upload-panel">
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone-title">把报告文件或整个文件夹拖到这里</p>
        <p className="drop-zone-hint">
          支持 DOCX、DOC、PDF、HTML、TXT、XLSX、ZIP 压缩包，以及扫描件和照片（JPG、PNG、TIFF，自动
          OCR 识别），可一次选择多个文件
        </p>
        <Space>
          <Button type="primary" onClick={() => fileInput.current?.click()}>
            选择文件
          </Button>
          <Button onClick={() => folderInput.current?.click()}>选择文件夹</Button>
        </Space>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          data-testid="file-input"
          onChange={(event) => onPicked(event.currentTarget)}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          data-testid="folder-input"
          // React does not know the attribute; the browser reads it from the element.
          {...{ webkitdirectory: '', directory: '' }}
          onChange={(event) => onPicked(event.currentTarget)}
        />
      </div>
      <UploadOverrides value={overrides} onChange={setOverrides} />
      {unplacedFiles ? (
        <UploadRegionCheck
          files={unplacedFiles.length}
          onSend={sendHeld}
          onCancel={() => setUnplacedFiles(null)}
        />
      ) : null}
      {counts.files > 0 ? (
        <div className="upload-status" data-testid="upload-summary" aria-live="polite">
          <Progress
            percent={Math.round((finished / counts.files) * 100)}
            status={running ? 'active' : counts.failed ? 'exception' : 'success'}
            format={() => `${finished} / ${counts.files}`}
          />
          <Space wrap>
            {(
              [
                'created',
                'new_version',
                'duplicate',
                'needs_input',
                'failed',
                'processing',
              ] as const
            ).map((status) => (
              <Tag key={status} color={STATUS_COLOR[status]} data-count={status}>
                {STATUS_LABEL[status]} {counts[status]}
              </Tag>
            ))}
            {counts.pending ? <Tag data-count="pending">处理中 {counts.pending}</Tag> : null}
            <Button size="small" onClick={clear} disabled={running}>
              清空列表
            </Button>
          </Space>
          <Typography.Text type="secondary" className="upload-note">
            待补充的报告请在下方“待复核”中打开，补充单位或年度。
          </Typography.Text>
        </div>
      ) : null}
      {rows.length ? (
        <div data-testid="upload-list">
          <Table<UploadRow>
            size="small"
            virtual
            scroll={{ y: 480 }}
            onRow={(row) =>
              ({
                'data-file': row.file,
                'data-result': row.status ?? row.state,
              }) as HTMLAttributes<HTMLElement>
            }
            pagination={false}
            rowKey="key"
            columns={COLUMNS}
            dataSource={rows}
          />
        </div>
      ) : null}
    </Card>
  );
}
