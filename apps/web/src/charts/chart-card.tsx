import { Alert, Button, Card, Empty, Segmented, Space, Spin } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import {
  chartExportHeight,
  chartHasData,
  chartOption,
  chartTable,
  exportOption,
  type ChartModel,
} from '@ogi/report-charts';
import { useAfterFirstPaint } from '../app/after-first-paint';
import { ChunkFailed } from '../app/chunk-failed';
import { download } from '../app/download';
import { loadOnce } from '../app/load-once';
import { RetryButton } from '../app/load-states';
import { useChunk } from '../app/use-chunk';
import { loadChartModule, useChartModule } from './chart-module';
import { ExportMenu, type ExportLink } from './export-menu';
import { isDrillable, useDrill } from './use-drill';

export interface ChartCardProps {
  title: string;
  model: ChartModel | null;
  loading: boolean;
  error: string | null;
  /** Said when there is nothing to draw. */
  emptyText: string;
  /** Written into exported images under the title: the filters and the data source. */
  exportSubtitle: string;
  categoryHeader?: string;
  height?: number;
  footnote?: ReactNode;
  /** The chart's data as files made by the server (XLSX, CSV), with the current filters. */
  dataLinks?: readonly ExportLink[];
  /** The chart's own choices (e.g. top or bottom N), above it. */
  controls?: ReactNode;
  /** Asks for the data again: offered as 重试 beside the error. */
  onRetry?: () => void;
}

const tableChunk = loadOnce(() => import('./chart-table'));

function safeFilename(title: string, ext: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_')}-${day}.${ext}`;
}

/** A chart with its title, a chart/table toggle, PNG and SVG export, and its states. */
export function ChartCard(props: ChartCardProps) {
  const { title, model, loading, error, emptyText, exportSubtitle, height = 320 } = props;
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const chartModule = useChartModule();
  const tableModule = useChunk(tableChunk, view === 'table');
  const controls = useAfterFirstPaint();
  const option = useMemo(() => (model ? chartOption(model) : null), [model]);
  const table = useMemo(
    () => (model ? chartTable(model, props.categoryHeader) : null),
    [model, props.categoryHeader],
  );
  const ready = !error && chartHasData(model) && option !== null;
  const drill = useDrill(model);

  async function exportAs(type: 'png' | 'svg') {
    if (!option || !model) return;
    const { renderImage } = await loadChartModule();
    const url = renderImage(exportOption(option, title, exportSubtitle), type, {
      width: 960,
      height: chartExportHeight(model, height) + 120,
    });
    download(url, safeFilename(title, type));
  }

  const extra =
    ready && controls ? (
      <Space size="small" wrap>
        <Segmented
          size="small"
          value={view}
          onChange={(value) => setView(value as 'chart' | 'table')}
          options={[
            { value: 'chart', label: '图表' },
            { value: 'table', label: '表格' },
          ]}
          aria-label={`${title}：图表或表格`}
        />
        <Button size="small" onClick={() => void exportAs('png')} aria-label={`导出${title} PNG`}>
          PNG
        </Button>
        <Button size="small" onClick={() => void exportAs('svg')} aria-label={`导出${title} SVG`}>
          SVG
        </Button>
        {props.dataLinks?.length ? <ExportMenu title={title} links={props.dataLinks} /> : null}
      </Space>
    ) : null;

  let body: ReactNode;
  if (error) {
    body = (
      <Alert
        type="error"
        showIcon
        title="数据加载失败"
        description={error}
        action={props.onRetry ? <RetryButton onRetry={props.onRetry} /> : undefined}
      />
    );
  } else if (!chartHasData(model)) {
    body = loading ? (
      <div className="chart-state" role="status">
        <Spin /> <span>正在加载{title}…</span>
      </div>
    ) : (
      <Empty description={emptyText} />
    );
  } else if (view === 'table' && table) {
    if (tableModule.status === 'ready') {
      const ChartTable = tableModule.module.default;
      body = <ChartTable table={table} hrefOf={drill.hrefOf} />;
    } else if (tableModule.status === 'failed') {
      body = <ChunkFailed what="表格组件" error={tableModule.error} onRetry={tableModule.retry} />;
    } else {
      body = (
        <div className="chart-state" role="status">
          <Spin /> <span>正在加载表格…</span>
        </div>
      );
    }
  } else if (chartModule.status === 'failed') {
    body = <ChunkFailed what="图表组件" error={chartModule.error} onRetry={chartModule.retry} />;
  } else if (chartModule.status === 'loading') {
    body = (
      <div className="chart-state" role="status" style={{ minHeight: height }}>
        <Spin /> <span>正在加载图表…</span>
      </div>
    );
  } else if (option) {
    const { Chart } = chartModule.module;
    body = (
      <Spin spinning={loading} description="正在更新…">
        <Chart option={option} height={height} ariaLabel={title} onItemClick={drill.onItemClick} />
      </Spin>
    );
  }

  return (
    <Card title={title} extra={extra} size="small" className="chart-card">
      {props.controls ? <div className="chart-controls">{props.controls}</div> : null}
      {body}
      {props.footnote ? <div className="chart-footnote">{props.footnote}</div> : null}
      {ready && isDrillable(model) ? (
        <div className="chart-footnote">
          点击条形、格子或名称查看其后的单位或地区（中键或按住 Ctrl
          点击在新标签页打开）；表格视图里的名称也是链接。
        </div>
      ) : null}
    </Card>
  );
}
