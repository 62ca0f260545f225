import { Card, Input, Segmented, Space, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useDeferredValue, useState, type HTMLAttributes } from 'react';
import {
  FAILING_LABEL,
  PROBLEM_KIND_LABELS,
  REPORT_PROBLEMS,
  REPORT_SORTS,
  type ReportProblem,
  type ReportSort,
} from '@ogi/report-schema';
import { ErrorAlert } from '../../app/load-states';
import { useReviewQueue } from '../../data-access/data-queries';
import type { ResolvedFilters } from '../../data-access/filters';
import { usePageParams } from '../../data-access/page-params';
import type { ReportListItem } from '../../data-access/reports-types';
import { DATA_PARAMS, REVIEW_QUEUE_ID, reviewQueueFilters } from './data-links';
import { ocrText, problemText } from './upload-labels';
import { ReportLink } from './report-link';
import { problemKindTags } from '../report-tables/problem-kind-tags';

export const PROBLEM_LABELS: Record<ReportProblem, string> = {
  any: '全部问题',
  failing: FAILING_LABEL,
  ...PROBLEM_KIND_LABELS,
  needs_input: '待补充单位或年度',
  failed: '无法读取',
  processing: '识别中（OCR）',
};

export const PROBLEM_OPTIONS = REPORT_PROBLEMS.map((value) => ({
  value,
  label: PROBLEM_LABELS[value],
}));

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
  if (report.status === 'processing')
    tags.push(
      <Tag key="p" color="processing">
        {ocrText(report.ocr)}
      </Tag>,
    );
  return [...tags, ...problemKindTags(report.findingCounts)];
}

const oneOf = <T extends string>(values: readonly T[], raw: string | null, fallback: T): T =>
  values.find((value) => value === raw) ?? fallback;

type Order = 'ascend' | 'descend';

function columns(sort: ReportSort, order: Order) {
  const sorted = (key: ReportSort) => ({
    sorter: true,
    sortOrder: sort === key ? order : null,
    sortDirections: ['ascend', 'descend'] as Order[],
  });
  return [
    {
      title: '单位',
      key: 'office',
      ...sorted('office'),
      render: (_: unknown, r: ReportListItem) => r.office?.name ?? <Tag>未识别</Tag>,
    },
    {
      title: '年度',
      dataIndex: 'year',
      key: 'year',
      width: 90,
      ...sorted('year'),
      render: (y: number | null) => y ?? '—',
    },
    { title: '文件', dataIndex: 'fileName', key: 'file', ellipsis: true, ...sorted('file') },
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
      width: 170,
      ...sorted('createdAt'),
      render: (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false }),
    },
    {
      title: '',
      key: 'open',
      width: 80,
      render: (_: unknown, r: ReportListItem) => <ReportLink id={r.id}>复核</ReportLink>,
    },
  ];
}

/**
 * Reports that need a person, under the filters of 总览 (years, regions, offices, kinds, format): by kind of problem
 * (report-schema's kinds, the same words as 总览 and 报送情况), searchable and sortable. The
 * choices live in the URL, so a count elsewhere links straight to its list.
 */
export function ReviewQueue({ filters }: { filters: ResolvedFilters }) {
  const [params, setParams] = usePageParams();
  const problem = oneOf(REPORT_PROBLEMS, params.get(DATA_PARAMS.problem), 'any');
  const sort = oneOf(REPORT_SORTS, params.get(DATA_PARAMS.sort), 'createdAt');
  const order = params.get(DATA_PARAMS.order) === 'asc' ? 'asc' : 'desc';
  const search = params.get(DATA_PARAMS.search) ?? '';
  const [page, setPage] = useState(1);
  const years =
    filters.yearFrom === filters.yearTo
      ? `${filters.yearFrom}年`
      : `${filters.yearFrom}–${filters.yearTo}年`;
  const queue = useReviewQueue({
    problem,
    // Every filter of 总览, so its "N 份有错误" is this list's length under 有错误.
    ...reviewQueueFilters(filters),
    q: search || undefined,
    sort,
    order,
    page,
    pageSize: PAGE_SIZE,
  });
  // The table follows at low priority: a click on the filter answers at once.
  const rows = useDeferredValue(queue.data?.items ?? NO_ROWS);
  const change = (changes: Record<string, string | undefined>) => {
    setParams(changes);
    setPage(1);
  };
  return (
    <Card
      id={REVIEW_QUEUE_ID}
      title={`待复核（${years}）`}
      className="data-card"
      data-testid="review-queue"
      extra={
        <Input.Search
          key={search}
          aria-label="按单位或文件名搜索"
          placeholder="单位或文件名"
          allowClear
          defaultValue={search}
          onSearch={(value) => change({ [DATA_PARAMS.search]: value.trim() || undefined })}
          style={{ width: 220 }}
        />
      }
    >
      <Segmented<ReportProblem>
        className="review-problems"
        aria-label="问题类型"
        options={PROBLEM_OPTIONS}
        value={problem}
        onChange={(value) => change({ [DATA_PARAMS.problem]: value === 'any' ? undefined : value })}
      />
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
          columns={columns(sort, order === 'asc' ? 'ascend' : 'descend')}
          dataSource={rows}
          locale={{ emptyText: `${years}没有需要复核的报告` }}
          onChange={(_pagination, _filters, sorter, extra) => {
            if (extra.action !== 'sort') return;
            const one = sorter as SorterResult<ReportListItem>;
            const key = one.order ? (one.columnKey as ReportSort) : 'createdAt';
            change({
              [DATA_PARAMS.sort]: key === 'createdAt' ? undefined : key,
              [DATA_PARAMS.order]: one.order === 'ascend' ? 'asc' : undefined,
            });
          }}
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
