import type { Region } from '../../data-access/types';
import { levelsUnder, moveTargets } from './region-levels';

const region = (id: number, level: Region['level'], path: string): Region => ({
  id,
  name: `r${id}`,
  level,
  parentId: null,
  code: null,
  path,
  officeCount: 0,
  reportCount: 0,
  isDemo: false,
});

describe('region levels', () => {
  it('offers only levels below the parent', () => {
    expect(levelsUnder(null)).toEqual(['province', 'city', 'district', 'street', 'township']);
    expect(levelsUnder('city')).toEqual(['district', 'street', 'township']);
    expect(levelsUnder('street')).toEqual([]);
  });

  it('never offers a move into the region’s own subtree or under a lower level', () => {
    const all = [
      region(1, 'province', '/1/'),
      region(2, 'city', '/1/2/'),
      region(3, 'district', '/1/2/3/'),
      region(4, 'city', '/1/4/'),
      region(5, 'street', '/1/2/3/5/'),
    ];
    expect(moveTargets(all[2], all).map((r) => r.id)).toEqual([1, 2, 4]);
    expect(moveTargets(all[1], all).map((r) => r.id)).toEqual([1]);
  });
});
