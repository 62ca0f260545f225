import { EMPTY_FILTERS } from '../../data-access/filters';
import { coverageHref, reviewQueueHref } from './data-links';

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
});
