import { useQueries } from '@tanstack/react-query';
import { Button, Card, Empty, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../app/load-states';
import { dataApi } from '../../data-access/data-api';
import { useOfficeMerges } from '../../data-access/data-queries';
import { officeQuery } from '../../data-access/queries';
import type { OfficeMerge } from '../../data-access/regions-types';
import type { Office } from '../../data-access/types';
import { MergePreview } from './merge-preview';
import { OfficePicker } from './office-picker';
import { useAction } from './use-action';

/** Two offices that are one (a renamed 街道, a typo): merge them, and undo a merge. */
export function MergePanel() {
  const [source, setSource] = useState<Office | null>(null);
  const [target, setTarget] = useState<Office | null>(null);
  const merges = useOfficeMerges();
  const items = merges.data?.items ?? [];
  const targets = useQueries({
    queries: [...new Set(items.map((merge) => merge.targetId))].map(officeQuery),
  });
  const targetName = (id: number) =>
    targets.find((result) => result.data?.id === id)?.data?.name ?? `单位 #${id}`;

  const merge = useAction(
    ({ from, into }: { from: Office; into: Office }) =>
      dataApi.mergeOffices({ sourceId: from.id, targetId: into.id }),
    (result, { from, into }) =>
      `已将“${from.name}”合并到“${into.name}”（移动报告 ${result.reports.length} 份，名称保留为别名）`,
    '合并失败',
  );
  const undo = useAction(
    (item: OfficeMerge) => dataApi.undoMerge(item.id),
    (result) => `已撤销合并，“${result.sourceName}”已恢复`,
    '撤销合并失败',
  );

  return (
    <Card title="合并单位" className="regions-tool" data-testid="office-merge">
      <Typography.Paragraph type="secondary">
        同一单位有两条记录时（改名、错别字），把一条并入另一条：报告、别名随之移动，被并入单位的名称成为别名。合并可以撤销。
      </Typography.Paragraph>
      <Space wrap>
        <OfficePicker
          id="merge-source"
          label="被并入的单位"
          value={source}
          onChange={setSource}
          exclude={target?.id}
        />
        <span>并入</span>
        <OfficePicker
          id="merge-target"
          label="保留的单位"
          value={target}
          onChange={setTarget}
          exclude={source?.id}
        />
        <Popconfirm
          title={`把“${source?.name ?? ''}”并入“${target?.name ?? ''}”？`}
          description={source && target ? <MergePreview source={source} target={target} /> : null}
          okText="合并"
          cancelText="取消"
          disabled={!source || !target}
          // antd awaits a promise returned here (the OK button spins, the popup closes when it
          // settles) although the prop's type says void; run() never rejects.
          // eslint-disable-next-line @typescript-eslint/no-misused-promises
          onConfirm={async () => {
            if (!source || !target) return;
            if (await merge.run({ from: source, into: target })) {
              setSource(null);
              setTarget(null);
            }
          }}
        >
          <Button type="primary" danger disabled={!source || !target} loading={merge.pending}>
            合并
          </Button>
        </Popconfirm>
      </Space>
      {merges.isError ? (
        <ErrorAlert title="无法读取合并记录" error={merges.error} />
      ) : (
        // A plain list: antd's List is deprecated and warns on every render.
        <section className="regions-result" data-testid="merge-history" aria-label="合并记录">
          <strong>合并记录</strong>
          {merges.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="还没有合并过单位" />
          ) : (
            <ul className="merge-history">
              {items.map((item) => (
                <li key={item.id} className="merge-history-item">
                  <span>
                    “{item.sourceName}” 并入 “{targetName(item.targetId)}”
                    <Typography.Text type="secondary" className="merge-time">
                      {new Date(item.createdAt).toLocaleString('zh-CN', { hour12: false })}，报告{' '}
                      {item.reports.length} 份
                    </Typography.Text>
                  </span>
                  {item.undoneAt ? (
                    <Tag>已撤销</Tag>
                  ) : (
                    <Popconfirm
                      title={`撤销合并，恢复“${item.sourceName}”？`}
                      okText="撤销"
                      cancelText="取消"
                      onConfirm={() => void undo.run(item)}
                    >
                      <Button size="small" loading={undo.pending}>
                        撤销
                      </Button>
                    </Popconfirm>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Card>
  );
}
