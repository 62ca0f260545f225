import { Button, Card, Input, Tree } from 'antd';
import { useMemo, useState } from 'react';
import type { Region } from '../../data-access/types';
import { levelLabel } from './region-levels';
import { CLEARABLE } from '../../app/clearable';

interface Node {
  key: number;
  title: string;
  children: Node[];
}

/** The tree with each region's level and office count; a search keeps matches and their parents. */
function buildTree(regions: readonly Region[], search: string): Node[] {
  const keep = new Set<number>();
  if (search) {
    for (const region of regions) {
      if (!region.name.includes(search)) continue;
      for (const id of region.path.split('/').filter(Boolean).map(Number)) keep.add(id);
      keep.add(region.id);
    }
  }
  const nodes = new Map<number, Node>();
  const roots: Node[] = [];
  for (const region of regions) {
    if (search && !keep.has(region.id)) continue;
    nodes.set(region.id, {
      key: region.id,
      title: `${region.name}（${levelLabel(region.level)}${region.officeCount ? `，${region.officeCount} 个单位` : ''}）`,
      children: [],
    });
  }
  for (const region of regions) {
    const node = nodes.get(region.id);
    if (!node) continue;
    const parent = region.parentId === null ? undefined : nodes.get(region.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export function RegionTreePanel({
  regions,
  selected,
  onSelect,
  onAddTop,
}: {
  regions: readonly Region[];
  selected: number | null;
  onSelect: (id: number | null) => void;
  onAddTop: () => void;
}) {
  const [search, setSearch] = useState('');
  const tree = useMemo(() => buildTree(regions, search.trim()), [regions, search]);
  const [expanded, setExpanded] = useState<number[]>([]);
  // A newly selected region is made visible (also one just created): its ancestors open. Done
  // while rendering, when the selection changes (React's pattern for state that follows a prop).
  const [revealed, setRevealed] = useState<number | null>(null);
  const selectedRegion = regions.find((r) => r.id === selected);
  if (selectedRegion && revealed !== selectedRegion.id) {
    setRevealed(selectedRegion.id);
    const ancestors = selectedRegion.path
      .split('/')
      .filter(Boolean)
      .map(Number)
      .filter((id) => id !== selectedRegion.id);
    setExpanded((open) => [...new Set([...open, ...ancestors])]);
  }
  const searching = search.trim() !== '';
  return (
    <Card
      title="地区"
      className="regions-tree"
      data-testid="region-tree"
      extra={
        <Button size="small" onClick={onAddTop}>
          新建顶级地区
        </Button>
      }
    >
      <Input.Search
        aria-label="搜索地区"
        placeholder="搜索地区名称"
        allowClear={CLEARABLE}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        className="regions-search"
      />
      {tree.length ? (
        <Tree<Node>
          treeData={tree}
          selectedKeys={selected === null ? [] : [selected]}
          expandedKeys={searching ? [...collectKeys(tree)] : expanded}
          onExpand={(keys) => !searching && setExpanded(keys.map(Number))}
          onSelect={(keys) => onSelect(keys.length ? Number(keys[0]) : null)}
          height={560}
          virtual
        />
      ) : (
        <p className="regions-empty">{search ? '没有匹配的地区' : '还没有地区，可新建或导入'}</p>
      )}
    </Card>
  );
}

function collectKeys(nodes: readonly Node[], out = new Set<number>()): Set<number> {
  for (const node of nodes) {
    out.add(node.key);
    collectKeys(node.children, out);
  }
  return out;
}
