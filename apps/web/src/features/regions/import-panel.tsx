import { Alert, App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sortBy } from '../../app/column-sorter';
import { describeError } from '../../data-access/api-client';
import { dataApi } from '../../data-access/data-api';
import { invalidateAfterRegionEdit } from '../../data-access/data-queries';
import type { ImportPreviewRow, RegionImportResult } from '../../data-access/regions-types';
import { levelLabel } from './region-levels';

type Rejected = RegionImportResult['rejected'][number];

function summary(result: RegionImportResult): string {
  const verb = result.dryRun ? '将新建' : '已新建';
  return `${verb}地区 ${result.regionsCreated} 个、单位 ${result.officesCreated} 个；已存在地区 ${result.regionsExisting} 个、单位 ${result.officesExisting} 个；拒绝 ${result.rejected.length} 行`;
}

const PREVIEW_COLUMNS = [
  {
    title: '行号',
    dataIndex: 'row',
    key: 'row',
    width: 70,
    sorter: sortBy<ImportPreviewRow>((row) => row.row),
  },
  {
    title: '地区',
    key: 'path',
    sorter: sortBy<ImportPreviewRow>((row) => row.path.map((step) => step.name).join(' ')),
    render: (_: unknown, row: ImportPreviewRow) => (
      <Space size={2} wrap>
        {row.path.map((step, i) => (
          <Tag key={i} color={step.status === 'created' ? 'green' : undefined}>
            {step.name}（{levelLabel(step.level)}）{step.status === 'created' ? ' 新' : ''}
          </Tag>
        ))}
      </Space>
    ),
  },
  {
    title: '代码',
    dataIndex: 'code',
    key: 'code',
    sorter: sortBy<ImportPreviewRow>((row) => row.code),
    width: 130,
    render: (c: string | null) => c ?? '',
  },
  {
    title: '单位',
    key: 'office',
    sorter: sortBy<ImportPreviewRow>((row) => row.office?.name),
    render: (_: unknown, row: ImportPreviewRow) =>
      row.office
        ? `${row.office.name}${row.office.status === 'created' ? '（新）' : '（已有）'}`
        : '',
  },
];

/** CSV/XLSX of the hierarchy: a dry run first (what would change, which rows are refused), then import. */
export function ImportPanel() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<RegionImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (chosen: File, dryRun: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const answer = await dataApi.importRegions(chosen, dryRun);
      setResult(answer);
      if (!dryRun) {
        await invalidateAfterRegionEdit(client);
        void message.success(`导入完成：${summary(answer)}`);
      }
    } catch (err) {
      setResult(null);
      setError(describeError(err));
      void message.error(`${dryRun ? '预览' : '导入'}失败：${describeError(err)}`, 8);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="从表格导入地区和单位" className="regions-tool" data-testid="region-import">
      <Typography.Paragraph type="secondary">
        表头可用：省、市、区县、街道/乡镇、级别、代码、单位。支持 CSV（UTF-8 或 GB18030）和
        XLSX。先预览，确认无误后再导入；有问题的行会被拒绝并写明行号和原因。
      </Typography.Paragraph>
      <Space wrap>
        <Button onClick={() => input.current?.click()}>选择文件</Button>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx"
          hidden
          data-testid="import-input"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0] ?? null;
            event.currentTarget.value = '';
            setFile(chosen);
            if (chosen) void run(chosen, true);
          }}
        />
        {file ? <span>{file.name}</span> : null}
        <Button
          type="primary"
          disabled={!file || !result?.dryRun || result.preview.length === 0}
          loading={busy}
          onClick={() => file && void run(file, false)}
        >
          确认导入
          {result?.dryRun && result.rejected.length ? `（跳过 ${result.rejected.length} 行）` : ''}
        </Button>
      </Space>
      {error ? (
        <Alert
          type="error"
          showIcon
          className="regions-result"
          title="无法读取这个文件"
          description={error}
        />
      ) : null}
      {result ? (
        <div className="regions-result" data-testid="import-result">
          <Alert
            type={result.rejected.length ? 'warning' : 'success'}
            showIcon
            title={result.dryRun ? '预览（尚未写入）' : '已导入'}
            description={summary(result)}
          />
          {result.rejected.length ? (
            <Table<Rejected>
              data-testid="import-rejected"
              size="small"
              title={() => '被拒绝的行'}
              rowKey="row"
              pagination={false}
              columns={[
                {
                  title: '行号',
                  dataIndex: 'row',
                  key: 'row',
                  width: 70,
                  sorter: sortBy<Rejected>((row) => row.row),
                },
                {
                  title: '原因',
                  dataIndex: 'reason',
                  key: 'reason',
                  sorter: sortBy<Rejected>((row) => row.reason),
                },
              ]}
              dataSource={result.rejected}
            />
          ) : null}
          {result.dryRun ? (
            <Table<ImportPreviewRow>
              size="small"
              title={() => '将导入的行'}
              rowKey="row"
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={PREVIEW_COLUMNS}
              dataSource={result.preview}
            />
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
