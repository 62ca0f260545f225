import { officeKindOf } from './office-kind';

describe('officeKindOf', () => {
  it.each([
    ['东兴街道办事处', 'street'],
    ['东兴街道', 'street'],
    ['七家子镇', 'township'],
    ['XX乡人民政府', 'township'],
    ['XX区人民政府', 'government'],
    ['XX区市场监督管理局', 'department'],
    [null, null],
  ])('%s is a %s', (name, kind) => {
    expect(officeKindOf(name)).toBe(kind);
  });
});
