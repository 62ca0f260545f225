import { numberCell, statusCell } from '../cell-status';
import { consistentReport } from '../testing/build-values';
import { combineMetricValues, evaluateMetric } from './evaluate-metric';
import { METRICS, METRIC_GROUPS, metricById, type MetricDefinition } from './metric-definitions';

const metric = (id: string) => metricById(id) as MetricDefinition;
const V2021 = { active: '2021', applications: '2021' } as const;
const V2019 = { active: '2019', applications: '2019' } as const;

const report2021 = consistentReport(V2021, {
  applications: {
    new_received: { natural_person: 8, commercial_enterprise: 2 },
    granted: { natural_person: 5 },
    partially_granted: { commercial_enterprise: 1 },
    'withheld.process_info': { natural_person: 2 },
    'other_handling.fee_unpaid': { natural_person: 1 },
  },
  appeals: {
    review: { upheld: 3, corrected: 1 },
    litigation_direct: { corrected: 1, pending: 2 },
    litigation_after_review: { upheld: 1 },
  },
  active: { 'normative_documents.issued': 4 },
});

describe('METRICS', () => {
  it('have unique ids, and every rate has a denominator', () => {
    expect(new Set(METRICS.map((item) => item.id)).size).toBe(METRICS.length);
    for (const item of METRICS.filter((candidate) => candidate.kind === 'rate'))
      expect(item.denominator?.length).toBeGreaterThan(0);
  });
});

describe('evaluateMetric', () => {
  it('computes the disclosure rate as (granted + partly) / handled with both parts', () => {
    expect(evaluateMetric(metric('disclosure_rate'), report2021, '2021')).toMatchObject({
      numerator: 6,
      denominator: 9,
      value: 6 / 9,
      smallSample: false,
    });
  });

  it('computes the correction rate over closed cases (upheld + corrected + other), pending excluded', () => {
    expect(evaluateMetric(metric('review_correction_rate'), report2021, '2021')).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 0.25,
      smallSample: true,
    });
    expect(evaluateMetric(metric('litigation_correction_rate'), report2021, '2021')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 0.5,
    });
    expect(evaluateMetric(metric('correction_rate'), report2021, '2021')).toMatchObject({
      numerator: 2,
      denominator: 6,
    });
  });

  it('gives no rate where the denominator is 0', () => {
    const empty = consistentReport(V2021);
    expect(evaluateMetric(metric('disclosure_rate'), empty, '2021')).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });

  it('derives subtotals and the organisation column', () => {
    expect(evaluateMetric(metric('outcome_withheld'), report2021, '2021').value).toBe(2);
    expect(evaluateMetric(metric('outcome_other_handling'), report2021, '2021').value).toBe(1);
    expect(evaluateMetric(metric('organisation_share'), report2021, '2021')).toMatchObject({
      numerator: 2,
      denominator: 10,
    });
  });

  it('reads a blank total as the sum of its parts, and other blanks as flagged zeros', () => {
    const values = {
      ...report2021,
      'applications.granted.total': statusCell('blank'),
      'applications.carried_over.total': statusCell('dash'),
    };
    const disclosure = evaluateMetric(metric('disclosure_rate'), values, '2021');
    expect(disclosure).toMatchObject({ numerator: 6, assumedZeroKeys: [] });
    const forward = evaluateMetric(metric('carried_forward_share'), values, '2021');
    expect(forward.assumedZeroKeys).toContain('applications.carried_over.total');
  });

  it('joins 2019 reports through the series mapping, flagging approximations and gaps', () => {
    const report2019 = consistentReport(V2019, {
      applications: {
        new_received: { natural_person: 3 },
        'other_handling.total': { natural_person: 3 },
      },
      active: { 'normative_documents.newly_made': 2 },
    });
    expect(evaluateMetric(metric('outcome_other_handling'), report2019, '2019').value).toBe(3);
    expect(evaluateMetric(metric('normative_documents_issued'), report2019, '2019')).toMatchObject({
      value: 2,
      approximate: true,
    });
    expect(
      evaluateMetric(metric('normative_documents_in_force'), report2019, '2019'),
    ).toMatchObject({ value: null, notInFormat: true });
    expect(
      evaluateMetric(metric('reason_other_handling_fee_unpaid'), report2019, '2019'),
    ).toMatchObject({ value: null, notInFormat: true });
  });

  it('leaves a figure out when a cell is not printed', () => {
    const values = { ...report2021 };
    delete values['applications.outcome_total.total'];
    delete values['applications.outcome_total.natural_person'];
    const rate = evaluateMetric(metric('disclosure_rate'), values, '2021');
    expect(rate).toMatchObject({
      denominator: null,
      value: null,
      missingKeys: ['applications.outcome_total.total'],
    });
  });
});

describe('combineMetricValues', () => {
  it('sums numerators and denominators before dividing', () => {
    const small = consistentReport(V2021, {
      applications: { new_received: { natural_person: 1 }, granted: { natural_person: 1 } },
    });
    const large = consistentReport(V2021, {
      applications: {
        new_received: { natural_person: 99 },
        granted: { natural_person: 49 },
        'unable.not_held': { natural_person: 50 },
      },
    });
    const rate = metric('disclosure_rate');
    const combined = combineMetricValues(rate, [
      evaluateMetric(rate, small, '2021'),
      evaluateMetric(rate, large, '2021'),
    ]);
    expect(combined).toMatchObject({ numerator: 50, denominator: 100, value: 0.5 });
  });

  it('keeps reports without the figure out of the sums', () => {
    const count = metric('applications_new');
    const values = {
      ...consistentReport(V2021, { applications: { new_received: { natural_person: 4 } } }),
    };
    values['applications.new_received.total'] = numberCell(4);
    const missing = { ...values };
    delete missing['applications.new_received.total'];
    const combined = combineMetricValues(count, [
      evaluateMetric(count, values, '2021'),
      evaluateMetric(count, missing, '2021'),
    ]);
    expect(combined.value).toBe(4);
  });
});

describe('goodDirection', () => {
  it('marks a rising correction rate as unwelcome and a rising disclosure rate as welcome', () => {
    expect(metric('disclosure_rate').goodDirection).toBe('up');
    for (const id of ['correction_rate', 'review_correction_rate', 'litigation_correction_rate'])
      expect(metric(id).goodDirection).toBe('down');
    expect(metric('review_corrected').goodDirection).toBe('down');
    expect(metric('applications_new').goodDirection).toBe('none');
  });

  it('lists every metric group once, in picker order', () => {
    const groups = new Set(METRICS.map((item) => item.group));
    expect(METRIC_GROUPS.map((group) => group.id).sort()).toEqual([...groups].sort());
  });
});
