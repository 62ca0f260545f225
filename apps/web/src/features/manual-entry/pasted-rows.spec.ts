import { pastedRows } from './pasted-rows';

describe('pastedRows', () => {
  it('splits a row copied from Excel at its tabs, keeping empty cells', () => {
    expect(pastedRows('12\t1,234\t\t0\r\n')).toEqual([['12', '1,234', '', '0']]);
  });

  it('splits a row copied from a PDF at its spaces, thousands separators and dashes kept', () => {
    expect(pastedRows(' 1,234  5 — 无　7 ')).toEqual([['1,234', '5', '—', '无', '7']]);
  });

  it('gives each line of a block its own row', () => {
    expect(pastedRows('1\t2\n3\t4\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('leaves a single value to the cell', () => {
    expect(pastedRows('1,234')).toBeNull();
    expect(pastedRows(' 7\n')).toBeNull();
  });
});
