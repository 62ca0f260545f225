import { asksForRegion } from './upload-region';

describe('asksForRegion', () => {
  it('asks when neither a region nor an office is chosen and there are regions', () => {
    expect(asksForRegion({ year: 2024 }, 3)).toBe(true);
  });

  it('does not ask once a region or an office tells where the files belong', () => {
    expect(asksForRegion({ regionId: 5 }, 3)).toBe(false);
    expect(asksForRegion({ officeId: 7 }, 3)).toBe(false);
  });

  it('does not ask when there is no region to choose', () => {
    expect(asksForRegion({}, 0)).toBe(false);
  });
});
