import { METRICS } from '@ogi/report-schema';
import { compareParamsQuery, metricOptions, parseCompareParams } from './compare-params';

const levels = ['city', 'district', 'district', 'street', 'street', 'street'];

describe('对比 page parameters', () => {
  it('default to regions at the highest level with several regions, and new applications', () => {
    expect(parseCompareParams(new URLSearchParams(''), { officesPicked: false, levels })).toEqual({
      by: 'region',
      metric: 'applications_new',
      level: 'district',
    });
  });

  it('default to offices when some are picked in the filter bar', () => {
    const params = parseCompareParams(new URLSearchParams(''), { officesPicked: true, levels });
    expect(params.by).toBe('office');
  });

  it('read the URL and drop unknown values', () => {
    const read = (search: string) =>
      parseCompareParams(new URLSearchParams(search), { officesPicked: false, levels });
    expect(read('compareBy=office&metric=correction_rate&level=street')).toEqual({
      by: 'office',
      metric: 'correction_rate',
      level: 'street',
    });
    expect(read('compareBy=moon&metric=nope&level=galaxy')).toEqual({
      by: 'region',
      metric: 'applications_new',
      level: 'district',
    });
  });

  it('write back what they read', () => {
    const params = { by: 'office', metric: 'disclosure_rate', level: 'city' } as const;
    const search = new URLSearchParams(compareParamsQuery(params));
    expect(parseCompareParams(search, { officesPicked: false, levels })).toEqual(params);
  });

  it('offer every metric of the schema once, under its group label', () => {
    const groups = metricOptions();
    const ids = groups.flatMap((group) => group.options.map((option) => option.value));
    expect(ids.sort()).toEqual(METRICS.map((metric) => metric.id).sort());
    expect(groups[0].label).toBe('申请与办理');
    const rate = groups[0].options.find((option) => option.value === 'disclosure_rate');
    expect(rate?.label).toBe('公开率（%）');
  });
});
