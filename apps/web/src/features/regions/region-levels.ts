import {
  REGION_LEVELS,
  REGION_LEVEL_LABELS,
  isBelow,
  isRegionLevel,
  type RegionLevel,
} from '@ogi/report-schema';
import type { Region } from '../../data-access/types';

/** Levels a region may have under a parent of `parent` (any level at the top). */
export function levelsUnder(parent: RegionLevel | null): RegionLevel[] {
  return REGION_LEVELS.filter((level) => parent === null || isBelow(level, parent));
}

/** An unknown level shows as it came. */
export const levelLabel = (level: string) =>
  isRegionLevel(level) ? REGION_LEVEL_LABELS[level] : level;

/**
 * Where a region may move: not into its own subtree, and only under a higher level (what the
 * API would refuse is not offered; nothing is offered around a level the web does not know).
 */
export function moveTargets(region: Region, regions: readonly Region[]): Region[] {
  const level = region.level;
  if (!isRegionLevel(level)) return [];
  return regions.filter(
    (candidate) =>
      !candidate.path.startsWith(region.path) &&
      isRegionLevel(candidate.level) &&
      isBelow(level, candidate.level),
  );
}
