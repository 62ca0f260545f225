import { allPages } from './all-pages';

describe('allPages', () => {
  it('fetches every page of a list longer than one page, in order', async () => {
    const all = Array.from({ length: 1234 }, (_, i) => i);
    const calls: [number, number][] = [];
    const { items, first } = await allPages(async (offset, limit) => {
      calls.push([offset, limit]);
      return { items: all.slice(offset, offset + limit), total: all.length };
    }, 500);
    expect(items).toEqual(all);
    expect(first.items).toHaveLength(500);
    expect(calls).toEqual([
      [0, 500],
      [500, 500],
      [1000, 500],
    ]);
  });

  it('asks once when everything fits on the first page', async () => {
    const fetchPage = jest.fn(async () => ({ items: ['a'], total: 1 }));
    expect((await allPages(fetchPage, 500)).items).toEqual(['a']);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});
