import type { OfficeKind, RegionLevel } from '@ogi/report-schema';
import {
  CITY_DEPARTMENTS,
  CITY_SUFFIX,
  COUNTY_DEPARTMENTS,
  DISTRICT_SUFFIXES,
  FIRST_SYLLABLES,
  PROVINCE_SUFFIX,
  SECOND_SYLLABLES,
} from './names';
import { createRng, type Rng } from './prng';

/** The generator's tree has no 'street' level: it files a street's division as a township. */
export type GeneratedRegionLevel = Extract<
  RegionLevel,
  'province' | 'city' | 'district' | 'township'
>;

/** One division of the tree with a national-style code (6 digits above, 9 for townships, 12 padded). */
export interface RegionNode {
  level: GeneratedRegionLevel;
  name: string;
  /** 6 digits for province/city/district, 9 for streets and townships. */
  code: string;
  /** The 12-digit statistical code (padded with zeros). */
  code12: string;
  parentCode: string | null;
}

/** Agency levels of the spec (§6.1 report.agency_level) that the generator makes. */
export type AgencyLevel =
  | 'street'
  | 'township'
  | 'county_dept'
  | 'county_gov'
  | 'city_dept'
  | 'city_gov'
  | 'province_gov';

export interface Office {
  id: string;
  /** Full name, e.g. 东兴街道办事处. */
  name: string;
  /** Other names the office published under (东兴街道); the first is the usual short form. */
  aliases: string[];
  level: AgencyLevel;
  /** The kind the consistency rules use (T2-2). */
  kind: OfficeKind;
  /** Province › city › district › township, as far as the office sits. */
  path: RegionNode[];
  /** Division code of the office's own region (12 digits). */
  code: string;
  /** Size multiplier for its figures (log-normal around 1). */
  scale: number;
}

export interface RegionTreeOptions {
  /** Districts per city (min, max). */
  districtsPerCity?: [number, number];
  citiesPerProvince?: [number, number];
  /** Streets + townships per district (min, max). */
  townshipsPerDistrict?: [number, number];
  departmentsPerDistrict?: [number, number];
}

const DEFAULTS: Required<RegionTreeOptions> = {
  districtsPerCity: [3, 9],
  citiesPerProvince: [6, 14],
  townshipsPerDistrict: [6, 18],
  departmentsPerDistrict: [4, 12],
};

/** Province codes in the national range (11–65), in a fixed order. */
const PROVINCE_CODES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65,
];

