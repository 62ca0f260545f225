import { Card, Segmented, Space, Table, Tag } from 'antd';
import { useDeferredValue, useState, type HTMLAttributes } from 'react';
import { ErrorAlert } from '../../app/load-states';
import { useReviewQueue } from '../../data-access/data-queries';
import type { ReportListItem, ReportProblemKind } from '../../data-access/reports-types';
import { problemText } from './upload-labels';
import { ReportLink } from './report-link';

export const PROBLEM_OPTIONS: { value: ReportProblemKind; label: string }[] = [
  { value: 'any', label: '全部问题' },
  { value: 'rule', label: '数据不平' },
  { value: 'parse', label: '解析警告' },
  { value: 'needs_input', label: '待补充单位或年度' },
  { value: 'failed', label: '无法读取' },
];

const PAGE_SIZE = 20;
const NO_ROWS: ReportListItem[] = [];

function problemTags(report: ReportListItem) {
  const tags = [];
  if (report.status === 'failed')
    tags.push(
      <Tag key="f" color="error">
        无法读取
      </Tag>,
    );
  if (report.status === 'needs_input')
    tags.push(
      <Tag key="n" color="warning">
        待补充
      </Tag>,
    );
  if (report.findingCounts.rules)
    tags.push(
      <Tag key="r" color="volcano">
        {report.findingCounts.rules} 条规则不平
      </Tag>,
    );
  if (report.findingCounts.warnings)
    tags.push(
      <Tag key="w" color="gold">
        {report.findingCounts.warnings} 条解析警告
      </Tag>,
    );
  return tags;
}

const COLUMNS = [
  {
    title: '单位',
    key: 'office',
    render: (_: unknown, r: ReportListItem) => r.office?.name ?? <Tag>未识别</Tag>,
  },
  {
    title: '年度',
    dataIndex: 'year',
    key: 'year',
    width: 80,
    render: (y: number | null) => y ?? '—',
  },
  { title: '文件', dataIndex: 'fileName', key: 'file', ellipsis: true },
  {
    title: '问题',
    key: 'problems',
    render: (_: unknown, r: ReportListItem) => (
      <Space size={4} wrap>
        {problemTags(r)}
      </Space>
    ),
  },
  {
    title: '说明',
    key: 'error',
    ellipsis: true,
    render: (_: unknown, r: ReportListItem) => (r.error ? problemText(r.error, r.fileName) : ''),
  },
  {
    title: '上传时间',
    dataIndex: 'createdAt',
    key: 'createdAt',
    width: 160,
    render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }),
  },
  {
    title: '',
    key: 'open',
    width: 80,
    render: (_: unknown, r: ReportListItem) => <ReportLink id={r.id}>复核</ReportLink>,
  },
];

/** Reports that need a person: rules that do not add up, parse warnings, missing office/year. */
export function ReviewQueue({ regionId }: { regionId?: number }) {
  const [problem, setProblem] = useState<ReportProblemKind>('any');
  const [page, setPage] = useState(1);
  const queue = useReviewQueue({ problem, regionId, page, pageSize: PAGE_SIZE });
  // The table follows at low priority: a click on the filter answers at once.
  const rows = useDeferredValue(queue.data?.items ?? NO_ROWS);
  return (
    <Card
      title="待复核"
      className="data-card"
      data-testid="review-queue"
      extra={
        <Segmented<ReportProblemKind>
          aria-label="问题类型"
          options={PROBLEM_OPTIONS}
          value={problem}
          onChange={(value) => {
            setProblem(value);
            setPage(1);
          }}
        />
      }
    >
      {queue.isError ? (
        <ErrorAlert
          title="无法读取待复核列表"
          error={queue.error}
          onRetry={() => void queue.refetch()}
        />
      ) : (
        <Table<ReportListItem>
          size="small"
          rowKey="id"
          onRow={(row) => ({ 'data-report': row.id }) as HTMLAttributes<HTMLElement>}
          loading={queue.isFetching}
          columns={COLUMNS}
          dataSource={rows}
          locale={{ emptyText: '没有需要复核的报告' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: queue.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total.toLocaleString('zh-CN')} 份`,
            onChange: setPage,
          }}
        />
      )}
    </Card>
  );
}
