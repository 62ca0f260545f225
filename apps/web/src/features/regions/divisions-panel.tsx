import { Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { dataApi } from '../../data-access/data-api';
import { useDivisionProvinces } from '../../data-access/data-queries';
import type { DivisionLoadResult } from '../../data-access/regions-types';
import { useAction } from './use-action';
import { CLEARABLE } from '../../app/clearable';

type Depth = 'city' | 'district' | 'street';
const DEPTHS: { value: Depth; label: string }[] = [
  { value: 'city', label: '到地市' },
  { value: 'district', label: '到区县' },
  { value: 'street', label: '到街道乡镇' },
];

function loaded(result: DivisionLoadResult): string {
  const conflicts = result.conflicts.length
    ? `；${result.conflicts.length} 处未改动（同名地区已有其他代码）：${result.conflicts
        .slice(0, 3)
        .map((c) => `${c.name}（${c.code}）`)
        .join('、')}${result.conflicts.length > 3 ? '等' : ''}`
    : '';
  return `已载入行政区划：新建 ${result.regionsCreated} 个，匹配已有 ${result.regionsExisting} 个，补充代码 ${result.codesSet} 个${conflicts}`;
}

/** National division names and codes into the tree (one province or all). */
export function DivisionsPanel() {
  const [open, setOpen] = useState(false);
  const provinces = useDivisionProvinces(open);
  const [province, setProvince] = useState<string | undefined>(undefined);
  const [depth, setDepth] = useState<Depth>('district');
  const load = useAction(
    (body: { provinceCode?: string; depth: Depth }) => dataApi.loadDivisions(body),
    loaded,
    '载入行政区划失败',
  );
  return (
    <Card title="载入国家行政区划" className="regions-tool" data-testid="divisions">
      <Typography.Paragraph type="secondary">
        按国家行政区划补全地区名称和代码；按代码、再按名称匹配已有地区，不会重复新建。
      </Typography.Paragraph>
      <Space wrap>
        <Select
          aria-label="省份"
          style={{ width: 200 }}
          placeholder="全部省份"
          allowClear={CLEARABLE}
          showSearch={{ optionFilterProp: 'label' }}
          loading={provinces.isFetching}
          onOpenChange={(next) => next && setOpen(true)}
          options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
          value={province}
          onChange={setProvince}
        />
        <Select<Depth>
          aria-label="深度"
          style={{ width: 140 }}
          options={DEPTHS}
          value={depth}
          onChange={setDepth}
        />
        <Button
          loading={load.pending}
          onClick={() => void load.run({ provinceCode: province, depth })}
        >
          载入
        </Button>
      </Space>
    </Card>
  );
}
