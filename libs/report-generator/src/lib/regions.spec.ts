import {
  officeCsvRow,
  regionCsvRow,
  walkRegionTree,
  type Office,
  type RegionNode,
} from './regions';

function firstChunks(count: number): { nodes: RegionNode[]; offices: Office[] } {
  const nodes: RegionNode[] = [];
  const offices: Office[] = [];
  let index = 0;
  for (const chunk of walkRegionTree('tree')) {
    nodes.push(...chunk.nodes);
    offices.push(...chunk.offices);
    if (++index >= count) break;
  }
  return { nodes, offices };
}

describe('walkRegionTree', () => {
  const { nodes, offices } = firstChunks(20);

  it('makes national-style codes: 6 digits, 9 for townships, 12 padded', () => {
    for (const node of nodes) {
      expect(node.code).toMatch(node.level === 'township' ? /^\d{9}$/ : /^\d{6}$/);
      expect(node.code12).toMatch(/^\d{12}$/);
      if (node.parentCode)
        expect(
          node.code.startsWith(
            node.parentCode
              .replace(/0+$/, '')
              .slice(0, node.level === 'city' ? 2 : node.level === 'district' ? 4 : 6),
          ),
        ).toBe(true);
    }
    expect(new Set(nodes.map((node) => node.code)).size).toBe(nodes.length);
  });

  it('names offices in their usual forms with aliases', () => {
    const names = offices.map((office) => office.name);
    expect(names.some((name) => /街道办事处$/.test(name))).toBe(true);
    expect(names.some((name) => /镇人民政府$/.test(name))).toBe(true);
    expect(names.some((name) => /[区县]人民政府$/.test(name))).toBe(true);
    expect(names.some((name) => /[区县]市场监督管理局$/.test(name))).toBe(true);
    const street = offices.find((office) => office.level === 'street');
    expect(street?.aliases[0]).toBe(street?.name.replace(/办事处$/, ''));
    expect(new Set(offices.map((office) => office.id)).size).toBe(offices.length);
  });

  it('writes CSV rows', () => {
    expect(regionCsvRow(nodes[0])).toMatch(/^region,\d{12},.+省,province,,,$/);
    expect(officeCsvRow(offices[0])).toMatch(/^office,\d{12},/);
  });
});
