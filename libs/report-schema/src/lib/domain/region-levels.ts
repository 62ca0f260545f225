/** The levels of the region tree, from the top down. */
export const REGION_LEVELS = ['province', 'city', 'district', 'street', 'township'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, string>> = {
  province: '省',
  city: '市',
  district: '区县',
  street: '街道',
  township: '乡镇',
};

/**
 * What an office without a region is called wherever offices are listed or counted: an upload
 * that could not tell the region creates the office unplaced until someone places it.
 */
export const UNPLACED_REGION = '未分配地区';

/** Streets and townships are one tier: neither may sit under the other. */
const TIER: Readonly<Record<RegionLevel, number>> = {
  province: 0,
  city: 1,
  district: 2,
  street: 3,
  township: 3,
};

export function isRegionLevel(value: unknown): value is RegionLevel {
  return typeof value === 'string' && (REGION_LEVELS as readonly string[]).includes(value);
}

/** Whether a region of `level` may sit under one of `parent` (levels may be skipped). */
export function isBelow(level: RegionLevel, parent: RegionLevel): boolean {
  return TIER[level] > TIER[parent];
}
