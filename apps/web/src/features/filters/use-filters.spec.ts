import { ApiError } from '../../data-access/api-client';
import { EMPTY_FILTERS } from '../../data-access/filters';
import { knownIds, sameFilters, withStoredLists } from './use-filters';

describe('knownIds', () => {
  const filters = {
    ...EMPTY_FILTERS,
    yearFrom: 2021,
    yearTo: 2025,
    regionIds: [1, 2],
    officeIds: [5, 6],
  };

  it('drops regions and offices that do not exist', () => {
    expect(knownIds(filters, new Set([2, 3]), new Set([6]))).toMatchObject({
      regionIds: [2],
      officeIds: [5],
    });
  });

  it('keeps the regions while the list is unknown', () => {
    expect(knownIds(filters, null, new Set())).toMatchObject({
      regionIds: [1, 2],
      officeIds: [5, 6],
    });
  });
});

describe('a stored selection in the URL', () => {
  const url = { ...EMPTY_FILTERS, yearTo: 2024, selection: 'AbCdEfGhIjKlMnOpQrSt_-' };
  const loaded = { id: url.selection, officeIds: [4, 8, 15], regionIds: [2] };

  it('waits for the lists, then fills the filter bar with them', () => {
    expect(withStoredLists(url, { error: null, isPending: true })).toBeNull();
    expect(withStoredLists(url, { data: loaded, error: null, isPending: false })).toEqual({
      ...url,
      officeIds: [4, 8, 15],
      regionIds: [2],
    });
  });

  it('drops a selection the server does not know, and keeps it on other errors', () => {
    const missing = new ApiError('未找到', 404);
    expect(withStoredLists(url, { error: missing, isPending: false })).toEqual({
      ...url,
      selection: undefined,
    });
    const offline = new ApiError('无法连接', null);
    expect(withStoredLists(url, { error: offline, isPending: false })).toEqual(url);
  });

  it('leaves filters without a selection as they are', () => {
    const inline = { ...EMPTY_FILTERS, officeIds: [1] };
    expect(withStoredLists(inline, { error: null, isPending: true })).toBe(inline);
  });

  it('counts the filled-in filters as the same URL (nothing to write back)', () => {
    const filled = { ...url, officeIds: [4, 8, 15], regionIds: [2] };
    expect(sameFilters(filled, url)).toBe(true);
    expect(sameFilters({ ...filled, selection: undefined }, url)).toBe(false);
    expect(sameFilters({ ...EMPTY_FILTERS, officeIds: [1] }, { ...EMPTY_FILTERS })).toBe(false);
  });
});
