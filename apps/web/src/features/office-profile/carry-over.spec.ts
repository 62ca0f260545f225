import { printedKeys } from '@ogi/report-schema';
import type { ReportDetail } from '../../data-access/report-types';
import { reportCell } from '../report-tables/testing';
import { carryOverFindings } from './carry-over';

const versions = { active: '2021', applications: '2021', appeals: '2021' } as const;

/** A 2021 report with every printed cell 0 except the given ones. */
function report(values: Record<string, number>): Pick<ReportDetail, 'cells' | 'formatVersion'> {
  const keys = [...printedKeys('active', '2021'), ...printedKeys('applications', '2021')];
  const cells = keys.map((key) =>
    reportCell(key, { value: values[key] ?? 0, raw: String(values[key] ?? 0) }),
  );
  return { cells, formatVersion: versions };
}

describe('carryOverFindings', () => {
  const lastYear = report({
    'applications.carried_forward.natural_person': 2,
    'applications.carried_forward.total': 2,
  });

  it('finds nothing when 上年结转 equals last year’s 结转下年度继续办理', () => {
    const thisYear = report({
      'applications.carried_over.natural_person': 2,
      'applications.carried_over.total': 2,
    });
    expect(carryOverFindings(thisYear, lastYear)).toEqual([]);
  });

  it('names this year’s and last year’s cells of a broken chain', () => {
    const thisYear = report({});
    const findings = carryOverFindings(thisYear, lastYear) ?? [];
    expect(findings.map((finding) => finding.keys)).toEqual([
      ['applications.carried_over.natural_person'],
      ['applications.carried_over.total'],
    ]);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      previousYearKeys: ['applications.carried_forward.natural_person'],
    });
    expect(findings[0].title).toContain('T3-5');
  });

  it('says nothing without last year or without 表三', () => {
    expect(carryOverFindings(report({}), null)).toBeNull();
    expect(
      carryOverFindings(report({}), {
        ...lastYear,
        formatVersion: { ...versions, applications: null },
      }),
    ).toBeNull();
  });
});
