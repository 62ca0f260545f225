import { FAILING_LABEL, UNPLACED_REGION } from '@ogi/report-schema';
import { csvField } from './spreadsheet-text';
import type { CoverageResponse, CoverageState } from './stats-types';

/**
 * A year without a report of an office without a region is not expected (the totals do not count
 * it as missing until the office is placed), so it reads apart from 未报送.
 */
export type CoverageCell = CoverageState | 'not_expected';

export const COVERAGE_LABEL: Record<CoverageCell, string> = {
  ok: '已报送',
  failing: FAILING_LABEL,
  missing: '未报送',
  not_expected: `${UNPLACED_REGION}，不计缺报`,
};

/** The offices × years table the page shows and every export writes: one model for both. */
export interface CoverageTable {
  years: number[];
  rows: { officeId: number; office: string; region: string; cells: CoverageCell[] }[];
  totals: { offices: number; expected: number; present: number; missing: number; failing: number };
}

export function coverageTable(
  pages: readonly CoverageResponse[],
  regionName: (regionId: number | null) => string = () => '',
): CoverageTable {
  const first = pages[0];
  return {
    years: first ? [...first.years] : [],
    rows: pages.flatMap((page) =>
      page.rows.map((row) => ({
        officeId: row.office.id,
        office: row.office.name,
        region: row.office.regionId === null ? UNPLACED_REGION : regionName(row.office.regionId),
        cells: row.years.map((state) =>
          row.office.regionId === null && state === 'missing' ? 'not_expected' : state,
        ),
      })),
    ),
    totals: first
      ? {
          offices: first.offices,
          expected: first.expected,
          present: first.present,
          missing: first.missing,
          failing: first.failing,
        }
      : { offices: 0, expected: 0, present: 0, missing: 0, failing: 0 },
  };
}

/** The table as CSV for Excel: UTF-8 with BOM, CRLF line ends, states in Chinese. */
export function coverageCsv(table: CoverageTable): string {
  const lines = [
    ['单位', '地区', ...table.years.map((year) => `${year}年`)],
    ...table.rows.map((row) => [
      row.office,
      row.region,
      ...row.cells.map((state) => COVERAGE_LABEL[state]),
    ]),
  ];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
