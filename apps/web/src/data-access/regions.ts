import type { Office, OfficeKind, Region } from './types';

export interface RegionTreeNode {
  value: number;
  title: string;
  key: number;
  children: RegionTreeNode[];
}

/** The flat list (parents first) as a tree for a TreeSelect; orphans become roots. */
export function regionTree(regions: readonly Region[]): RegionTreeNode[] {
  const nodes = new Map<number, RegionTreeNode>();
  const roots: RegionTreeNode[] = [];
  for (const region of regions) {
    nodes.set(region.id, { value: region.id, key: region.id, title: region.name, children: [] });
  }
  for (const region of regions) {
    const node = nodes.get(region.id) as RegionTreeNode;
    const parent = region.parentId === null ? undefined : nodes.get(region.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** Whether a region lies in the subtree of any of `regionIds` (by materialised path). */
export function inRegions(
  regionId: number | null,
  regionIds: readonly number[],
  regionsById: ReadonlyMap<number, Region>,
): boolean {
  if (regionIds.length === 0) return true;
  if (regionId === null) return false;
  const region = regionsById.get(regionId);
  if (!region) return regionIds.includes(regionId);
  return regionIds.some((id) => region.path.includes(`/${id}/`) || region.id === id);
}

/** What the filters need to know of an office to keep or drop it. */
export type OfficeScopeInfo = Pick<Office, 'regionId' | 'kind'>;

/**
 * The selected offices that still fit the region and kind filters (a child filter is cleared
 * when its parent changes). Offices whose region or kind is not known yet are kept.
 */
export function officesInScope(
  officeIds: readonly number[],
  offices: ReadonlyMap<number, OfficeScopeInfo>,
  regionIds: readonly number[],
  officeKinds: readonly OfficeKind[],
  regionsById: ReadonlyMap<number, Region>,
): number[] {
  return officeIds.filter((id) => {
    const office = offices.get(id);
    if (!office) return true;
    if (officeKinds.length && !officeKinds.includes(office.kind)) return false;
    return inRegions(office.regionId, regionIds, regionsById);
  });
}
