import { fireEvent, render, screen, within } from '@testing-library/react';
import { VersionTable, type VersionRow } from './version-table';

const version = (id: number, year: number | null, createdAt: string): VersionRow => ({
  id,
  year,
  version: 1,
  isCurrent: false,
  status: 'ok',
  parserVersion: '1.0.0',
  createdAt,
  fileName: `报告${id}.docx`,
});

const rows = [
  version(1, 2023, '2024-01-05T00:00:00Z'),
  version(2, null, '2024-03-01T00:00:00Z'),
  version(3, 2021, '2024-02-01T00:00:00Z'),
  version(4, 2024, '2023-12-01T00:00:00Z'),
];

function years(): string[] {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent ?? '');
}

describe('the version table', () => {
  it('sorts by year either way, a version without a year last', () => {
    render(<VersionTable rows={rows} showYear />);
    const header = screen.getByRole('columnheader', { name: /年度/ });
    fireEvent.click(header);
    expect(years()).toEqual(['2021', '2023', '2024', '—']);
    fireEvent.click(header);
    expect(years()).toEqual(['2024', '2023', '2021', '—']);
  });

  it('sorts by upload time', () => {
    render(<VersionTable rows={rows} showYear />);
    fireEvent.click(screen.getByRole('columnheader', { name: /上传时间/ }));
    expect(years()).toEqual(['2024', '2023', '2021', '—']);
  });
});
