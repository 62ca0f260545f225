import { fireEvent, render, screen, within } from '@testing-library/react';
import ChartTable from './chart-table';

const table = {
  columns: ['单位', '公开率'],
  rows: [
    {
      key: '0',
      cells: ['甲', '50.0%'],
      sort: ['甲', 0.5],
      targets: [{ entity: 'office' as const, id: 3, year: 2024 }, null],
    },
    { key: '1', cells: ['乙', '—'], sort: ['乙', null] },
    { key: '2', cells: ['丙', '9.0%'], sort: ['丙', 0.09] },
  ],
};

const firstColumn = () =>
  [...document.querySelectorAll('tbody tr.ant-table-row')].map(
    (row) => within(row as HTMLElement).getAllByRole('cell')[0].textContent,
  );

describe('a chart as a table', () => {
  it('sorts by a column by its numbers, cells without a value last in both directions', () => {
    render(<ChartTable table={table} hrefOf={() => '/office/3/2024'} />);
    fireEvent.click(screen.getAllByText('公开率')[0]);
    expect(firstColumn()).toEqual(['丙', '甲', '乙']);
    fireEvent.click(screen.getAllByText('公开率')[0]);
    expect(firstColumn()).toEqual(['甲', '丙', '乙']);
  });

  it('links a row that stands for an office to its page', () => {
    render(<ChartTable table={table} hrefOf={(target) => `/office/${target.id}/${target.year}`} />);
    expect(screen.getByRole('link', { name: '甲' }).getAttribute('href')).toBe('/office/3/2024');
  });
});
