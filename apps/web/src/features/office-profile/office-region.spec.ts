import { officeRegionLabel } from './office-region';

describe('officeRegionLabel', () => {
  it('names the region path root first', () => {
    expect(
      officeRegionLabel({ regionId: 3, regionPath: [{ name: '某省' }, { name: '某市' }] }),
    ).toBe('某省 / 某市');
  });

  it('says 未分配地区 for an office without a region', () => {
    expect(officeRegionLabel({ regionId: null, regionPath: [] })).toBe('未分配地区');
  });
});
