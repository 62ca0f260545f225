import { coverageCsv, coverageTable } from './coverage-model';
import type { CoverageResponse } from './stats-types';

const page = (rows: CoverageResponse['rows'], pageNo = 1): CoverageResponse => ({
  filter: {
    yearFrom: 2023,
    yearTo: 2024,
    regionIds: [],
    officeIds: [],
    officeKinds: [],
    format: null,
    selection: null,
  },
  offices: 3,
  years: [2023, 2024],
  expected: 6,
  present: 3,
  missing: 3,
  failing: 1,
  only: null,
  rowsTotal: 3,
  unplaced: 0,
  page: pageNo,
  pageSize: 2,
  rows,
});

const office = (id: number, name: string) => ({ id, name, kind: 'street' as const, regionId: 9 });

describe('coverage table and CSV', () => {
  const table = coverageTable(
    [
      page([
        { office: office(1, '东兴街道'), years: ['ok', 'failing'], reportIds: [11, 12] },
        { office: office(2, '=cmd|"/c calc"!A1'), years: ['missing', 'ok'], reportIds: [null, 21] },
      ]),
      page(
        [
          {
            office: office(3, '城关镇, 北'),
            years: ['missing', 'missing'],
            reportIds: [null, null],
          },
        ],
        2,
      ),
    ],
    (id) => (id === 9 ? '某区' : ''),
  );

  it('names an office without a region 未分配地区 and shows its empty years as not expected, not missing', () => {
    const unplaced = coverageTable([
      page([
        {
          office: { id: 4, name: '无地区镇', kind: 'township', regionId: null },
          years: ['missing', 'failing'],
          reportIds: [null, 41],
        },
      ]),
    ]);
    expect(unplaced.rows[0]).toMatchObject({
      region: '未分配地区',
      cells: ['not_expected', 'failing'],
    });
    expect(coverageCsv(unplaced).split('\r\n')[1]).toBe(
      '无地区镇,未分配地区,未分配地区，不计缺报,有错误',
    );
  });

  it('joins the pages into one table with the totals of the whole scope', () => {
    expect(table.years).toEqual([2023, 2024]);
    expect(table.rows.map((row) => row.office)).toEqual([
      '东兴街道',
      '=cmd|"/c calc"!A1',
      '城关镇, 北',
    ]);
    expect(table.totals).toEqual({ offices: 3, expected: 6, present: 3, missing: 3, failing: 1 });
  });

  it('writes UTF-8 CSV with a BOM, Chinese states, and names that cannot run as formulas', () => {
    const csv = coverageCsv(table);
    expect(csv.startsWith('\uFEFF单位,地区,2023年,2024年\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      '东兴街道,某区,已报送,有错误',
      `"'=cmd|""/c calc""!A1",某区,未报送,已报送`,
      '"城关镇, 北",某区,未报送,未报送',
    ]);
  });

  it('makes an empty table from no pages', () => {
    expect(coverageCsv(coverageTable([]))).toBe('\uFEFF单位,地区\r\n');
  });
});
