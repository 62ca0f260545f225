import { defaultAliases, inferOfficeKind, normaliseOfficeName } from './office-names';

describe('office names', () => {
  it('match regardless of spaces and full- or half-width characters', () => {
    expect(normaliseOfficeName(' 东兴 街道办事处 ')).toBe('东兴街道办事处');
    expect(normaliseOfficeName('东兴街道（一）')).toBe(normaliseOfficeName('东兴街道(一)'));
    expect(normaliseOfficeName('ＡＢＣ区\u3000政府')).toBe('ABC区政府');
  });

  it('suggest the kind of office from the name', () => {
    expect(inferOfficeKind('东兴街道办事处')).toBe('street');
    expect(inferOfficeKind('昌图县七家子镇')).toBe('township');
    expect(inferOfficeKind('七家子镇人民政府')).toBe('township');
    expect(inferOfficeKind('上海市人民政府办公厅')).toBe('department');
    expect(inferOfficeKind('东兴区人民政府')).toBe('government');
    expect(inferOfficeKind('某某区教育局')).toBe('department');
  });

  it('offer the short and long forms of street and township names as aliases', () => {
    expect(defaultAliases('东兴街道办事处')).toEqual(['东兴街道']);
    expect(defaultAliases('东兴街道')).toEqual(['东兴街道办事处']);
    expect(defaultAliases('七家子镇人民政府')).toEqual(['七家子镇']);
    expect(defaultAliases('昌图县七家子镇')).toEqual(['昌图县七家子镇人民政府']);
    expect(defaultAliases('某某区教育局')).toEqual([]);
  });
});
