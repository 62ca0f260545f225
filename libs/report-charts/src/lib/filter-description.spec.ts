import { describeFilters, filterLines } from './filter-description';

describe('filter description', () => {
  const filters = {
    yearFrom: 2020,
    yearTo: 2024,
    regionIds: [1, 2, 3, 4, 5, 6],
    officeIds: [],
    officeKinds: ['township', 'street'],
    format: '2021',
  };

  it('lists each filter with its label, naming five regions at most', () => {
    expect(
      filterLines(
        filters,
        (id) => (id === 1 ? '银州区' : undefined),
        () => undefined,
      ),
    ).toEqual([
      { label: '年份', value: '2020–2024年' },
      { label: '地区', value: '银州区、#2、#3、#4、#5 等 6 个' },
      { label: '单位类型', value: '街道、乡镇' },
      { label: '格式', value: '2021 版' },
    ]);
  });

  it('says the same in one line', () => {
    expect(
      describeFilters(
        { ...filters, regionIds: [] },
        () => undefined,
        () => undefined,
      ),
    ).toBe('2020–2024年 · 地区：全部 · 单位类型：街道、乡镇 · 格式：2021 版');
  });
});
