import { REGION_LEVELS, REGION_LEVEL_LABELS, isBelow, isRegionLevel } from './region-levels';

describe('region levels', () => {
  it('recognises every level and nothing else', () => {
    expect(REGION_LEVELS.every(isRegionLevel)).toBe(true);
    for (const value of ['county', 'Province', '', ' city', null, undefined, 3, {}]) {
      expect(isRegionLevel(value)).toBe(false);
    }
  });

  it('names every level in Chinese', () => {
    expect(REGION_LEVELS.map((level) => REGION_LEVEL_LABELS[level])).toEqual([
      '省',
      '市',
      '区县',
      '街道',
      '乡镇',
    ]);
  });

  it('puts a level below any higher one, skipping levels allowed', () => {
    expect(isBelow('city', 'province')).toBe(true);
    expect(isBelow('street', 'province')).toBe(true);
    expect(isBelow('province', 'city')).toBe(false);
    expect(isBelow('city', 'city')).toBe(false);
  });

  it('keeps streets and townships on one tier', () => {
    expect(isBelow('township', 'street')).toBe(false);
    expect(isBelow('street', 'township')).toBe(false);
    expect(isBelow('township', 'district')).toBe(true);
  });
});
