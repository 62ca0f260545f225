import { APPEAL_GROUPS, APPEAL_RESULTS, appealKey } from '@ogi/report-schema';
import type { ReportDetail } from '../../data-access/report-types';
import { reportCell } from '../report-tables/testing';
import { rulesBrokenBy } from './correction-rules';

/** 表四 alone, every figure 0 but 行政复议: 2 upheld, 1 pending, total 3, which adds up. */
function appealsReport(
  patch: Record<string, number> = {},
): Pick<ReportDetail, 'cells' | 'formatVersion' | 'statedOffice'> {
  const figures: Record<string, number> = {
    [appealKey('review', 'upheld')]: 2,
    [appealKey('review', 'pending')]: 1,
    [appealKey('review', 'total')]: 3,
    ...patch,
  };
  const cells = APPEAL_GROUPS.flatMap((group) =>
    APPEAL_RESULTS.map((result) => appealKey(group.id, result.id)),
  ).map((key) => reportCell(key, { value: figures[key] ?? 0 }));
  return {
    cells,
    formatVersion: { active: null, applications: null, appeals: '2021' },
    statedOffice: '东兴街道办事处',
  };
}

describe('rulesBrokenBy', () => {
  it('names the rule and its equation when a part no longer adds up to the total', () => {
    const broken = rulesBrokenBy(appealsReport(), {
      key: appealKey('review', 'upheld'),
      value: 5,
      status: 'number',
    });
    expect(broken.map((rule) => rule.ruleId)).toEqual(['T4-1']);
    expect(broken[0].equation).toBe('行政复议总计 = 维持 + 纠正 + 其他 + 尚未审结');
    expect(broken[0].message).not.toBe('');
  });

  it('names a range rule when the value is negative', () => {
    const broken = rulesBrokenBy(appealsReport(), {
      key: appealKey('review', 'corrected'),
      value: -1,
      status: 'number',
    });
    expect(broken.map((rule) => rule.ruleId)).toContain('T4-6');
  });

  it('is empty for a correction that keeps every rule', () => {
    expect(
      rulesBrokenBy(appealsReport(), {
        key: appealKey('review', 'upheld'),
        value: 2,
        status: 'number',
      }),
    ).toEqual([]);
  });

  it('leaves out a rule that fails already before the correction', () => {
    const failing = appealsReport({ [appealKey('review', 'total')]: 9 });
    expect(
      rulesBrokenBy(failing, { key: appealKey('review', 'upheld'), value: 4, status: 'number' }),
    ).toEqual([]);
  });

  it('reads a blank as the schema does: a blank part beside the total breaks nothing by itself', () => {
    const broken = rulesBrokenBy(appealsReport(), {
      key: appealKey('review', 'total'),
      value: null,
      status: 'blank',
    });
    expect(broken.every((rule) => rule.ruleId !== 'T4-6')).toBe(true);
  });
});
