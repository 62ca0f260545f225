import type { RegionLevel } from '@ogi/api-data-access';

/** Depth of each level: streets and townships are the same tier, below districts. */
const RANK: Record<RegionLevel, number> = {
  province: 0,
  city: 1,
  district: 2,
  street: 3,
  township: 3,
};

/** Whether a region of `level` may sit under one of `parent` (levels may be skipped). */
export function isBelow(level: RegionLevel, parent: RegionLevel): boolean {
  return RANK[level] > RANK[parent];
}

/**
 * The level a street-tier name states: 街道 (and 街道办事处) a street, 镇/乡 (and their 人民政府)
 * a township; null when the name does not say.
 */
export function streetTierLevel(name: string): 'street' | 'township' | null {
  const bare = name.trim().replace(/(办事处|人民政府)$/, '');
  if (bare.endsWith('街道')) return 'street';
  if (/[镇乡]$/.test(bare)) return 'township';
  return null;
}

/** Level names accepted in a 级别/level column. */
const LEVEL_WORDS: Record<string, RegionLevel> = {
  province: 'province',
  省: 'province',
  city: 'city',
  市: 'city',
  district: 'district',
  county: 'district',
  区: 'district',
  县: 'district',
  区县: 'district',
  street: 'street',
  街道: 'street',
  township: 'township',
  town: 'township',
  乡镇: 'township',
  镇: 'township',
  乡: 'township',
};

export function levelFromWord(word: string): RegionLevel | null {
  return LEVEL_WORDS[word.trim().toLowerCase()] ?? null;
}
