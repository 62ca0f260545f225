import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { regionTree } from '../../data-access/regions';
import type { Region } from '../../data-access/types';
import { EditDialog } from './edit-dialog';

/** The value that stands for "the top level" (no parent) in the picker. */
const TOP = 0;

/** Picks a new parent region (regions; `allowTop`) or region (offices). */
export function MoveDialog({
  open,
  title,
  targets,
  current,
  allowTop,
  pending,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: string;
  targets: readonly Region[];
  current: number | null;
  allowTop: boolean;
  pending: boolean;
  onSubmit: (regionId: number | null) => void;
  onClose: () => void;
}) {
  // Mounted only while open (see the parents): every opening starts with nothing chosen.
  const [value, setValue] = useState<number | undefined>(undefined);
  const tree = useMemo(() => {
    const nodes = regionTree(targets);
    return allowTop
      ? [{ value: TOP, key: TOP, title: '（顶级，无上级地区）', children: [] }, ...nodes]
      : nodes;
  }, [targets, allowTop]);
  const unchanged = value === undefined || (value === TOP ? null : value) === current;
  return (
    <EditDialog
      open={open}
      title={title}
      okText="移动"
      ready={!unchanged}
      pending={pending}
      onSubmit={() => value !== undefined && onSubmit(value === TOP ? null : value)}
      onClose={onClose}
    >
      <TreeSelect
        aria-label="目标地区"
        id="move-target"
        style={{ width: '100%' }}
        placeholder="选择移动到的地区"
        treeData={tree}
        treeDefaultExpandAll
        showSearch={{ treeNodeFilterProp: 'title' }}
        value={value}
        onChange={(next: number) => setValue(next)}
      />
    </EditDialog>
  );
}
