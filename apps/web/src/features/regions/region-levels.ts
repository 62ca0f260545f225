import type { RegionLevel } from '../../data-access/regions-types';
import type { Region } from '../../data-access/types';

export const LEVEL_LABEL: Record<RegionLevel, string> = {
  province: '省',
  city: '市',
  district: '区县',
  street: '街道',
  township: '乡镇',
};

export const LEVELS = Object.keys(LEVEL_LABEL) as RegionLevel[];

/** Depth of each level as the API checks it: streets and townships are one tier. */
const RANK: Record<RegionLevel, number> = {
  province: 0,
  city: 1,
  district: 2,
  street: 3,
  township: 3,
};

/** Levels a region may have under a parent of `parent` (any level at the top). */
export function levelsUnder(parent: RegionLevel | null): RegionLevel[] {
  return parent === null ? LEVELS : LEVELS.filter((level) => RANK[level] > RANK[parent]);
}

export const levelLabel = (level: string) => LEVEL_LABEL[level as RegionLevel] ?? level;

/**
 * Where a region may move: not into its own subtree, and only under a higher level (what the
 * API would refuse is not offered).
 */
export function moveTargets(region: Region, regions: readonly Region[]): Region[] {
  return regions.filter(
    (candidate) =>
      !candidate.path.startsWith(region.path) &&
      RANK[region.level as RegionLevel] > RANK[candidate.level as RegionLevel],
  );
}
