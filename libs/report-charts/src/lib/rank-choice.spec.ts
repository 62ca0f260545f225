import { rankChoiceText, rankRows } from './rank-choice';

const rows = [
  { name: '甲', value: 3 },
  { name: '乙', value: null },
  { name: '丙', value: 1 },
  { name: '丁', value: 2 },
];
const names = (list: typeof rows) => list.map((row) => row.name);

describe('top N and bottom N', () => {
  it('lists the highest first for the top N and the lowest first for the bottom N', () => {
    expect(names(rankRows(rows, (row) => row.value, { order: 'desc', limit: 2 }))).toEqual([
      '甲',
      '丁',
    ]);
    expect(names(rankRows(rows, (row) => row.value, { order: 'asc', limit: 2 }))).toEqual([
      '丙',
      '丁',
    ]);
  });

  it('puts rows without a value last in either order', () => {
    expect(names(rankRows(rows, (row) => row.value, { order: 'asc', limit: null }))).toEqual([
      '丙',
      '丁',
      '甲',
      '乙',
    ]);
    expect(names(rankRows(rows, (row) => row.value, { order: 'desc', limit: null })).pop()).toBe(
      '乙',
    );
  });

  it('reads as 前 N, 后 N or 全部', () => {
    expect(rankChoiceText({ order: 'desc', limit: 10 })).toBe('前 10');
    expect(rankChoiceText({ order: 'asc', limit: 5 })).toBe('后 5');
    expect(rankChoiceText({ order: 'desc', limit: null })).toBe('全部');
  });
});
