import { statusCell } from '../cell-status';
import type { TableVersions } from '../format';
import { consistentReport } from '../testing/build-values';
import { checkCrossYear } from './cross-year';

const V2021: TableVersions = { active: '2021', applications: '2021' };
const V2019: TableVersions = { active: '2019', applications: '2019' };

const lastYear = consistentReport(V2021, {
  applications: { new_received: { natural_person: 3, commercial_enterprise: 1 } },
  active: { 'regulations.in_force': 5 },
});

describe('checkCrossYear', () => {
  it('passes when 上年结转 equals last year’s 结转下年度继续办理 in every column', () => {
    const values = consistentReport(V2021, {
      applications: { carried_over: { natural_person: 3, commercial_enterprise: 1 } },
      active: { 'regulations.in_force': 5 },
    });
    const results = checkCrossYear(
      { values, versions: V2021 },
      { values: lastYear, versions: V2021 },
    );
    expect(results.filter((result) => result.ruleId === 'T3-5')).toHaveLength(7);
    expect(results.every((result) => result.status === 'pass')).toBe(true);
  });

  it('reports each column whose carry-over differs, with both years’ keys', () => {
    const values = consistentReport(V2021, {
      applications: { carried_over: { natural_person: 2, commercial_enterprise: 1 } },
      active: { 'regulations.in_force': 5 },
    });
    const failing = checkCrossYear(
      { values, versions: V2021 },
      { values: lastYear, versions: V2021 },
    ).filter((result) => result.status === 'fail');
    expect(
      failing.map((result) => [result.ruleId, result.scope, result.expected, result.actual]),
    ).toEqual([
      ['T3-5', 'column:natural_person', 3, 2],
      ['T3-5', 'column:total', 4, 3],
    ]);
    expect(failing[0].keys).toEqual(['applications.carried_over.natural_person']);
    expect(failing[0].previousYearKeys).toEqual(['applications.carried_forward.natural_person']);
    expect(failing[0].message).not.toBe('');
  });

  it('checks 现行有效件数 across 2021-format years only', () => {
    const values = consistentReport(V2021, {
      applications: { carried_over: { natural_person: 3, commercial_enterprise: 1 } },
      active: { 'regulations.in_force': 9, 'regulations.issued': 1 },
    });
    const t21 = checkCrossYear(
      { values, versions: V2021 },
      { values: lastYear, versions: V2021 },
    ).filter((result) => result.ruleId === 'T2-1');
    expect(t21.find((result) => result.scope === 'row:regulations')).toMatchObject({
      status: 'fail',
      expected: 6,
      actual: 9,
    });
    const from2019 = checkCrossYear(
      { values, versions: V2021 },
      { values: consistentReport(V2019), versions: V2019 },
    );
    expect(from2019.some((result) => result.ruleId === 'T2-1')).toBe(false);
  });

  it('reads a blank carry-over as 0, flagged, rather than skipping it', () => {
    const values = consistentReport(V2021);
    values['applications.carried_over.natural_person'] = statusCell('blank');
    const [natural] = checkCrossYear(
      { values, versions: V2021 },
      { values: lastYear, versions: V2021 },
    ).filter((result) => result.scope === 'column:natural_person');
    expect(natural.assumedZeroKeys).toEqual(['applications.carried_over.natural_person']);
    expect(natural.status).toBe('fail');
  });
});
