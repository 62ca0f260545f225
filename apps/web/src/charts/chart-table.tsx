import { Table } from 'antd';
import type { MouseEvent } from 'react';
import type { ChartTarget, TableModel, TableRow } from '@ogi/report-charts';
import { compareCells, type SortValue } from '../app/column-sorter';
import { followHref } from './drill-link';

function sortValue(row: TableRow, index: number): SortValue {
  return row.sort ? (row.sort[index] ?? null) : (row.cells[index] ?? null);
}

/** A cell that stands for an office or a region: a real link (a new tab with the middle button). */
function CellLink({ href, text }: { href: string; text: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    followHref(href, event);
  };
  return (
    <a href={href} onClick={follow}>
      {text}
    </a>
  );
}

/**
 * A chart's numbers as a table (the "表格" view), sortable by any column, with links where a row
 * stands for an office or a region. Its own chunk: antd's Table is large and most visits never
 * open a table, so the first screen does not wait for it.
 */
export default function ChartTable({
  table,
  hrefOf,
}: {
  table: TableModel;
  hrefOf?: (target: ChartTarget) => string;
}) {
  return (
    <Table<TableRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={table.rows}
      scroll={{ x: true }}
      showSorterTooltip={false}
      columns={table.columns.map((column, index) => ({
        key: `${index}`,
        title: column,
        align: index === 0 ? 'left' : 'right',
        sorter: (a: TableRow, b: TableRow, order?: 'ascend' | 'descend' | null) =>
          compareCells(sortValue(a, index), sortValue(b, index), order === 'descend'),
        render: (_: unknown, row: TableRow) => {
          const text = row.cells[index];
          const target = row.targets?.[index] ?? null;
          return target && hrefOf ? <CellLink href={hrefOf(target)} text={text} /> : text;
        },
      }))}
    />
  );
}
