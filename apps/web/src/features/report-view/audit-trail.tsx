import { Table } from 'antd';
import { sortBy } from '../../app/column-sorter';
import type { Correction, ReportFormatVersions } from '../../data-access/report-types';
import { statusValueText } from '../report-tables/cell-display';
import { cellName } from '../report-tables/cell-names';

/** Every manual correction of the report: who, when, which cell, old and new value, why. */
export function AuditTrail({
  corrections,
  versions,
}: {
  corrections: readonly Correction[];
  versions: ReportFormatVersions;
}) {
  return (
    <Table<Correction>
      size="small"
      rowKey="id"
      pagination={false}
      data-testid="audit-trail"
      locale={{ emptyText: '尚无更正记录' }}
      dataSource={[...corrections].reverse()}
      columns={[
        {
          title: '时间',
          dataIndex: 'createdAt',
          sorter: sortBy<Correction>((row) => Date.parse(row.createdAt)),
          render: (at: string) => new Date(at).toLocaleString('zh-CN'),
        },
        { title: '更正人', dataIndex: 'user', sorter: sortBy<Correction>((row) => row.user) },
        {
          title: '单元格',
          dataIndex: 'key',
          sorter: sortBy<Correction>((row) => cellName(row.key, versions)),
          render: (key: string) => cellName(key, versions),
        },
        {
          title: '原值',
          key: 'old',
          sorter: sortBy<Correction>((row) => row.oldValue),
          render: (_: unknown, row) => statusValueText(row.oldValue, row.oldStatus),
        },
        {
          title: '新值',
          key: 'new',
          sorter: sortBy<Correction>((row) => row.newValue),
          render: (_: unknown, row) => statusValueText(row.newValue, row.newStatus),
        },
        { title: '原因', dataIndex: 'reason', sorter: sortBy<Correction>((row) => row.reason) },
      ]}
    />
  );
}
