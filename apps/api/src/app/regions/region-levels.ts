import type { RegionLevel } from '@ogi/report-schema';

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
