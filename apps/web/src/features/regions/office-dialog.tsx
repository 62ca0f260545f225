import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { OFFICE_KIND_OPTIONS } from '../../data-access/filters';
import type { OfficeKind } from '../../data-access/types';
import { EditDialog } from './edit-dialog';
import { CLEARABLE } from '../../app/clearable';

/** New office or rename; the kind is inferred from the name by the server when not chosen. */
export function OfficeDialog({
  open,
  title,
  initialName,
  pending,
  withKind,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  initialName: string;
  pending: boolean;
  withKind: boolean;
  onSubmit: (value: { name: string; kind?: OfficeKind }) => void;
  onClose: () => void;
}) {
  // Mounted only while open (see the parents), so every opening starts from `initialName`.
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<OfficeKind | undefined>(undefined);
  const trimmed = name.trim();
  const submit = () => trimmed && onSubmit({ name: trimmed, kind });
  return (
    <EditDialog
      open={open}
      title={title}
      ready={trimmed !== ''}
      pending={pending}
      onSubmit={submit}
      onClose={onClose}
    >
      <Form.Item
        label="单位名称"
        required
        extra={withKind ? undefined : '原名称会保留为别名，以后上传的报告仍能对上。'}
      >
        <Input
          aria-label="单位名称"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={submit}
        />
      </Form.Item>
      {withKind ? (
        <Form.Item label="类型（可选，默认按名称判断）">
          <Select<OfficeKind>
            aria-label="单位类型"
            allowClear={CLEARABLE}
            value={kind}
            options={[...OFFICE_KIND_OPTIONS]}
            onChange={setKind}
          />
        </Form.Item>
      ) : null}
    </EditDialog>
  );
}
