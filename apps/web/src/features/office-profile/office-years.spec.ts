import type { ReportSummary } from '../../data-access/report-types';
import { chosenYear, officeYears } from './office-years';

let nextId = 1;
const report = (year: number | null, version: number, patch: Partial<ReportSummary> = {}) =>
  ({
    id: nextId++,
    office: { id: 1, name: '某街道办事处', regionId: null },
    year,
    version,
    isCurrent: true,
    status: 'ok',
    formatVersion: { active: '2021', applications: '2021', appeals: '2021' },
    parserVersion: '1',
    fileName: 'a.txt',
    createdAt: '2025-01-01T00:00:00.000Z',
    error: null,
    ...patch,
  }) as ReportSummary;

describe('officeYears', () => {
  it('lists every year from first to last, missing years with no report', () => {
    const strip = officeYears([report(2021, 1), report(2019, 1), report(null, 1)]);
    expect(strip.map((entry) => [entry.year, entry.current !== null])).toEqual([
      [2019, true],
      [2020, false],
      [2021, true],
    ]);
  });

  it('keeps every version of a year, newest first, and picks the current one', () => {
    const old = report(2022, 1, { isCurrent: false });
    const current = report(2022, 2);
    const [entry] = officeYears([old, current]);
    expect(entry.versions).toEqual([current, old]);
    expect(entry.current).toBe(current);
  });

  it('has no current report in a year whose versions all failed', () => {
    const [entry] = officeYears([report(2023, 1, { status: 'failed', isCurrent: false })]);
    expect(entry.current).toBeNull();
    expect(entry.versions).toHaveLength(1);
  });

  it('is empty for an office without dated reports', () => {
    expect(officeYears([report(null, 1)])).toEqual([]);
  });
});

describe('chosenYear', () => {
  const strip = officeYears([
    report(2019, 1),
    report(2021, 1),
    report(2022, 1, { status: 'failed' }),
  ]);

  it('keeps a year that exists and falls back to the latest year with a report', () => {
    expect(chosenYear(strip, 2020)).toBe(2020);
    expect(chosenYear(strip, 2030)).toBe(2021);
    expect(chosenYear(strip, null)).toBe(2021);
    expect(chosenYear([], null)).toBeNull();
  });
});
