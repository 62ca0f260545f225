import { EMPTY_FILTERS } from '../../data-access/filters';
import { describeFilters } from './describe';

describe('describeFilters', () => {
  it('says every filter in one line', () => {
    const names = new Map([
      [1, '银州区'],
      [2, '昌图县'],
    ]);
    expect(
      describeFilters(
        {
          ...EMPTY_FILTERS,
          yearFrom: 2020,
          yearTo: 2024,
          regionIds: [1, 2],
          officeKinds: ['street'],
        },
        (id) => names.get(id),
        () => undefined,
      ),
    ).toBe('2020–2024年 · 地区：银州区、昌图县 · 单位类型：街道 · 格式：全部');
    expect(
      describeFilters(
        { ...EMPTY_FILTERS, yearFrom: 2024, yearTo: 2024, officeIds: [7], format: '2019' },
        () => undefined,
        () => undefined,
      ),
    ).toBe('2024年 · 地区：全部 · 单位：#7 · 格式：2019 版');
  });
});
