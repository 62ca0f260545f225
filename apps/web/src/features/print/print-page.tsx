import { Button, Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import {
  CHARTS,
  cartesianOption,
  cellText,
  kpiDataTable,
  type RegisteredChart,
} from '@ogi/report-charts';
import { useChartAnswers } from '../../data-access/chart-data';
import { useRegions, useSummary } from '../../data-access/queries';
import { DATA_SOURCE, describeFilters } from '../filters/describe';
import type { ResolvedFilters } from '../../data-access/filters';
import { useFilters } from '../filters/use-filters';

const Chart = lazy(() =>
  import('../../charts/chart').then((module) => ({ default: module.Chart })),
);

/** One chart of the print view: drawn as SVG, without animation (printing takes what is drawn). */
function PrintChart({ chart, filters }: { chart: RegisteredChart; filters: ResolvedFilters }) {
  const { answers } = useChartAnswers(chart, filters);
  const { yearFrom, yearTo } = filters;
  const context = useMemo(() => ({ yearFrom, yearTo }), [yearFrom, yearTo]);
  const option = useMemo(
    () =>
      answers ? { ...cartesianOption(chart.model(answers, context)), animation: false } : null,
    [answers, chart, context],
  );
  return (
    <section className="print-sheet">
      <h2>{chart.title(context)}</h2>
      {option ? (
        <Suspense fallback={<Skeleton active />}>
          <Chart option={option} height={440} ariaLabel={chart.title(context)} renderer="svg" />
        </Suspense>
      ) : (
        <Skeleton active />
      )}
    </section>
  );
}

function PrintKpis({ filters }: { filters: ResolvedFilters }) {
  const summary = useSummary(filters);
  const table = useMemo(() => (summary.data ? kpiDataTable(summary.data) : null), [summary.data]);
  if (!table) return <Skeleton active />;
  return (
    <section className="print-sheet">
      <h2>{table.title}</h2>
      <table className="print-table">
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={String(row[0].value)}>
              {row.map((cell, index) => (
                <td key={index} className={cell.kind === 'text' ? '' : 'number'}>
                  {cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * 打印视图 (/print): the overview for paper, A4 landscape, light, charts as SVG, one chart a
 * page, with the same filters as the page it was opened from.
 */
export function PrintPage() {
  const { filters } = useFilters();
  const regions = useRegions();
  const names = useMemo(
    () => new Map((regions.data?.items ?? []).map((region) => [region.id, region.name])),
    [regions.data],
  );
  if (!filters) {
    return (
      <div className="print-page" role="status">
        <Skeleton active />
        正在读取筛选条件…
      </div>
    );
  }
  return (
    <div className="print-page">
      <header className="print-sheet print-cover">
        <div className="print-actions">
          <Button type="primary" onClick={() => window.print()}>
            打印
          </Button>
        </div>
        <h1>政府信息公开工作年度报告数据汇报</h1>
        <p>
          {describeFilters(
            filters,
            (id) => names.get(id),
            () => undefined,
          )}
        </p>
        <p className="print-source">{DATA_SOURCE}</p>
      </header>
      <PrintKpis filters={filters} />
      {CHARTS.map((chart) => (
        <PrintChart key={chart.id} chart={chart} filters={filters} />
      ))}
    </div>
  );
}
