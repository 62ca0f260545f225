import { OFFICE_KIND_LABELS, REGION_LEVELS, isOfficeKind, isRegionLevel } from '@ogi/report-schema';
import { Button, Card, Descriptions, Empty, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { dataApi } from '../../data-access/data-api';
import { useOffices } from '../../data-access/queries';
import type { Office, Region } from '../../data-access/types';
import { MoveDialog } from './move-dialog';
import { OfficeDialog } from './office-dialog';
import { RegionDialog } from './region-dialog';
import { levelLabel, levelsUnder, moveTargets } from './region-levels';
import { useAction } from './use-action';

type Dialog =
  | { kind: 'child' }
  | { kind: 'rename' }
  | { kind: 'move' }
  | { kind: 'office-new' }
  | { kind: 'office-rename'; office: Office }
  | { kind: 'office-move'; office: Office }
  | null;

/** One region: its names, its offices, and the edits of both. */
export function RegionDetail({
  region,
  regions,
  onSelect,
}: {
  region: Region;
  regions: readonly Region[];
  onSelect: (id: number | null) => void;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const offices = useOffices({ regionId: region.id });
  const direct = (offices.data?.items ?? []).filter((office) => office.regionId === region.id);
  const regionName = (id: number | null) => regions.find((r) => r.id === id)?.name ?? '顶级';

  const createChild = useAction(
    (body: Parameters<typeof dataApi.createRegion>[0]) => dataApi.createRegion(body),
    (created) => `已新建地区“${created.name}”`,
    '新建地区失败',
  );
  const updateRegion = useAction(
    ({
      id,
      ...body
    }: {
      id: number;
      name?: string;
      code?: string | null;
      parentId?: number | null;
    }) => dataApi.updateRegion(id, body),
    (updated, args) =>
      args.parentId !== undefined
        ? `已将“${updated.name}”移到“${regionName(args.parentId)}”下`
        : `已保存地区“${updated.name}”`,
    '保存地区失败',
  );
  const createOffice = useAction(
    (body: Parameters<typeof dataApi.createOffice>[0]) => dataApi.createOffice(body),
    (office) => `已新建单位“${office.name}”`,
    '新建单位失败',
  );
  const updateOffice = useAction(
    ({ id, ...body }: { id: number; name?: string; regionId?: number | null }) =>
      dataApi.updateOffice(id, body),
    (office, args) =>
      args.regionId !== undefined
        ? `已将单位“${office.name}”移到“${regionName(args.regionId)}”`
        : `已将单位改名为“${office.name}”`,
    '保存单位失败',
  );
  // Dialog submits are not awaited: an action's run() shows its own failure and resolves to null.
  const after = (ok: unknown) => ok && close();
  const level = isRegionLevel(region.level) ? region.level : null;
  // Under a level the web does not know, it offers no child rather than guess one.
  const childLevels = level ? levelsUnder(level) : [];

  return (
    <Card
      title={`${region.name}（${levelLabel(region.level)}）`}
      data-testid="region-detail"
      extra={
        <Space wrap>
          <Button onClick={() => setDialog({ kind: 'child' })} disabled={!childLevels.length}>
            新建下级地区
          </Button>
          <Button onClick={() => setDialog({ kind: 'rename' })}>重命名</Button>
          <Button onClick={() => setDialog({ kind: 'move' })}>移动</Button>
        </Space>
      }
    >
      <Descriptions size="small" column={3}>
        <Descriptions.Item label="上级">{regionName(region.parentId)}</Descriptions.Item>
        <Descriptions.Item label="代码">{region.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="报告">
          {region.reportCount.toLocaleString('zh-CN')} 份
        </Descriptions.Item>
      </Descriptions>
      <List
        data-testid="region-offices"
        header={
          <Space>
            <strong>本地区单位（{direct.length}）</strong>
            <Button size="small" onClick={() => setDialog({ kind: 'office-new' })}>
              新建单位
            </Button>
          </Space>
        }
        loading={offices.isPending}
        dataSource={direct}
        locale={{
          emptyText: (
            <Empty description="本地区下没有直属单位" image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ),
        }}
        renderItem={(office) => (
          <List.Item
            actions={[
              <a key="rename" onClick={() => setDialog({ kind: 'office-rename', office })}>
                改名
              </a>,
              <a key="move" onClick={() => setDialog({ kind: 'office-move', office })}>
                移动
              </a>,
            ]}
          >
            <Space>
              {office.name}
              <Tag>{isOfficeKind(office.kind) ? OFFICE_KIND_LABELS[office.kind] : office.kind}</Tag>
              {office.aliases.length ? (
                <span className="office-aliases">别名：{office.aliases.join('、')}</span>
              ) : null}
            </Space>
          </List.Item>
        )}
      />

      {dialog?.kind === 'child' ? (
        <RegionDialog
          open={dialog?.kind === 'child'}
          title={`在“${region.name}”下新建地区`}
          initial={{ name: '', level: childLevels[0] ?? 'township', code: '' }}
          levels={childLevels}
          pending={createChild.pending}
          onSubmit={(value) =>
            void createChild
              .run({
                name: value.name,
                level: value.level,
                parentId: region.id,
                code: value.code || null,
              })
              .then((created) => {
                if (created) {
                  close();
                  onSelect(created.id);
                }
              })
          }
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <RegionDialog
          open={dialog?.kind === 'rename'}
          title={`重命名“${region.name}”`}
          initial={{
            name: region.name,
            // A rename neither shows nor sends the level.
            level: level ?? REGION_LEVELS[0],
            code: region.code ?? '',
          }}
          levels={[]}
          pending={updateRegion.pending}
          onSubmit={(value) =>
            void updateRegion
              .run({ id: region.id, name: value.name, code: value.code || null })
              .then(after)
          }
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'move' ? (
        <MoveDialog
          open={dialog?.kind === 'move'}
          title={`把“${region.name}”（连同下级）移到`}
          targets={moveTargets(region, regions)}
          current={region.parentId}
          allowTop
          pending={updateRegion.pending}
          onSubmit={(parentId) => void updateRegion.run({ id: region.id, parentId }).then(after)}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'office-new' ? (
        <OfficeDialog
          open={dialog?.kind === 'office-new'}
          title={`在“${region.name}”下新建单位`}
          initialName=""
          withKind
          pending={createOffice.pending}
          onSubmit={(value) => void createOffice.run({ ...value, regionId: region.id }).then(after)}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'office-rename' ? (
        <OfficeDialog
          open={dialog?.kind === 'office-rename'}
          title="单位改名"
          initialName={dialog?.kind === 'office-rename' ? dialog.office.name : ''}
          withKind={false}
          pending={updateOffice.pending}
          onSubmit={(value) =>
            dialog?.kind === 'office-rename' &&
            void updateOffice.run({ id: dialog.office.id, name: value.name }).then(after)
          }
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'office-move' ? (
        <MoveDialog
          open={dialog?.kind === 'office-move'}
          title={`把单位“${dialog?.kind === 'office-move' ? dialog.office.name : ''}”移到`}
          targets={regions}
          current={region.id}
          allowTop={false}
          pending={updateOffice.pending}
          onSubmit={(regionId) =>
            dialog?.kind === 'office-move' &&
            void updateOffice.run({ id: dialog.office.id, regionId }).then(after)
          }
          onClose={close}
        />
      ) : null}
    </Card>
  );
}
