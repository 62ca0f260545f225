import { METRICS } from '@ogi/report-schema';
import { FIGURE_COLUMNS } from '../figures/report-figures';
import { metricSql, STATS_METRICS, statsMetric, type MetricColumns } from './metric-columns';

describe('STATS_METRICS', () => {
  it('answers every schema metric from report_figures columns', () => {
    expect([...STATS_METRICS.keys()]).toEqual(METRICS.map((metric) => metric.id));
  });

  it('reads a rate as its numerator columns over its denominator columns', () => {
    expect(statsMetric('disclosure_rate')).toMatchObject({
      numerator: ['granted_total', 'partially_granted_total'],
      denominator: ['handled_total'],
    });
    expect(statsMetric('correction_rate')).toMatchObject({
      numerator: ['review_corrected', 'litigation_corrected'],
      denominator: ['review_closed', 'litigation_closed'],
    });
    expect(statsMetric('applications_new')).toMatchObject({
      numerator: ['new_received_total'],
      denominator: null,
    });
  });

  it('builds SQL from known column names only', () => {
    const known = new Set(FIGURE_COLUMNS.map((column) => column.column));
    for (const columns of STATS_METRICS.values())
      for (const column of [...columns.numerator, ...(columns.denominator ?? [])])
        expect(known.has(column)).toBe(true);
    expect(metricSql(statsMetric('disclosure_rate') as MetricColumns, 'f')).toEqual({
      numerator: '(f."granted_total" + f."partially_granted_total")',
      denominator: 'f."handled_total"',
    });
  });
});
