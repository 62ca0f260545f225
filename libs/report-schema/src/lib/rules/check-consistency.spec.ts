import { numberCell, statusCell, type CellValue } from '../cell-status';
import type { TableVersions } from '../format';
import { consistentReport, type ReportFigures } from '../testing/build-values';
import { checkConsistency, type ConsistencyInput } from './check-consistency';
import type { RuleResult } from './evaluate-check';
import type { RuleId } from './rule-definitions';

const V2021: TableVersions = { active: '2021', applications: '2021' };
const V2019: TableVersions = { active: '2019', applications: '2019' };

const FIGURES: ReportFigures = {
  applications: {
    new_received: { natural_person: 10, commercial_enterprise: 2 },
    carried_over: { natural_person: 1 },
    granted: { natural_person: 4, commercial_enterprise: 1 },
    partially_granted: { natural_person: 2 },
    'withheld.process_info': { natural_person: 1 },
    'unable.not_held': { natural_person: 2, commercial_enterprise: 1 },
    'other_handling.no_correction': { natural_person: 1 },
  },
  appeals: {
    review: { upheld: 2, corrected: 1, pending: 1 },
    litigation_direct: { upheld: 1, other_result: 1 },
  },
  active: { 'licensing.decisions': 120, 'admin_fees.amount_wan_yuan': 0.35 },
};

function check(
  values: Record<string, CellValue>,
  extra: Partial<ConsistencyInput> = {},
  versions = V2021,
) {
  return checkConsistency({ values, versions, ...extra });
}

const ofRule = (results: RuleResult[], ruleId: RuleId) =>
  results.filter((result) => result.ruleId === ruleId);
const statuses = (results: RuleResult[], ruleId: RuleId) => [
  ...new Set(ofRule(results, ruleId).map((result) => result.status)),
];

