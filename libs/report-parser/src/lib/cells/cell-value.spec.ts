import { convertToKeyUnit, isValueText, readCell } from './cell-value';

describe('readCell', () => {
  it.each([
    ['0', 0],
    [' 0', 0],
    ['12', 12],
    ['１２３', 123],
    ['1,234', 1234],
    ['1，234', 1234],
    ['0.35', 0.35],
    ['251000元', 251000],
    ['0万元', 0],
    ['3件', 3],
    ['5条', 5],
    ['12项', 12],
    ['+1036', 1036],
    ['-3', -3],
    ['增2', 2],
    ['增加2', 2],
    ['减1', -1],
    ['减少1', -1],
    ['7*', 7],
    ['6937489', 6937489],
    ['12 3', 123],
  ])('reads %j as %d', (raw, value) => {
    expect(readCell(raw)).toMatchObject({ value, status: 'number' });
  });

  it('keeps the unit written in the cell', () => {
    expect(readCell('251000元').unit).toBe('元');
    expect(readCell('12.5万元').unit).toBe('万元');
    expect(readCell('3').unit).toBeNull();
  });

  it.each(['', ' ', '\u00a0', '\u3000'])('reads %j as blank', (raw) => {
    expect(readCell(raw)).toEqual({ value: null, status: 'blank', unit: null });
  });

  it.each(['/', '／', '—', '－', '-', '--', '——', '―', '无'])('reads %j as a dash', (raw) => {
    expect(readCell(raw)).toMatchObject({ value: null, status: 'dash' });
  });

  it.each(['规章', '1.属于国家秘密', 'abc', '0x10', '1.2.3'])('reads %j as unparseable', (raw) => {
    expect(readCell(raw).status).toBe('unparseable');
  });

  it('tells value cells from labels', () => {
    expect(isValueText('0')).toBe(true);
    expect(isValueText('/')).toBe(true);
    expect(isValueText('行政许可')).toBe(false);
    expect(isValueText('')).toBe(false);
  });
});

describe('convertToKeyUnit', () => {
  it('converts 元 to 万元 for the fee column and 万元 to 元 for procurement', () => {
    expect(convertToKeyUnit(3500, '元', '万元')).toBe(0.35);
    expect(convertToKeyUnit(25.1, '万元', '元')).toBe(251000);
    expect(convertToKeyUnit(3, '件', '件')).toBe(3);
    expect(convertToKeyUnit(0.35, null, '万元')).toBe(0.35);
  });
});
