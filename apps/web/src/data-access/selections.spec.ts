import { QueryClient } from '@tanstack/react-query';
import { api } from './api-client';
import { EMPTY_FILTERS } from './filters';
import { selectionQuery, withSelection } from './selections';

const ids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);

describe('withSelection', () => {
  let client: QueryClient;
  let store: jest.SpyInstance;

  beforeEach(() => {
    client = new QueryClient();
    store = jest
      .spyOn(api, 'storeSelection')
      .mockResolvedValue({ id: 'stored-id-0123456789ab', officeCount: 0, regionCount: 0 });
  });
  afterEach(() => {
    store.mockRestore();
  });

  it('keeps short lists inline and drops a selection they no longer need', async () => {
    const filters = { ...EMPTY_FILTERS, officeIds: ids(50), selection: 'old-id-0123456789abcde' };
    expect(await withSelection(client, filters)).toEqual({ ...filters, selection: undefined });
    expect(store).not.toHaveBeenCalled();
  });

  it('stores long lists sorted, names them by the answered id and caches them for the URL read', async () => {
    const officeIds = ids(60).reverse();
    const written = await withSelection(client, { ...EMPTY_FILTERS, officeIds, regionIds: [9] });
    expect(store).toHaveBeenCalledWith({ officeIds: ids(60), regionIds: [9] });
    expect(written.selection).toBe('stored-id-0123456789ab');
    expect(client.getQueryData(selectionQuery('stored-id-0123456789ab').queryKey)).toEqual({
      id: 'stored-id-0123456789ab',
      officeIds: ids(60),
      regionIds: [9],
    });
  });

  it('keeps a selection whose lists did not change without asking the server again', async () => {
    client.setQueryData(selectionQuery('kept-id-0123456789abcd').queryKey, {
      id: 'kept-id-0123456789abcd',
      officeIds: ids(60),
      regionIds: [],
    });
    const filters = {
      ...EMPTY_FILTERS,
      yearFrom: 2020,
      officeIds: ids(60),
      selection: 'kept-id-0123456789abcd',
    };
    expect(await withSelection(client, filters)).toBe(filters);
    expect(store).not.toHaveBeenCalled();
    const changed = await withSelection(client, { ...filters, officeIds: ids(61) });
    expect(store).toHaveBeenCalledTimes(1);
    expect(changed.selection).toBe('stored-id-0123456789ab');
  });
});
