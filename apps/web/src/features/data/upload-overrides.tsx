import { InputNumber, Select, Space, TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { MAX_REPORT_YEAR, MIN_REPORT_YEAR } from '@ogi/report-schema';
import { useOffices, useRegions } from '../../data-access/queries';
import { regionTree } from '../../data-access/regions';
import type { IngestOverrides } from '../../data-access/reports-types';
import { CLEARABLE } from '../../app/clearable';

/** Optional region / year / office applied to every file of the next upload. */
export function UploadOverrides({
  value,
  onChange,
}: {
  value: IngestOverrides;
  onChange: (next: IngestOverrides) => void;
}) {
  const regions = useRegions();
  const tree = useMemo(() => regionTree(regions.data?.items ?? []), [regions.data]);
  const [search, setSearch] = useState('');
  const offices = useOffices({ q: search.trim() || undefined, regionId: value.regionId }, true);
  return (
    <Space wrap className="upload-overrides">
      <TreeSelect
        id="upload-region"
        aria-label="指定地区"
        placeholder="指定地区（可选）"
        allowClear={CLEARABLE}
        showSearch={{ treeNodeFilterProp: 'title' }}
        style={{ width: 220 }}
        treeData={tree}
        value={value.regionId}
        onChange={(regionId?: number) => onChange({ ...value, regionId: regionId ?? undefined })}
      />
      <InputNumber
        id="upload-year"
        aria-label="指定年度"
        // Its step buttons are named "Increase Value" for screen readers; arrow keys still step.
        controls={false}
        placeholder="指定年度（可选）"
        min={MIN_REPORT_YEAR}
        max={MAX_REPORT_YEAR}
        precision={0}
        style={{ width: 160 }}
        value={value.year ?? null}
        onChange={(year) => onChange({ ...value, year: year ?? undefined })}
      />
      <Select
        id="upload-office"
        aria-label="指定单位"
        placeholder="指定单位（可选）"
        allowClear={CLEARABLE}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        style={{ width: 240 }}
        loading={offices.isFetching}
        options={(offices.data?.items ?? []).map((office) => ({
          value: office.id,
          label: office.name,
        }))}
        value={value.officeId}
        onChange={(officeId?: number) => onChange({ ...value, officeId: officeId ?? undefined })}
      />
    </Space>
  );
}
