import { digitSplits } from './digit-splits';

describe('digitSplits', () => {
  it('cuts a run into cells without leading zeros', () => {
    expect(digitSplits(['000'], 3)).toEqual([['0', '0', '0']]);
    expect(digitSplits(['0000'], 3)).toEqual([]);
    expect(digitSplits(['105'], 2)).toEqual([['10', '5']]);
  });

  it('keeps a space as a cell boundary', () => {
    const splits = digitSplits(['230', '000023'], 7) ?? [];
    expect(splits).toContainEqual(['23', '0', '0', '0', '0', '0', '23']);
    expect(splits).toContainEqual(['230', '0', '0', '0', '0', '2', '3']);
    expect(splits.every((split) => split.length === 7)).toBe(true);
    expect(splits.flat().some((cell) => /^0\d/.test(cell))).toBe(false);
  });

  it('lists every split of an ambiguous run', () => {
    expect(digitSplits(['123'], 2)).toEqual([
      ['1', '23'],
      ['12', '3'],
    ]);
  });

  it('keeps decimals and a unit whole in their cell', () => {
    expect(digitSplits(['13575394432.52元'], 2)).toContainEqual(['135', '75394432.52元']);
    expect(digitSplits(['1.5'], 1)).toEqual([['1.5']]);
    expect(digitSplits(['1.5'], 2)).toEqual([]);
  });

  it('gives up past the limit instead of running long', () => {
    expect(digitSplits(['1'.repeat(40)], 15, 1000)).toBeNull();
  });
});
