import {
  FORMAT_VERSIONS,
  TABLE_IDS,
  printedApplicationRows,
  printedKeys,
  type FormatVersion,
  type TableId,
} from '@ogi/report-schema';
import type { ReportCell } from '../../data-access/report-types';
import { cellDisplay } from './cell-display';
import { reportCell } from './testing';
import {
  layoutKeys,
  rowWidth,
  tableLayout,
  type LayoutCell,
  type TableLayout,
} from './table-layout';

/** Columns each row covers once the rowspans of the rows above are counted. */
function coveredWidths(rows: readonly LayoutCell[][]): number[] {
  const carried: number[] = [];
  return rows.map((row, index) => {
    const width = rowWidth(row) + (carried[index] ?? 0);
    for (const cell of row) {
      const span = 'rowSpan' in cell && cell.rowSpan ? cell.rowSpan : 1;
      const cols = 'colSpan' in cell && cell.colSpan ? cell.colSpan : 1;
      for (let below = index + 1; below < index + span; below++) {
        carried[below] = (carried[below] ?? 0) + cols;
      }
    }
    return width;
  });
}

const texts = (rows: readonly LayoutCell[][]) =>
  rows.flatMap((row) => row.flatMap((cell) => (cell.kind === 'value' ? [] : [cell.text])));

describe('tableLayout', () => {
  describe.each(FORMAT_VERSIONS.flatMap((v) => TABLE_IDS.map((t) => [t, v] as const)))(
    '%s in the %s format',
    (table: TableId, version: FormatVersion) => {
      const layout: TableLayout = tableLayout(table, version);

      it('holds every printed cell of the format exactly once', () => {
        const keys = layoutKeys(layout);
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual([...printedKeys(table, version)].sort());
      });

      it('fills the whole grid in every header and body row', () => {
        expect(coveredWidths(layout.head).every((w) => w === layout.columns)).toBe(true);
        expect(coveredWidths(layout.body).every((w) => w === layout.columns)).toBe(true);
      });
    },
  );

  it('prints 表三 with 25 rows in 2021 and 23 in 2019, every label as numbered in the schema', () => {
    for (const [version, count] of [
      ['2021', 25],
      ['2019', 23],
    ] as const) {
      const layout = tableLayout('applications', version);
      expect(layout.body).toHaveLength(count);
      const labels = texts(layout.body);
      for (const row of printedApplicationRows(version)) expect(labels).toContain(row.label);
      expect(labels.filter((text) => text === '三、本年度办理结果')).toHaveLength(1);
    }
    expect(texts(tableLayout('applications', '2021').body)).toContain('（六）其他处理');
    expect(texts(tableLayout('applications', '2021').body)).toContain('3.其他');
    expect(texts(tableLayout('applications', '2019').body)).not.toContain('3.其他');
  });

  it('heads 表三 with the 7 applicant columns under 申请人情况 and 法人或其他组织', () => {
    const [top, middle, bottom] = tableLayout('applications', '2021').head;
    expect(top[1]).toEqual({ kind: 'head', text: '申请人情况', colSpan: 7 });
    expect(middle.map((cell) => cell.kind !== 'value' && cell.text)).toEqual([
      '自然人',
      '法人或其他组织',
      '总计',
    ]);
    expect(bottom.map((cell) => cell.kind !== 'value' && cell.text)).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
  });

  it('heads 表四 with 行政诉讼 over both litigation groups', () => {
    const [top, middle] = tableLayout('appeals', '2021').head;
    expect(top.map((cell) => cell.kind !== 'value' && cell.text)).toEqual(['行政复议', '行政诉讼']);
    expect(top[1]).toMatchObject({ colSpan: 10 });
    expect(middle.filter((cell) => cell.kind === 'head' && cell.colSpan === 5)).toHaveLength(2);
  });

  it('prints the 表二 captions and the 2019-only （九） block', () => {
    const captions = (version: FormatVersion) =>
      tableLayout('active', version)
        .body.flat()
        .flatMap((cell) => (cell.kind === 'caption' ? [cell.text] : []));
    expect(captions('2021')).toEqual([
      '第二十条第（一）项',
      '第二十条第（五）项',
      '第二十条第（六）项',
      '第二十条第（八）项',
    ]);
    expect(captions('2019')).toContain('第二十条第（九）项');
  });
});

describe('cellDisplay', () => {
  const cell = (patch: Partial<ReportCell>) =>
    reportCell('applications.new_received.total', { status: 'blank', ...patch });

  it('prints a blank as blank and a zero as 0', () => {
    expect(cellDisplay(cell({ status: 'blank', raw: '' })).text).toBe('');
    expect(cellDisplay(cell({ status: 'number', value: 0, raw: '0' })).text).toBe('0');
  });

  it('prints a dash as the dash that was printed', () => {
    expect(cellDisplay(cell({ status: 'dash', raw: '/' })).text).toBe('/');
    expect(cellDisplay(cell({ status: 'dash', raw: '-' })).text).toBe('-');
    expect(cellDisplay(cell({ status: 'dash', raw: null })).text).toBe('—');
  });

  it('prints a corrected number as corrected, not as read', () => {
    expect(
      cellDisplay(cell({ status: 'number', value: 12, raw: '21', corrected: true })).text,
    ).toBe('12');
  });

  it('shows unreadable text as printed and a missing cell as empty', () => {
    expect(cellDisplay(cell({ status: 'unparseable', raw: '约十' })).text).toBe('约十');
    expect(cellDisplay(undefined)).toMatchObject({ text: '', status: 'not_printed' });
  });
});
