import { METRICS } from '../metrics/metric-definitions';
import { computeFigures, figureKeys, REPORT_FIGURES } from './report-figures';

const V2021 = { active: '2021', applications: '2021', appeals: '2021' };

function cells(values: Record<string, number | 'blank' | 'dash'>) {
  return Object.entries(values).map(([key, value]) =>
    typeof value === 'number'
      ? { key, value, status: 'number' }
      : { key, value: null, status: value },
  );
}

describe('report figures', () => {
  it('have one figure for every count and amount metric of the schema', () => {
    const figured = new Set(REPORT_FIGURES.map((figure) => figure.metric));
    const missing = METRICS.filter((metric) => metric.kind !== 'rate').filter(
      (metric) => !figured.has(metric.id),
    );
    expect(missing.map((metric) => metric.id)).toEqual([]);
  });

  it('cover every key of every rate numerator and denominator', () => {
    const single = new Set(
      REPORT_FIGURES.map(figureKeys)
        .filter((keys) => keys.length === 1)
        .map((keys) => keys[0]),
    );
    const uncovered = METRICS.filter((metric) => metric.kind === 'rate')
      .flatMap((metric) => [...metric.numerator, ...(metric.denominator ?? [])])
      .filter((key) => !single.has(key));
    expect(uncovered).toEqual([]);
  });

  it('have unique snake_case ids, usable as column names', () => {
    const names = REPORT_FIGURES.map((figure) => figure.id);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('take printed totals as printed and derive the closed appeals from their parts', () => {
    const { values } = computeFigures({
      formatVersion: V2021,
      cells: cells({
        'applications.new_received.total': 12,
        'applications.outcome_total.total': 10,
        'appeals.review.upheld': 2,
        'appeals.review.corrected': 1,
        'appeals.review.other_result': 1,
        'appeals.review.pending': 5,
      }),
    });
    expect(values['new_received_total']).toBe(12);
    expect(values['handled_total']).toBe(10);
    expect(values['review_closed']).toBe(4);
    expect(values['review_corrected']).toBe(1);
  });

  it('read blanks as flagged zeros and leave unprinted cells null', () => {
    const { values, flags } = computeFigures({
      formatVersion: V2021,
      cells: cells({ 'applications.granted.total': 'dash' }),
    });
    expect(values['granted_total']).toBe(0);
    expect(flags.assumedZero).toContain('granted_total');
    expect(values['handled_total']).toBeNull();
    expect(flags.missing).toContain('handled_total');
  });

  it('leave every figure of a table that was not found null', () => {
    const { values, flags } = computeFigures({
      formatVersion: { active: '2021', applications: null, appeals: null },
      cells: cells({ 'active.licensing.decisions': 7 }),
    });
    expect(values['licensing_decisions']).toBe(7);
    expect(values['new_received_total']).toBeNull();
    expect(values['review_total']).toBeNull();
    expect(flags.missing).toEqual(expect.arrayContaining(['new_received_total', 'review_total']));
  });

  it('mark 2019 series without a counterpart as not in the format', () => {
    const { values, flags } = computeFigures({
      formatVersion: { active: '2019', applications: '2019', appeals: '2019' },
      cells: [],
    });
    expect(values['normative_documents_in_force']).toBeNull();
    expect(flags.notInFormat).toContain('normative_documents_in_force');
  });
});
