import { EMPTY_FILTERS } from '../../data-access/filters';
import { coverageHref, reviewQueueFilters, reviewQueueHref } from './data-links';

describe('links to the lists behind a count', () => {
  const filters = { ...EMPTY_FILTERS, yearFrom: 2022, yearTo: 2024, regionIds: [7] };

  it('opens the review queue on the reports with errors, the filters carried', () => {
    const url = new URL(reviewQueueHref(filters, 'failing'), 'http://x');
    expect(url.pathname).toBe('/data');
    expect(url.hash).toBe('#review-queue');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      yearFrom: '2022',
      yearTo: '2024',
      regionIds: '7',
      problem: 'failing',
    });
  });

  it('opens the coverage grid on the offices missing a year', () => {
    const url = new URL(coverageHref(filters, 'missing'), 'http://x');
    expect(url.hash).toBe('#coverage');
    expect(url.searchParams.get('only')).toBe('missing');
    expect(url.searchParams.get('yearFrom')).toBe('2022');
  });

  it('asks the review queue with every filter of 总览, a stored selection instead of its lists', () => {
    const all = {
      ...filters,
      yearFrom: 2022,
      yearTo: 2024,
      officeIds: [3, 4],
      officeKinds: ['street' as const],
      format: '2021' as const,
    };
    expect(reviewQueueFilters(all)).toEqual({
      yearFrom: 2022,
      yearTo: 2024,
      regionIds: [7],
      officeIds: [3, 4],
      officeKinds: ['street'],
      format: '2021',
      selection: undefined,
    });
    expect(reviewQueueFilters({ ...all, selection: 'AbCdEfGhIjKlMnOpQrSt_-' })).toMatchObject({
      regionIds: undefined,
      officeIds: undefined,
      officeKinds: ['street'],
      selection: 'AbCdEfGhIjKlMnOpQrSt_-',
    });
  });
});
