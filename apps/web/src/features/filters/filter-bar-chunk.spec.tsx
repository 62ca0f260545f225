import { render, screen, waitFor } from '@testing-library/react';
import { EMPTY_FILTERS } from '../../data-access/filters';
import { FilterBar } from './filter-bar';

// Whether the controls' chunk "fails to download" (its module throws when loaded).
let chunkMissing = true;
jest.mock('./filter-controls', () => {
  if (chunkMissing) throw new Error('chunk gone');
  return { FilterControls: () => <section aria-label="筛选条件">controls</section> };
});

const filters = { ...EMPTY_FILTERS, yearFrom: 2023, yearTo: 2025 };

describe('FilterBar when its controls cannot be loaded', () => {
  it('keeps the filters as text, says why, and loads the controls on a later mount', async () => {
    const failed = render(<FilterBar filters={filters} availableYears={[]} onChange={jest.fn()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('筛选控件加载失败，请刷新页面（chunk gone）');
    const bar = screen.getByRole('region', { name: '筛选条件' });
    expect(bar).toHaveTextContent('2023年至2025年');
    expect(bar).not.toHaveAttribute('aria-busy');
    failed.unmount();

    chunkMissing = false;
    render(<FilterBar filters={filters} availableYears={[]} onChange={jest.fn()} />);
    await waitFor(() =>
      expect(screen.getByRole('region', { name: '筛选条件' })).toHaveTextContent('controls'),
    );
  });
});