describe('checkConsistency', () => {
  it('finds nothing in a report that adds up', () => {
    const report = check(consistentReport(V2021, FIGURES));
    expect(report.findings).toEqual([]);
    expect(ofRule(report.results, 'T3-1')).toHaveLength(7);
  });

  it('checks only the rules of the tables it is given', () => {
    const values = consistentReport(V2021, FIGURES);
    values['appeals.review.total'] = numberCell(99);
    const report = check(values, { tables: ['active', 'applications'] });
    expect(report.results.some((result) => result.ruleId.startsWith('T4'))).toBe(false);
    expect(report.findings).toEqual([]);
  });

  describe('T3-1 received = handled + carried forward, per column', () => {
    it('passes when 一 + 二 = 三 + 四', () => {
      expect(statuses(check(consistentReport(V2021, FIGURES)).results, 'T3-1')).toEqual(['pass']);
    });

    it('fails with expected and actual when a column does not balance', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.carried_forward.natural_person'] = numberCell(9);
      const failing = ofRule(check(values).findings, 'T3-1');
      expect(failing).toHaveLength(1);
      expect(failing[0]).toMatchObject({
        scope: 'column:natural_person',
        expected: 11,
        actual: 10 + 9,
      });
      expect(failing[0].keys).toEqual(
        expect.arrayContaining([
          'applications.new_received.natural_person',
          'applications.carried_forward.natural_person',
        ]),
      );
      expect(failing[0].severity).toBe('error');
    });
  });

  describe('T3-2 （七）总计 = sum of outcome rows', () => {
    it('sums 21 rows in 2021 and 19 rows (with （六）其他处理 as one row) in 2019', () => {
      const latest = ofRule(check(consistentReport(V2021, FIGURES)).results, 'T3-2')[0];
      expect(latest.keys).toHaveLength(22);
      const trial = consistentReport(V2019, {
        applications: {
          new_received: { natural_person: 3 },
          'other_handling.total': { natural_person: 2 },
        },
      });
      const results = check(trial, {}, V2019).results;
      expect(ofRule(results, 'T3-2')[0].keys).toHaveLength(20);
      expect(statuses(results, 'T3-2')).toEqual(['pass']);
    });

    it('fails when an outcome row is not in the total', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.granted.natural_person'] = numberCell(6);
      values['applications.granted.total'] = numberCell(7);
      const failing = ofRule(check(values).findings, 'T3-2');
      expect(failing.map((result) => result.scope).sort()).toEqual([
        'column:natural_person',
        'column:total',
      ]);
      expect(failing.find((result) => result.scope === 'column:natural_person')).toMatchObject({
        expected: 12,
        actual: 10,
      });
    });
  });

  describe('T3-3 总计 column = sum of applicant columns', () => {
    it('passes on every printed row', () => {
      const results = check(consistentReport(V2021, FIGURES)).results;
      expect(ofRule(results, 'T3-3')).toHaveLength(25);
      expect(statuses(results, 'T3-3')).toEqual(['pass']);
    });

    it('fails when a row total disagrees', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.new_received.total'] = numberCell(13);
      const failing = ofRule(check(values).findings, 'T3-3');
      expect(failing).toEqual([
        expect.objectContaining({ scope: 'row:new_received', expected: 12, actual: 13 }),
      ]);
    });
  });

  describe('T3-4 subtotals = sum of their sub-rows', () => {
    it('passes when a supplied （六）其他处理 subtotal equals its three 2021 sub-rows', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.other_handling.total.natural_person'] = numberCell(1);
      expect(ofRule(check(values).results, 'T3-4')).toEqual([
        expect.objectContaining({ status: 'pass' }),
      ]);
    });

    it('fails when a supplied subtotal contradicts its sub-rows, and says nothing when none is supplied', () => {
      const values = consistentReport(V2021, FIGURES);
      expect(ofRule(check(values).results, 'T3-4')).toEqual([]);
      values['applications.withheld.total.natural_person'] = numberCell(5);
      expect(ofRule(check(values).findings, 'T3-4')).toEqual([
        expect.objectContaining({ expected: 1, actual: 5 }),
      ]);
    });
  });

  describe('T3-5 carried over = last year carried forward', () => {
    const lastYear = consistentReport(V2021, {
      applications: { new_received: { natural_person: 3 }, granted: { natural_person: 2 } },
    });

    it('passes when the chain holds and skips without last year', () => {
      const values = consistentReport(V2021, {
        applications: { carried_over: { natural_person: 1 } },
      });
      const results = check(values, { previous: { values: lastYear, versions: V2021 } }).results;
      expect(statuses(results, 'T3-5')).toEqual(['pass']);
      expect(ofRule(results, 'T3-5')[0].previousYearKeys).toEqual([
        'applications.carried_forward.natural_person',
      ]);
      expect(statuses(check(values).results, 'T3-5')).toEqual(['skipped']);
    });

    it('fails as a warning when the chain breaks', () => {
      const values = consistentReport(V2021, {
        applications: { carried_over: { natural_person: 4 } },
      });
      const failing = ofRule(
        check(values, { previous: { values: lastYear, versions: V2021 } }).findings,
        'T3-5',
      );
      expect(
        failing.map((result) => [result.scope, result.expected, result.actual, result.severity]),
      ).toEqual([
        ['column:natural_person', 1, 4, 'warning'],
        ['column:total', 1, 4, 'warning'],
      ]);
    });
  });

  describe('T3-6 表三 values are non-negative integers', () => {
    it('passes on counts', () => {
      expect(statuses(check(consistentReport(V2021, FIGURES)).results, 'T3-6')).toEqual(['pass']);
    });

    it('fails on a negative or fractional count', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.granted.research_institution'] = numberCell(-1);
      values['applications.granted.legal_service_org'] = numberCell(0.5);
      const failing = ofRule(check(values).findings, 'T3-6').map((result) => result.keys[0]);
      expect(failing).toEqual([
        'applications.granted.research_institution',
        'applications.granted.legal_service_org',
      ]);
    });
  });

  describe('T3-7 figures in the text agree with the tables', () => {
    it('accepts either 本年新收 or 新收 + 上年结转, and skips without text figures', () => {
      const values = consistentReport(V2021, FIGURES);
      expect(
        statuses(check(values, { textFigures: { applicationsReceived: 12 } }).results, 'T3-7'),
      ).toEqual(['pass']);
      expect(
        statuses(
          check(values, {
            textFigures: { applicationsReceived: 13, reviewCases: 4, litigationCases: 2 },
          }).results,
          'T3-7',
        ),
      ).toEqual(['pass']);
      expect(statuses(check(values).results, 'T3-7')).toEqual(['skipped']);
    });

    it('fails when the text quotes another number', () => {
      const values = consistentReport(V2021, FIGURES);
      const failing = ofRule(
        check(values, { textFigures: { applicationsReceived: 20, reviewCases: 3 } }).findings,
        'T3-7',
      );
      expect(failing.map((result) => [result.scope, result.expected, result.actual])).toEqual([
        ['text:applications_received', 12, 20],
        ['text:review_cases', 4, 3],
      ]);
    });
  });

  describe('T4-1..T4-3 each group total = upheld + corrected + other + pending', () => {
    it.each([
      ['T4-1', 'review'],
      ['T4-2', 'litigation_direct'],
      ['T4-3', 'litigation_after_review'],
    ] as const)('%s passes, then fails when %s total is wrong', (ruleId, group) => {
      const values = consistentReport(V2021, FIGURES);
      expect(statuses(check(values).results, ruleId)).toEqual(['pass']);
      values[`appeals.${group}.total`] = numberCell(9);
      expect(ofRule(check(values).findings, ruleId)).toEqual([
        expect.objectContaining({ scope: `group:${group}`, actual: 9 }),
      ]);
    });
  });

  describe('T4-4 and T4-5 derived 表四 figures', () => {
    it('T4-4 checks a supplied 行政诉讼 total against direct + after review', () => {
      const values = consistentReport(V2021, FIGURES);
      values['appeals.litigation.total'] = numberCell(2);
      expect(statuses(check(values).results, 'T4-4')).toEqual(['pass']);
      values['appeals.litigation.total'] = numberCell(3);
      expect(ofRule(check(values).findings, 'T4-4')).toEqual([
        expect.objectContaining({ expected: 2, actual: 3 }),
      ]);
    });

    it('T4-5 checks a supplied closed count against upheld + corrected + other', () => {
      const values = consistentReport(V2021, FIGURES);
      values['appeals.review.closed'] = numberCell(3);
      expect(statuses(check(values).results, 'T4-5')).toEqual(['pass']);
      values['appeals.review.closed'] = numberCell(4);
      expect(ofRule(check(values).findings, 'T4-5')).toEqual([
        expect.objectContaining({ expected: 3, actual: 4 }),
      ]);
    });
  });

  describe('T4-6 表四 values are non-negative integers', () => {
    it('passes on counts and fails on a negative one', () => {
      const values = consistentReport(V2021, FIGURES);
      expect(statuses(check(values).results, 'T4-6')).toEqual(['pass']);
      values['appeals.review.pending'] = numberCell(-1);
      expect(ofRule(check(values).findings, 'T4-6').map((result) => result.keys)).toEqual([
        ['appeals.review.pending'],
      ]);
    });
  });

  describe('T2-1 现行有效 ≈ last year + issued − repealed', () => {
    const lastYear = consistentReport(V2021, { active: { 'normative_documents.in_force': 10 } });

    it('passes when documents in force follow from last year', () => {
      const values = consistentReport(V2021, {
        active: {
          'normative_documents.in_force': 11,
          'normative_documents.issued': 3,
          'normative_documents.repealed': 2,
        },
      });
      expect(
        statuses(
          check(values, { previous: { values: lastYear, versions: V2021 } }).results,
          'T2-1',
        ),
      ).toEqual(['pass']);
    });

    it('warns when they do not, and is skipped when last year was a 2019-format table', () => {
      const values = consistentReport(V2021, {
        active: { 'normative_documents.in_force': 15, 'normative_documents.issued': 3 },
      });
      const failing = ofRule(
        check(values, { previous: { values: lastYear, versions: V2021 } }).findings,
        'T2-1',
      );
      expect(failing).toEqual([
        expect.objectContaining({
          scope: 'row:normative_documents',
          expected: 13,
          actual: 15,
          severity: 'warning',
        }),
      ]);
      expect(
        ofRule(check(values, { previous: { values: lastYear, versions: V2019 } }).results, 'T2-1'),
      ).toEqual([]);
    });
  });

  describe('T2-2 streets and townships make no regulations', () => {
    it('passes for a street with 0 or "/" regulations, and does not apply to departments', () => {
      const values = consistentReport(V2021, FIGURES);
      values['active.regulations.in_force'] = statusCell('dash');
      expect(statuses(check(values, { officeKind: 'street' }).results, 'T2-2')).toEqual(['pass']);
      expect(statuses(check(values, { officeKind: 'department' }).results, 'T2-2')).toEqual([
        'skipped',
      ]);
    });

    it('warns when a township reports regulations', () => {
      const values = consistentReport(V2021, { active: { 'regulations.in_force': 6 } });
      expect(ofRule(check(values, { officeKind: 'township' }).findings, 'T2-2')).toEqual([
        expect.objectContaining({
          keys: ['active.regulations.in_force'],
          actual: 6,
          severity: 'warning',
        }),
      ]);
    });
  });

  describe('T2-3 表二 values are non-negative except 本年增/减', () => {
    it('accepts a negative 本年增/减 in the 2019 format', () => {
      const values = consistentReport(V2019, { active: { 'licensing.items_change': -3 } });
      expect(statuses(check(values, {}, V2019).results, 'T2-3')).toEqual(['pass']);
    });

    it('fails on a negative count', () => {
      const values = consistentReport(V2021, { active: { 'punishment.decisions': -30 } });
      expect(ofRule(check(values).findings, 'T2-3')).toEqual([
        expect.objectContaining({ keys: ['active.punishment.decisions'], actual: -30 }),
      ]);
    });
  });

  describe('T2-4 the fee amount is in 万元', () => {
    it('accepts fractional 万元', () => {
      expect(statuses(check(consistentReport(V2021, FIGURES)).results, 'T2-4')).toEqual(['pass']);
    });

    it('warns on an amount that can only have been entered in 元', () => {
      const values = consistentReport(V2021, {
        active: { 'admin_fees.amount_wan_yuan': 3_500_000 },
      });
      expect(ofRule(check(values).findings, 'T2-4')).toEqual([
        expect.objectContaining({ actual: 3_500_000, severity: 'warning' }),
      ]);
    });
  });

  describe('T2-5 2019 (一): 对外公开总数量 ≥ 本年新公开数量, usually ≤ 本年新制作数量', () => {
    it('passes when the published counts are ordered', () => {
      const values = consistentReport(V2019, {
        active: {
          'regulations.newly_made': 3,
          'regulations.newly_published': 2,
          'regulations.total_published': 40,
        },
      });
      expect(statuses(check(values, {}, V2019).results, 'T2-5')).toEqual(['pass']);
    });

    it('warns when more were published this year than in total, and only hints at the weaker order', () => {
      const values = consistentReport(V2019, {
        active: {
          'regulations.newly_made': 1,
          'regulations.newly_published': 5,
          'regulations.total_published': 4,
        },
      });
      const failing = ofRule(check(values, {}, V2019).findings, 'T2-5');
      expect(failing.map((result) => [result.scope, result.severity])).toEqual([
        ['row:regulations:total_published', 'warning'],
        ['row:regulations:newly_made', 'info'],
      ]);
    });
  });

  describe('blank, dash and not-printed cells', () => {
    it('reads blank and dash cells as 0 for the arithmetic, and lists them', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.carried_over.research_institution'] = statusCell('blank');
      values['applications.carried_over.public_welfare_org'] = statusCell('dash');
      const report = check(values);
      expect(report.findings).toEqual([]);
      const row = ofRule(report.results, 'T3-3').find(
        (result) => result.scope === 'row:carried_over',
      );
      expect(row).toMatchObject({
        status: 'pass',
        assumedZeroKeys: [
          'applications.carried_over.research_institution',
          'applications.carried_over.public_welfare_org',
        ],
      });
    });

    it('reports a blank total beside non-zero parts as derivable, never as 0', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.granted.total'] = statusCell('blank');
      const report = check(values);
      expect(ofRule(report.findings, 'T3-3')).toEqual([
        expect.objectContaining({
          status: 'derivable',
          severity: 'info',
          expected: 5,
          actual: null,
        }),
      ]);
      // Elsewhere the blank total stands for the sum of its parts, so the columns still balance.
      const handled = ofRule(report.results, 'T3-2').find(
        (result) => result.scope === 'column:total',
      );
      expect(handled).toMatchObject({
        status: 'pass',
        derivedKeys: ['applications.granted.total'],
      });
    });

    it('accepts a blank total when every part is zero or blank', () => {
      const values = consistentReport(V2021, FIGURES);
      values['applications.withheld.state_secret.total'] = statusCell('blank');
      const row = ofRule(check(values).results, 'T3-3').find(
        (result) => result.scope === 'row:withheld.state_secret',
      );
      expect(row?.status).toBe('pass');
    });

    it('skips a check with a cell that is not printed, naming the cell', () => {
      const values = consistentReport(V2021, FIGURES);
      delete values['applications.granted.other_org'];
      const row = ofRule(check(values).results, 'T3-3').find(
        (result) => result.scope === 'row:granted',
      );
      expect(row).toMatchObject({
        status: 'skipped',
        missingKeys: ['applications.granted.other_org'],
      });
    });

    it('skips a check where nothing is a number (an all-"/" table)', () => {
      const values = consistentReport(V2021, FIGURES);
      for (const key of Object.keys(values))
        if (key.startsWith('appeals.review.')) values[key] = statusCell('dash');
      expect(ofRule(check(values).results, 'T4-1')).toEqual([
        expect.objectContaining({ status: 'skipped', missingKeys: [] }),
      ]);
    });

    it('skips a check with an unreadable cell', () => {
      const values = consistentReport(V2021, FIGURES);
      values['appeals.review.corrected'] = statusCell('unparseable');
      expect(ofRule(check(values).results, 'T4-1')).toEqual([
        expect.objectContaining({ status: 'skipped', missingKeys: ['appeals.review.corrected'] }),
      ]);
    });
  });
});
