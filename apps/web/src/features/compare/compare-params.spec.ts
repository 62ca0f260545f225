import { METRICS } from '@ogi/report-schema';
import { compareParamsQuery, metricOptions, parseCompareParams } from './compare-params';

import type { RegionInTree } from './compare-regions';

/** A region by its path (its own id last): 地区1 the city, 2 and 3 its districts, 4–6 streets. */
const regionAt = (level: RegionInTree['level'], path: string): RegionInTree => {
  const id = Number(path.split('/').filter(Boolean).pop());
  return { id, name: `地区${id}`, level, path };
};
const regions = [
  regionAt('city', '/1/'),
  ...['/1/2/', '/1/3/'].map((path) => regionAt('district', path)),
  ...['/1/2/4/', '/1/2/5/', '/1/3/6/'].map((path) => regionAt('street', path)),
];
const context = { officesPicked: false, regions, regionIds: [] };

describe('对比 page parameters', () => {
  it('default to regions at the highest level with several regions, and new applications', () => {
    expect(parseCompareParams(new URLSearchParams(''), context)).toEqual({
      by: 'region',
      metric: 'applications_new',
      level: 'district',
    });
  });

  it('open at the first level with two regions inside the region filter', () => {
    const level = (regionIds: number[]) =>
      parseCompareParams(new URLSearchParams(''), { ...context, regionIds }).level;
    // A district filtered: its two streets, not the one city.
    expect(level([2])).toBe('street');
    // A district with one street: that street, the deepest level there is.
    expect(level([3])).toBe('street');
    expect(level([2, 3])).toBe('district');
  });

  it('default to offices when some are picked in the filter bar', () => {
    const params = parseCompareParams(new URLSearchParams(''), { ...context, officesPicked: true });
    expect(params.by).toBe('office');
  });

  it('read the URL and drop unknown values', () => {
    const read = (search: string) => parseCompareParams(new URLSearchParams(search), context);
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
    expect(parseCompareParams(search, context)).toEqual(params);
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