/** National codes first; beyond them unused two-digit prefixes (66–99), then wrap (a bigger tree than China's). */
function provinceCodeOf(index: number): string {
  if (index < PROVINCE_CODES.length) return String(PROVINCE_CODES[index]);
  return String(66 + ((index - PROVINCE_CODES.length) % 34));
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Makes unique two-syllable names within one parent. */
class NameMaker {
  private used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  next(): string {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const first = this.rng.pick(FIRST_SYLLABLES);
      const second = this.rng.pick(SECOND_SYLLABLES);
      const name = first === second ? first : `${first}${second}`;
      if (name.length === 2 && !this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    const fallback = `${this.rng.pick(FIRST_SYLLABLES)}${this.rng.pick(SECOND_SYLLABLES)}${this.used.size}`;
    this.used.add(fallback);
    return fallback;
  }
}

function node(
  level: GeneratedRegionLevel,
  name: string,
  code: string,
  parentCode: string | null,
): RegionNode {
  return { level, name, code, code12: code.padEnd(12, '0'), parentCode };
}

function scaleOf(rng: Rng): number {
  return Math.min(8, Math.max(0.15, rng.logNormal(1, 0.6)));
}

function governmentOffice(
  rng: Rng,
  region: RegionNode,
  path: RegionNode[],
  level: AgencyLevel,
): Office {
  return {
    id: `${region.code}-gov`,
    name: `${region.name}人民政府`,
    aliases: [`${region.name}政府`],
    level,
    kind: 'government',
    path,
    code: region.code12,
    scale: scaleOf(rng),
  };
}

function departmentOffices(
  rng: Rng,
  region: RegionNode,
  path: RegionNode[],
  list: readonly (readonly [string, string])[],
  count: number,
  level: AgencyLevel,
): Office[] {
  const chosen = [...list].sort(() => rng.next() - 0.5).slice(0, Math.min(count, list.length));
  return chosen.map(([full, short], index) => ({
    id: `${region.code}-d${pad(index + 1, 2)}`,
    name: `${region.name}${full}`,
    aliases:
      short === full
        ? [`${region.name.replace(/[区县市]$/, '')}${full}`]
        : [`${region.name}${short}`],
    level,
    kind: 'department' as const,
    path,
    code: region.code12,
    scale: scaleOf(rng),
  }));
}

function townshipOffices(
  rng: Rng,
  district: RegionNode,
  path: RegionNode[],
  count: number,
): {
  nodes: RegionNode[];
  offices: Office[];
} {
  const names = new NameMaker(rng);
  const urban = district.name.endsWith('区');
  const nodes: RegionNode[] = [];
  const offices: Office[] = [];
  let streetNo = 0;
  let townNo = 0;
  let villageNo = 0;
  for (let index = 0; index < count; index += 1) {
    const base = names.next();
    const kind = rng.weighted<'street' | 'town' | 'village'>(
      urban
        ? [
            ['street', 0.7],
            ['town', 0.25],
            ['village', 0.05],
          ]
        : [
            ['street', 0.15],
            ['town', 0.6],
            ['village', 0.25],
          ],
    );
    let code: string;
    let regionName: string;
    let office: Pick<Office, 'name' | 'aliases' | 'level' | 'kind'>;
    if (kind === 'street') {
      streetNo += 1;
      code = `${district.code}${pad(streetNo, 3)}`;
      regionName = `${base}街道`;
      office = {
        name: `${base}街道办事处`,
        aliases: [`${base}街道`, `${district.name}${base}街道办事处`],
        level: 'street',
        kind: 'street',
      };
    } else if (kind === 'town') {
      townNo += 1;
      code = `${district.code}${pad(100 + townNo, 3)}`;
      regionName = `${base}镇`;
      office = {
        name: `${base}镇人民政府`,
        aliases: [`${base}镇`, `${district.name}${base}镇`],
        level: 'township',
        kind: 'township',
      };
    } else {
      villageNo += 1;
      code = `${district.code}${pad(200 + villageNo, 3)}`;
      regionName = `${base}乡`;
      office = {
        name: `${base}乡人民政府`,
        aliases: [`${base}乡`, `${district.name}${base}乡`],
        level: 'township',
        kind: 'township',
      };
    }
    const region = node('township', regionName, code, district.code);
    nodes.push(region);
    offices.push({
      id: code,
      ...office,
      path: [...path, region],
      code: region.code12,
      scale: scaleOf(rng),
    });
  }
  return { nodes, offices };
}

/** One step of the tree walk: the new divisions first met and the offices that sit in them. */
export interface RegionChunk {
  nodes: RegionNode[];
  offices: Office[];
}

/**
 * Walks an endless, deterministic region tree: province › cities › districts › streets/townships,
 * yielding per district its new divisions and offices (district government, county departments,
 * streets and townships), with each city's and province's own offices when first met. Nothing is
 * kept in memory beyond the current district.
 */
export function* walkRegionTree(
  seed: string | number,
  options: RegionTreeOptions = {},
): Generator<RegionChunk> {
  const settings = { ...DEFAULTS, ...options };
  const root = createRng(seed).fork('regions');
  const provinceNames = new NameMaker(root.fork('province-names'));
  for (let provinceIndex = 0; ; provinceIndex += 1) {
    const rngP = root.fork(`p${provinceIndex}`);
    const province = node(
      'province',
      `${provinceNames.next()}${PROVINCE_SUFFIX}`,
      `${provinceCodeOf(provinceIndex)}0000`,
      null,
    );
    const cityNames = new NameMaker(rngP.fork('city-names'));
    const cityCount = rngP.int(...settings.citiesPerProvince);
    let first = true;
    for (let cityIndex = 0; cityIndex < cityCount; cityIndex += 1) {
      const rngC = rngP.fork(`c${cityIndex}`);
      const city = node(
        'city',
        `${cityNames.next()}${CITY_SUFFIX}`,
        `${province.code.slice(0, 2)}${pad(cityIndex + 1, 2)}00`,
        province.code,
      );
      const chunkNodes: RegionNode[] = first ? [province, city] : [city];
      const chunkOffices: Office[] = [];
      if (first) chunkOffices.push(governmentOffice(rngP, province, [province], 'province_gov'));
      first = false;
      chunkOffices.push(governmentOffice(rngC, city, [province, city], 'city_gov'));
      chunkOffices.push(
        ...departmentOffices(
          rngC,
          city,
          [province, city],
          CITY_DEPARTMENTS,
          rngC.int(2, 5),
          'city_dept',
        ),
      );
      const districtNames = new NameMaker(rngC.fork('district-names'));
      const districtCount = rngC.int(...settings.districtsPerCity);
      for (let districtIndex = 0; districtIndex < districtCount; districtIndex += 1) {
        const rngD = rngC.fork(`d${districtIndex}`);
        const district = node(
          'district',
          `${districtNames.next()}${rngD.pick(DISTRICT_SUFFIXES)}`,
          `${city.code.slice(0, 4)}${pad(districtIndex + 1, 2)}`,
          city.code,
        );
        const path = [province, city, district];
        const towns = townshipOffices(
          rngD,
          district,
          path,
          rngD.int(...settings.townshipsPerDistrict),
        );
        yield {
          nodes: [...chunkNodes, district, ...towns.nodes],
          offices: [
            ...chunkOffices,
            governmentOffice(rngD, district, path, 'county_gov'),
            ...departmentOffices(
              rngD,
              district,
              path,
              COUNTY_DEPARTMENTS,
              rngD.int(...settings.departmentsPerDistrict),
              'county_dept',
            ),
            ...towns.offices,
          ],
        };
        chunkNodes.length = 0;
        chunkOffices.length = 0;
      }
    }
  }
}

/** regions.csv header and one row per division or office. */
export const REGIONS_CSV_HEADER = 'type,code,name,level,parent_code,office_id,aliases';

const csvField = (value: string) =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function regionCsvRow(region: RegionNode): string {
  return [
    'region',
    region.code12,
    region.name,
    region.level,
    region.parentCode?.padEnd(12, '0') ?? '',
    '',
    '',
  ]
    .map(csvField)
    .join(',');
}

export function officeCsvRow(office: Office): string {
  const parent = office.path[office.path.length - 1];
  return [
    'office',
    office.code,
    office.name,
    office.level,
    parent.code12,
    office.id,
    office.aliases.join('|'),
  ]
    .map(csvField)
    .join(',');
}
