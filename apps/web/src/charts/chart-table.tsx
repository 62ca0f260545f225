import { Table } from 'antd';
import type { TableModel } from '@ogi/report-charts';

/**
 * A chart's numbers as a table (the "表格" view). Its own chunk: antd's Table is large and most
 * visits never open a table, so the first screen does not wait for it.
 */
export default function ChartTable({ table }: { table: TableModel }) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={table.rows}
      scroll={{ x: true }}
      columns={table.columns.map((column, index) => ({
        key: `${index}`,
        title: column,
        align: index === 0 ? 'left' : 'right',
        render: (_: unknown, row: { cells: string[] }) => row.cells[index],
      }))}
    />
  );
}
