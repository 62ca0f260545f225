import { OFFICE_KINDS, OFFICE_KIND_LABELS, isOfficeKind } from './office-kinds';

describe('office kinds', () => {
  it('recognises every kind and nothing else', () => {
    expect(OFFICE_KINDS.every(isOfficeKind)).toBe(true);
    for (const value of ['district', 'Street', '', null, undefined, 1]) {
      expect(isOfficeKind(value)).toBe(false);
    }
  });

  it('names every kind in Chinese', () => {
    expect(OFFICE_KINDS.map((kind) => OFFICE_KIND_LABELS[kind])).toEqual([
      '街道',
      '乡镇',
      '部门',
      '政府',
    ]);
  });
});
