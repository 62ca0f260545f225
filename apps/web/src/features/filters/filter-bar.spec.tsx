import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Providers } from '../../app/app';
import { createQueryClient } from '../../data-access/query-client';
import { EMPTY_FILTERS, type Filters } from '../../data-access/filters';
import { FilterBar } from './filter-bar';

const regions = {
  items: [
    {
      id: 1,
      parentId: null,
      name: '甲区',
      level: 'district',
      path: '/1/',
      code: null,
      officeCount: 1,
      reportCount: 1,
      isDemo: false,
    },
    {
      id: 2,
      parentId: null,
      name: '乙区',
      level: 'district',
      path: '/2/',
      code: null,
      officeCount: 1,
      reportCount: 1,
      isDemo: false,
    },
  ],
};
const offices = {
  items: [
    {
      id: 11,
      name: '东兴街道办事处',
      kind: 'street',
      regionId: 1,
      aliases: ['东兴街道'],
      isDemo: false,
    },
    { id: 12, name: '和平镇人民政府', kind: 'township', regionId: 2, aliases: [], isDemo: false },
  ],
  total: 2,
  offset: 0,
  limit: 500,
};

function mockApi() {
  const fn = jest.fn(async (url: string) => {
    const body = url.startsWith('/api/regions')
      ? regions
      : url.startsWith('/api/offices')
        ? offices
        : {};
    return { ok: true, status: 200, json: async () => body } as Response;
  });
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

function renderBar(filters: Filters & { yearFrom: number; yearTo: number }) {
  const onChange = jest.fn();
  render(
    <Providers client={createQueryClient()}>
      <FilterBar filters={filters} availableYears={[2023, 2024, 2025]} onChange={onChange} />
    </Providers>,
  );
  return onChange;
}

describe('FilterBar', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  // First in this file: the app's first render (later mounts get the controls at once).
  it('shows the chosen filters as text in the first frame, then the controls', async () => {
    mockApi();
    renderBar({ ...EMPTY_FILTERS, yearFrom: 2023, yearTo: 2025, officeIds: [11, 12] });
    const bar = screen.getByRole('region', { name: '筛选条件' });
    expect(bar).toHaveAttribute('aria-busy', 'true');
    expect(bar).toHaveTextContent('2023年至2025年');
    expect(bar).toHaveTextContent('已选 2 个单位');
    expect(await screen.findByRole('combobox', { name: '单位' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '筛选条件' })).not.toHaveAttribute('aria-busy');
  });

  it('finds an office by its initials', async () => {
    mockApi();
    renderBar({ ...EMPTY_FILTERS, yearFrom: 2023, yearTo: 2025 });
    const input = await screen.findByRole('combobox', { name: '单位' });
    fireEvent.mouseDown(input);
    fireEvent.change(input, { target: { value: 'dxjd' } });
    await waitFor(() =>
      expect(
        document.querySelector('.ant-select-item-option[title^="东兴街道办事处"]'),
      ).not.toBeNull(),
    );
    expect(document.querySelector('.ant-select-item-option[title="和平镇人民政府"]')).toBeNull();
  });

  it('clearing the regions keeps offices; changing them drops offices outside', async () => {
    const fetchMock = mockApi();
    const onChange = renderBar({
      ...EMPTY_FILTERS,
      yearFrom: 2023,
      yearTo: 2025,
      regionIds: [1, 2],
      officeIds: [11, 12],
    });
    // The selected offices' regions are known once the offices are loaded.
    await waitFor(() =>
      expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/offices'))).toBe(
        true,
      ),
    );
    await new Promise((r) => setTimeout(r, 50));
    // Unticking 乙区 in the tree.
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: '地区' }));
    const checkbox = await waitFor(() => {
      const node = [...document.querySelectorAll('.ant-select-tree-treenode')].find((el) =>
        el.textContent?.includes('乙区'),
      );
      const box = node?.querySelector('.ant-select-tree-checkbox');
      if (!box) throw new Error('tree not open');
      return box;
    });
    fireEvent.click(checkbox);
    await waitFor(() => expect(onChange).toHaveBeenCalled());
    expect(onChange.mock.calls[0][0]).toMatchObject({ regionIds: [1], officeIds: [11] });
  });

  it('writes the format choice', async () => {
    mockApi();
    const onChange = renderBar({ ...EMPTY_FILTERS, yearFrom: 2023, yearTo: 2025 });
    fireEvent.click(await screen.findByText('2019 版', { selector: '.ant-segmented-item-label' }));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ format: '2019' }));
  });
});
