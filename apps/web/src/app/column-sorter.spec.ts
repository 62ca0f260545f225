import { compareCells, sortBy } from './column-sorter';

/** Sorts as antd does: the comparator's result is reversed for a descending sort. */
function sorted<Row>(
  rows: Row[],
  sorter: ReturnType<typeof sortBy<Row>>,
  order: 'ascend' | 'descend',
) {
  const sign = order === 'descend' ? -1 : 1;
  return [...rows].sort((a, b) => sign * sorter(a, b, order));
}

describe('compareCells', () => {
  it('orders numbers by value, not as text', () => {
    expect(compareCells(2, 10, false)).toBeLessThan(0);
    expect(compareCells(10, 2, false)).toBeGreaterThan(0);
    expect(compareCells(3, 3, false)).toBe(0);
  });

  it('orders text by its Chinese (pinyin) order', () => {
    expect(compareCells('北京', '上海', false)).toBeLessThan(0);
    expect(compareCells('张', '李', false)).toBeGreaterThan(0);
  });

  it('puts cells without a value last whichever the direction', () => {
    const rows = [{ v: null }, { v: 5 }, { v: undefined }, { v: 1 }, { v: '' }, { v: 3 }];
    const byValue = sortBy<{ v: number | string | null | undefined }>((row) => row.v);
    expect(
      sorted(rows, byValue, 'ascend')
        .map((row) => row.v)
        .slice(0, 3),
    ).toEqual([1, 3, 5]);
    expect(
      sorted(rows, byValue, 'descend')
        .map((row) => row.v)
        .slice(0, 3),
    ).toEqual([5, 3, 1]);
    for (const order of ['ascend', 'descend'] as const) {
      expect(
        sorted(rows, byValue, order)
          .slice(3)
          .every((row) => !row.v),
      ).toBe(true);
    }
  });
});
