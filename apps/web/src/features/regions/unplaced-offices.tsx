import { OFFICE_KIND_LABELS, UNPLACED_REGION, isOfficeKind } from '@ogi/report-schema';
import { Card, List, Space, Tag } from 'antd';
import { useState } from 'react';
import { dataApi } from '../../data-access/data-api';
import { useOffices } from '../../data-access/queries';
import type { Office, Region } from '../../data-access/types';
import { MoveDialog } from './move-dialog';
import { useAction } from './use-action';

/**
 * 未分配地区: the offices an upload created without a region, each with 指定地区. Hidden while
 * there are none (a region-scoped account never sees any: its scope cannot cover them).
 */
export function UnplacedOffices({ regions }: { regions: readonly Region[] }) {
  const offices = useOffices({ unplaced: true });
  const [placing, setPlacing] = useState<Office | null>(null);
  const place = useAction(
    ({ id, regionId }: { id: number; regionId: number }) => dataApi.updateOffice(id, { regionId }),
    (office, args) =>
      `已将单位“${office.name}”指定到“${regions.find((r) => r.id === args.regionId)?.name ?? ''}”`,
    '指定地区失败',
  );
  const items = offices.data?.items ?? [];
  if (!items.length) return null;

  return (
    <Card title={`${UNPLACED_REGION}（${items.length} 个单位）`} data-testid="unplaced-offices">
      <p className="regions-unplaced-note">
        上传时未能确定地区而新建的单位。指定地区前，它们缺少的年度不计入“缺报”。
      </p>
      <List
        dataSource={items}
        renderItem={(office) => (
          <List.Item
            actions={[
              <a key="place" onClick={() => setPlacing(office)}>
                指定地区
              </a>,
            ]}
          >
            <Space>
              {office.name}
              <Tag>{isOfficeKind(office.kind) ? OFFICE_KIND_LABELS[office.kind] : office.kind}</Tag>
            </Space>
          </List.Item>
        )}
      />
      {placing ? (
        <MoveDialog
          open
          title={`为单位“${placing.name}”指定地区`}
          targets={regions}
          current={null}
          allowTop={false}
          pending={place.pending}
          // Not awaited: run() shows its own failure and resolves to null.
          onSubmit={(regionId) =>
            regionId !== null &&
            void place.run({ id: placing.id, regionId }).then((ok) => ok && setPlacing(null))
          }
          onClose={() => setPlacing(null)}
        />
      ) : null}
    </Card>
  );
}
