import { Table, Tag } from 'antd';
import { REPORT_STATUS_LABELS, REPORT_STATUSES } from '@ogi/report-schema';
import { sortBy } from '../../app/column-sorter';
import { PageLink } from '../../app/page-link';
import type { ReportStatus, ReportVersion } from '../../data-access/report-types';

/** A version as the table lists it: a report's version, with its year when rows span years. */
export type VersionRow = ReportVersion & { year?: number | null };

const STATUS_COLOR: Record<ReportStatus, string> = {
  ok: 'green',
  needs_input: 'orange',
  failed: 'red',
  processing: 'blue',
};

/** Each status's tag: the schema's label in its colour. */
export const STATUS_TEXT = Object.fromEntries(
  REPORT_STATUSES.map((status) => [
    status,
    { color: STATUS_COLOR[status], text: REPORT_STATUS_LABELS[status] },
  ]),
) as Record<ReportStatus, { color: string; text: string }>;

/** Every stored version: which one counts, how it was read, when it came in, a link to it. */
export function VersionTable({
  rows,
  showYear,
  openId,
}: {
  rows: readonly VersionRow[];
  showYear: boolean;
  /** The report on screen, not linked again. */
  openId?: number;
}) {
  return (
    <Table<VersionRow>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...rows]}
      columns={[
        ...(showYear
          ? [
              {
                title: '年度',
                dataIndex: 'year',
                sorter: sortBy<VersionRow>((row) => row.year),
                render: (year: number | null) => year ?? '—',
              },
            ]
          : []),
        {
          title: '版本',
          dataIndex: 'version',
          sorter: sortBy<VersionRow>((row) => row.version),
          render: (version: number | null, row) => (
            <>
              {version === null ? '—' : `第 ${version} 版`}
              {row.isCurrent ? (
                <Tag color="blue" className="version-current">
                  当前
                </Tag>
              ) : null}
            </>
          ),
        },
        {
          title: '状态',
          dataIndex: 'status',
          sorter: sortBy<VersionRow>((row) => STATUS_TEXT[row.status].text),
          render: (status: ReportStatus) => (
            <Tag color={STATUS_TEXT[status].color}>{STATUS_TEXT[status].text}</Tag>
          ),
        },
        {
          title: '解析器版本',
          dataIndex: 'parserVersion',
          sorter: sortBy<VersionRow>((row) => row.parserVersion),
        },
        {
          title: '上传时间',
          dataIndex: 'createdAt',
          sorter: sortBy<VersionRow>((row) => Date.parse(row.createdAt)),
          render: (at: string) => new Date(at).toLocaleString('zh-CN'),
        },
        {
          title: '文件',
          dataIndex: 'fileName',
          ellipsis: true,
          sorter: sortBy<VersionRow>((row) => row.fileName),
        },
        {
          title: '',
          key: 'open',
          render: (_: unknown, row) =>
            row.id === openId ? (
              '正在查看'
            ) : (
              <PageLink to={`/reports/${row.id}`}>查看报告</PageLink>
            ),
        },
      ]}
    />
  );
}
