import { linesDocument } from '../document/report-document';
import { parseReport } from '../parse-report';
import {
  activeTabGrid2021,
  appealsTabGrid,
  applicationsTabGrid,
  reportText,
  type ApplicantValues,
} from '../testing/report-text';

const ZEROS: ApplicantValues = [0, 0, 0, 0, 0, 0, 0];
const APPEALS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const NEW_TOTAL = 'applications.new_received.total';

function parseWith(options: { newTotal?: string; licensing?: string; fees?: string }) {
  const rows = (rowId: string): ApplicantValues =>
    rowId === 'new_received' ? [0, 0, 0, 0, 0, 0, options.newTotal ?? '0'] : ZEROS;
  return parseReport(
    linesDocument(
      reportText({
        title: '东兴街道办事处 2025 年政府信息公开工作年度报告',
        active: activeTabGrid2021({ licensing: options.licensing, fees: options.fees }),
        applications: applicationsTabGrid('2021', rows),
        appeals: appealsTabGrid(APPEALS),
      }),
    ),
  );
}

const cellOf = (report: ReturnType<typeof parseReport>, key: string) =>
  report.cells.find((cell) => cell.key === key);
const outOfRange = (report: ReturnType<typeof parseReport>) =>
  report.findings.filter((item) => item.code === 'out_of_range');

describe('values beyond the schema bounds', () => {
  it('keeps a 21-digit count as printed text, stores no value and names the cell', () => {
    const report = parseWith({ newTotal: '100000000000000000000' });
    expect(report.values[NEW_TOTAL]).toBeNull();
    expect(cellOf(report, NEW_TOTAL)).toMatchObject({
      value: null,
      status: 'unparseable',
      raw: '100000000000000000000',
    });
    expect(outOfRange(report)).toEqual([
      expect.objectContaining({
        severity: 'error',
        table: 'applications',
        keys: [NEW_TOTAL],
        message: expect.stringContaining('超出上限 1,000,000,000 件'),
      }),
    ]);
  });

  it('refuses a number past the exact integers of a double instead of rounding it', () => {
    const report = parseWith({ licensing: '9007199254740993' });
    expect(report.values['active.licensing.decisions']).toBeNull();
    expect(outOfRange(report).map((item) => item.keys)).toEqual([['active.licensing.decisions']]);
  });

  it('refuses a fraction of a count and money finer than the 分', () => {
    const report = parseWith({ licensing: '2.5', fees: '0.1234567' });
    expect(report.values['active.licensing.decisions']).toBeNull();
    expect(report.values['active.admin_fees.amount_wan_yuan']).toBeNull();
    expect(
      outOfRange(report)
        .map((item) => item.keys[0])
        .sort(),
    ).toEqual(['active.admin_fees.amount_wan_yuan', 'active.licensing.decisions']);
  });

  it('stores the largest real figures and money to the 分 without a finding', () => {
    const report = parseWith({ newTotal: '12,000,000', licensing: '12000000', fees: '0.123456' });
    expect(report.values['active.licensing.decisions']).toBe(12_000_000);
    expect(report.values['active.admin_fees.amount_wan_yuan']).toBe(0.123456);
    expect(outOfRange(report)).toEqual([]);
  });
});
