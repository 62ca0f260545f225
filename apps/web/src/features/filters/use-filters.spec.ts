import { EMPTY_FILTERS } from '../../data-access/filters';
import { knownIds } from './use-filters';

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
