import { kpiHref } from './kpi-links';

const search = '?yearFrom=2020&yearTo=2024&regionIds=3';

describe('KPI card links', () => {
  it('lead from a metric to 对比 ranking by it, the filters kept', () => {
    expect(kpiHref('disclosure_rate', { officeIds: [], year: 2024, search })).toBe(
      '/compare?yearFrom=2020&yearTo=2024&regionIds=3&metric=disclosure_rate',
    );
  });

  it('lead from the report count to the reports', () => {
    expect(kpiHref('reports', { officeIds: [], year: 2024, search })).toBe(`/data${search}`);
  });

  it('lead to the profile of the one office filtered, at the year', () => {
    expect(kpiHref('disclosure_rate', { officeIds: [8], year: 2024, search: '?officeIds=8' })).toBe(
      '/office/8/2024?officeIds=8',
    );
  });
});
