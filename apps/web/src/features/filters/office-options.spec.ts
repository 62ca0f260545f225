import type { Office, Region } from '../../data-access/types';
import { officeOptions } from './office-options';
import { loadPinyin, matchesName, type PinyinMatch } from './pinyin';

const office = (
  id: number,
  name: string,
  regionId: number,
  kind: Office['kind'] = 'street',
): Office => ({
  id,
  name,
  regionId,
  kind,
  aliases: [],
  isDemo: false,
});
const regionsById = new Map<number, Region>([
  [
    1,
    {
      id: 1,
      parentId: null,
      path: '/1/',
      name: '甲区',
      level: 'district',
      code: null,
      officeCount: 0,
      reportCount: 0,
      isDemo: false,
    },
  ],
  [
    2,
    {
      id: 2,
      parentId: null,
      path: '/2/',
      name: '乙区',
      level: 'district',
      code: null,
      officeCount: 0,
      reportCount: 0,
      isDemo: false,
    },
  ],
]);
const known = [
  office(1, '东兴街道办事处', 1),
  office(2, '西城街道办事处', 1),
  office(3, '和平镇人民政府', 2, 'township'),
];

describe('office options', () => {
  let pinyin: PinyinMatch | null = null;
  beforeAll(async () => {
    pinyin = await loadPinyin();
  });
  const base = () => ({
    known,
    text: '',
    selectedIds: [] as number[],
    serverHits: [] as number[],
    officeKinds: [] as Office['kind'][],
    regionIds: [] as number[],
    regionsById,
    matches: (name: string, text: string, aliases: readonly string[]) =>
      matchesName(name, text, aliases, pinyin),
  });
  const labels = (input: ReturnType<typeof base>) => officeOptions(input).map((o) => o.label);

  it('lists every loaded office by name when nothing is typed', () => {
    expect(labels(base())).toEqual(['东兴街道办事处', '和平镇人民政府', '西城街道办事处']);
  });

  it('finds offices by initials and by server hits', () => {
    expect(labels({ ...base(), text: 'dxjd' })).toEqual(['东兴街道办事处']);
    expect(labels({ ...base(), text: 'zzz', serverHits: [3] })).toEqual(['和平镇人民政府']);
  });

  it('keeps to the region and kind filters but always shows selected offices', () => {
    expect(labels({ ...base(), regionIds: [2] })).toEqual(['和平镇人民政府']);
    expect(labels({ ...base(), officeKinds: ['street'], selectedIds: [3] })).toEqual([
      '东兴街道办事处',
      '和平镇人民政府',
      '西城街道办事处',
    ]);
  });
});
