import { inRegions, officesInScope, regionTree } from './regions';
import type { Region } from './types';

const region = (id: number, parentId: number | null, path: string, name = `R${id}`): Region => ({
  id,
  parentId,
  path,
  name,
  level: 'district',
  code: null,
  officeCount: 0,
  reportCount: 0,
  isDemo: false,
});

const regions = [
  region(1, null, '/1/', '铁岭市'),
  region(2, 1, '/1/2/', '昌图县'),
  region(3, 1, '/1/3/', '银州区'),
  region(4, 2, '/1/2/4/', '七家子镇'),
];
const byId = new Map(regions.map((r) => [r.id, r]));

describe('regions', () => {
  it('builds a tree from the flat list', () => {
    const tree = regionTree(regions);
    expect(tree).toHaveLength(1);
    expect(tree[0].children.map((c) => c.title)).toEqual(['昌图县', '银州区']);
    expect(tree[0].children[0].children[0].value).toBe(4);
  });

  it('knows whole subtrees', () => {
    expect(inRegions(4, [1], byId)).toBe(true);
    expect(inRegions(4, [2], byId)).toBe(true);
    expect(inRegions(4, [3], byId)).toBe(false);
    expect(inRegions(null, [3], byId)).toBe(false);
    expect(inRegions(null, [], byId)).toBe(true);
  });

  it('drops selected offices outside the chosen regions and kinds', () => {
    const offices = new Map([
      [10, { regionId: 4, kind: 'township' as const }],
      [11, { regionId: 3, kind: 'street' as const }],
      [12, { regionId: 3, kind: 'department' as const }],
    ]);
    expect(officesInScope([10, 11, 12, 99], offices, [2], [], byId)).toEqual([10, 99]);
    expect(officesInScope([10, 11, 12], offices, [], ['street'], byId)).toEqual([11]);
    expect(officesInScope([10, 11, 12], offices, [], [], byId)).toEqual([10, 11, 12]);
  });
});
