import { App, Button, Card, Segmented, Space, Table, Tag } from 'antd';
import { COVERAGE_ONLY, FAILING_LABEL, type CoverageOnly } from '@ogi/report-schema';
import { useMemo, useState } from 'react';
import {
  COVERAGE_LABEL,
  coverageCsv,
  coverageTable,
  formatCount,
  type CoverageResponse,
  type CoverageCell,
  type CoverageTable,
} from '@ogi/report-charts';
import { downloadText } from '../../app/download';
import { ErrorAlert } from '../../app/load-states';
import { describeError } from '../../data-access/api-client';
import { dataApi } from '../../data-access/data-api';
import { useCoverage } from '../../data-access/data-queries';
import { filterParams, type ResolvedFilters } from '../../data-access/filters';
import { useRegions } from '../../data-access/queries';
import { usePageParams } from '../../data-access/page-params';
import { COVERAGE_ID, coverageHref, DATA_PARAMS, reviewQueueHref } from './data-links';
import { AppLink } from './report-link';

const PAGE_SIZE = 50;
/** The largest page the coverage endpoint answers: the export reads the whole scope with it. */
const EXPORT_PAGE_SIZE = 500;

const CELL_CLASS: Record<CoverageCell, string> = {
  ok: 'coverage-ok',
  failing: 'coverage-failing',
  missing: 'coverage-missing',
  not_expected: 'coverage-not-expected',
};
const CELL_MARK: Record<CoverageCell, string> = {
  ok: '✓',
  failing: '!',
  missing: '—',
  not_expected: '·',
};

type Row = CoverageTable['rows'][number];

const ONLY_OPTIONS: { value: CoverageOnly | 'all'; label: string }[] = [
  { value: 'all', label: '全部单位' },
  { value: 'missing', label: '只看未报送' },
  { value: 'failing', label: `只看${FAILING_LABEL}` },
];

function columns(years: readonly number[], reportIds: ReadonlyMap<number, (number | null)[]>) {
  return [
    {
      title: '单位',
      dataIndex: 'office',
      key: 'office',
      fixed: 'left' as const,
      width: 220,
      ellipsis: true,
    },
    { title: '地区', dataIndex: 'region', key: 'region', width: 140, ellipsis: true },
    ...years.map((year, index) => ({
      title: `${year}`,
      key: `y${year}`,
      width: 72,
      align: 'center' as const,
      render: (_: unknown, row: Row) => {
        const state = row.cells[index];
        const reportId = reportIds.get(row.officeId)?.[index] ?? null;
        const title = `${row.office} ${year} 年：${COVERAGE_LABEL[state]}`;
        const className = `coverage-cell ${CELL_CLASS[state]}`;
        // A present cell opens its report (a real link: middle-click opens a tab).
        return reportId !== null ? (
          <AppLink
            href={`/reports/${reportId}${window.location.search}`}
            className={className}
            title={`${title}（打开报告）`}
          >
            <span data-state={state} aria-label={COVERAGE_LABEL[state]}>
              {CELL_MARK[state]}
            </span>
          </AppLink>
        ) : (
          <span
            className={className}
            data-state={state}
            title={title}
            aria-label={COVERAGE_LABEL[state]}
          >
            {CELL_MARK[state]}
          </span>
        );
      },
    })),
  ];
}

/** Offices × years of the filtered scope: which reports are in, missing, or do not add up. */
export function CoverageMatrix({ filters }: { filters: ResolvedFilters }) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [params, setParams] = usePageParams();
  const only = COVERAGE_ONLY.find((value) => value === params.get(DATA_PARAMS.only));
  const coverage = useCoverage(filters, { page, pageSize: PAGE_SIZE, only });
  const reportIds = useMemo(
    () => new Map((coverage.data?.rows ?? []).map((row) => [row.office.id, row.reportIds])),
    [coverage.data],
  );
  const showOnly = (value: CoverageOnly | 'all') => {
    setParams({ [DATA_PARAMS.only]: value === 'all' ? undefined : value });
    setPage(1);
  };
  const regions = useRegions();
  const regionName = useMemo(() => {
    const names = new Map((regions.data?.items ?? []).map((r) => [r.id, r.name]));
    return (id: number | null) => (id === null ? '' : (names.get(id) ?? ''));
  }, [regions.data]);
  const table = useMemo(
    () => coverageTable(coverage.data ? [coverage.data] : [], regionName),
    [coverage.data, regionName],
  );
  const [exporting, setExporting] = useState(false);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const pages: CoverageResponse[] = [];
      for (let p = 1; ; p += 1) {
        const next = await dataApi.coverage({
          ...filterParams(filters),
          page: p,
          pageSize: EXPORT_PAGE_SIZE,
        });
        pages.push(next);
        if (p * EXPORT_PAGE_SIZE >= next.offices) break;
      }
      downloadText(
        coverageCsv(coverageTable(pages, regionName)),
        `报送情况_${filters.yearFrom}-${filters.yearTo}.csv`,
        'text/csv;charset=utf-8',
      );
      message.success('已导出报送情况表（CSV）');
    } catch (err) {
      message.error(`导出失败：${describeError(err)}`);
    } finally {
      setExporting(false);
    }
  };

  const totals = table.totals;
  return (
    <Card
      id={COVERAGE_ID}
      title="报送情况"
      className="data-card"
      data-testid="coverage-matrix"
      extra={
        <Space>
          <Segmented<CoverageOnly | 'all'>
            aria-label="显示哪些单位"
            options={ONLY_OPTIONS}
            value={only ?? 'all'}
            onChange={showOnly}
          />
          <Button onClick={() => void exportCsv()} loading={exporting} disabled={!coverage.data}>
            导出 CSV
          </Button>
        </Space>
      }
    >
      {coverage.isError ? (
        <ErrorAlert
          title="无法读取报送情况"
          error={coverage.error}
          onRetry={() => void coverage.refetch()}
        />
      ) : (
        <>
          <Space wrap className="coverage-totals" data-testid="coverage-totals">
            <span>单位 {formatCount(totals.offices)} 个</span>
            <Tag color="success">已报送 {formatCount(totals.present)}</Tag>
            <AppLink href={reviewQueueHref(filters, 'failing')} testId="coverage-failing-link">
              <Tag color="volcano">
                {FAILING_LABEL} {formatCount(totals.failing)}
              </Tag>
            </AppLink>
            <AppLink href={coverageHref(filters, 'missing')} testId="coverage-missing-link">
              <Tag>未报送 {formatCount(totals.missing)}</Tag>
            </AppLink>
            <span className="coverage-legend">
              ✓ 已报送 · ! {FAILING_LABEL}（校验不通过或数值无法识别） · — 未报送；点击 ✓ 或 !
              打开报告
            </span>
          </Space>
          <Table<Row>
            size="small"
            rowKey="officeId"
            loading={coverage.isFetching}
            columns={columns(table.years, reportIds)}
            dataSource={table.rows}
            scroll={{ x: 360 + table.years.length * 72 }}
            locale={{
              emptyText: only
                ? `所选范围内没有${ONLY_OPTIONS.find((o) => o.value === only)?.label.slice(2)}的单位`
                : '所选范围内没有单位',
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: coverage.data?.rowsTotal ?? totals.offices,
              showSizeChanger: false,
              showTotal: (total) => `共 ${formatCount(total)} 个单位`,
              onChange: setPage,
            }}
          />
        </>
      )}
    </Card>
  );
}
