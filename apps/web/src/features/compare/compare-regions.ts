import { REGION_LEVELS, type RegionLevel } from '@ogi/report-schema';
import type { CompareData } from '@ogi/report-charts';

/** What 对比 needs of a region: its level, its place in the tree, its name. */
export interface RegionInTree {
  id: number;
  name: string;
  level: RegionLevel;
  /** Materialised path of ids, the region's own last: /1/4/17/ */
  path: string;
}

const within = (region: RegionInTree, ancestorId: number) =>
  region.path.includes(`/${ancestorId}/`);

/** The regions the region filter covers: those chosen and everything under them (all: none chosen). */
export function regionsInFilter(
  regions: readonly RegionInTree[],
  regionIds: readonly number[],
): RegionInTree[] {
  if (regionIds.length === 0) return [...regions];
  return regions.filter((region) => regionIds.some((id) => region.id === id || within(region, id)));
}

/**
 * The level 对比 opens at: the first level, from the top, with at least two regions inside the
 * filter (one bar compares nothing); else the deepest level there is; 区县 with no regions known.
 */
export function defaultRegionLevel(
  regions: readonly RegionInTree[],
  regionIds: readonly number[],
): RegionLevel {
  const inFilter = regionsInFilter(regions, regionIds);
  const count = (level: RegionLevel) => inFilter.filter((region) => region.level === level).length;
  const present = REGION_LEVELS.filter((level) => count(level) > 0);
  return present.find((level) => count(level) >= 2) ?? present[present.length - 1] ?? 'district';
}

/**
 * A region shown above the filter's regions (the city of a filtered district) covers only those:
 * its bar is named after the regions actually counted ("甲区、乙区"), not after the whole city.
 */
export function namedAsShown(
  data: CompareData,
  regions: readonly RegionInTree[],
  regionIds: readonly number[],
): CompareData {
  if (data.entity !== 'region' || regionIds.length === 0 || regions.length === 0) return data;
  const chosen = regions.filter((region) => regionIds.includes(region.id));
  const byId = new Map(regions.map((region) => [region.id, region]));
  return {
    ...data,
    entities: data.entities.map((entity) => {
      const group = byId.get(entity.id);
      // The group is itself chosen, or inside a chosen region: its name is what is counted.
      if (!group || regionIds.some((id) => id === group.id || within(group, id))) return entity;
      const inside = chosen.filter((region) => within(region, entity.id));
      return inside.length
        ? { ...entity, name: inside.map((region) => region.name).join('、') }
        : entity;
    }),
  };
}
