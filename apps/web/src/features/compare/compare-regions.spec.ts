import { officeCompareData, regionCompareData } from '@ogi/report-charts';
import { breakdownFixture, matrixFixture, stat } from '@ogi/report-charts/testing';
import { namedAsShown, regionsInFilter, type RegionInTree } from './compare-regions';

const regions: RegionInTree[] = [
  { id: 1, name: '甲市', level: 'city', path: '/1/' },
  { id: 2, name: '东区', level: 'district', path: '/1/2/' },
  { id: 3, name: '西区', level: 'district', path: '/1/3/' },
  { id: 4, name: '东街', level: 'street', path: '/1/2/4/' },
];

const cityBar = () =>
  regionCompareData(
    'applications_new',
    [2024],
    [breakdownFixture(2024, 'applications_new', [{ id: 1, name: '甲市', value: stat(9) }])],
  );

describe('regions on 对比', () => {
  it('cover the chosen regions and everything under them', () => {
    expect(regionsInFilter(regions, [2]).map((r) => r.id)).toEqual([2, 4]);
    expect(regionsInFilter(regions, [])).toHaveLength(4);
  });

  it('name a bar above the filter after the regions it counts, not the whole city', () => {
    expect(namedAsShown(cityBar(), regions, [2]).entities[0].name).toBe('东区');
    expect(namedAsShown(cityBar(), regions, [2, 3]).entities[0].name).toBe('东区、西区');
    // Nothing filtered, or the bar is itself chosen: its own name.
    expect(namedAsShown(cityBar(), regions, []).entities[0].name).toBe('甲市');
    expect(namedAsShown(cityBar(), regions, [1]).entities[0].name).toBe('甲市');
  });

  it('leave offices as they are', () => {
    const offices = officeCompareData(
      matrixFixture('applications_new', [2024], [{ id: 1, name: '某局', values: [stat(1)] }]),
    );
    expect(namedAsShown(offices, regions, [2]).entities[0].name).toBe('某局');
  });
});
