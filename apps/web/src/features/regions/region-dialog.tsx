import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { REGION_LEVEL_LABELS, type RegionLevel } from '@ogi/report-schema';
import { EditDialog } from './edit-dialog';

export interface RegionDialogValue {
  name: string;
  level: RegionLevel;
  code: string;
}

/** New region (with a level) or rename (name and code); `levels` empty for a rename. */
export function RegionDialog({
  open,
  title,
  initial,
  levels,
  pending,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  initial: RegionDialogValue;
  levels: RegionLevel[];
  pending: boolean;
  onSubmit: (value: RegionDialogValue) => void;
  onClose: () => void;
}) {
  // Mounted only while open (see the parents), so every opening starts from `initial`.
  const [value, setValue] = useState(initial);
  const name = value.name.trim();
  const codeOk = value.code.trim() === '' || /^\d{2,12}$/.test(value.code.trim());
  const ready = name !== '' && codeOk;
  const submit = () => ready && onSubmit({ ...value, name, code: value.code.trim() });
  return (
    <EditDialog
      open={open}
      title={title}
      ready={ready}
      pending={pending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item label="名称" required>
        <Input
          aria-label="地区名称"
          value={value.name}
          maxLength={100}
          onChange={(event) => setValue({ ...value, name: event.target.value })}
          onPressEnter={submit}
        />
      </Form.Item>
      {levels.length ? (
        <Form.Item label="级别" required>
          <Select<RegionLevel>
            aria-label="级别"
            value={value.level}
            options={levels.map((level) => ({ value: level, label: REGION_LEVEL_LABELS[level] }))}
            onChange={(level) => setValue({ ...value, level })}
          />
        </Form.Item>
      ) : null}
      <Form.Item
        label="行政区划代码（可选）"
        validateStatus={codeOk ? undefined : 'error'}
        help={codeOk ? undefined : '代码应为 2 到 12 位数字'}
      >
        <Input
          aria-label="行政区划代码"
          value={value.code}
          onChange={(event) => setValue({ ...value, code: event.target.value })}
        />
      </Form.Item>
    </EditDialog>
  );
}
