import { withParams } from './page-params';
import { withFilters } from './use-url-filters';
import { EMPTY_FILTERS } from './filters';

describe('page parameters beside the filters', () => {
  it('set and remove a page parameter, keeping the filters', () => {
    expect(withParams('?yearFrom=2021&yearTo=2025', { metric: 'disclosure_rate' })).toBe(
      '?yearFrom=2021&yearTo=2025&metric=disclosure_rate',
    );
    expect(withParams('?regionIds=3,5&metric=x', { metric: undefined })).toBe('?regionIds=3,5');
    expect(withParams('?metric=x', { metric: undefined })).toBe('');
  });

  it('survive a change of the filters', () => {
    const current = '?yearFrom=2021&yearTo=2025&compareBy=office&metric=disclosure_rate';
    expect(
      withFilters(current, { ...EMPTY_FILTERS, yearFrom: 2022, yearTo: 2024, officeIds: [7] }),
    ).toBe('?yearFrom=2022&yearTo=2024&officeIds=7&compareBy=office&metric=disclosure_rate');
    expect(withFilters('?metric=x', EMPTY_FILTERS)).toBe('?metric=x');
    expect(withFilters('?yearFrom=2021', EMPTY_FILTERS)).toBe('');
  });
});
