import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ExportMenu } from './export-menu';

// Whether the menu's chunk "fails to download" (its module throws when loaded).
let chunkMissing = true;
jest.mock('./export-dropdown', () => {
  if (chunkMissing) throw new Error('chunk gone');
  return jest.requireActual('./export-dropdown');
});

const links = [{ key: 'xlsx', label: 'XLSX', href: '/api/exports/kpis.xlsx?yearFrom=2025' }];

describe('ExportMenu', () => {
  it('holds the menu’s place with a disabled button saying why the menu did not load', async () => {
    const failed = render(<ExportMenu title="主要指标" links={links} />);
    const button = await screen.findByRole('button', { name: '导出主要指标的数据' });
    expect(button).toBeDisabled();
    await waitFor(() =>
      expect(button).toHaveAttribute('title', '导出菜单加载失败，请刷新页面（chunk gone）'),
    );
    failed.unmount();
  });

  it('opens the downloads once the menu is there', async () => {
    chunkMissing = false;
    render(<ExportMenu title="主要指标" links={links} />);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '导出主要指标的数据' })).toBeEnabled(),
    );
    fireEvent.click(screen.getByRole('button', { name: '导出主要指标的数据' }));
    const link = await screen.findByRole('link', { name: '导出主要指标 XLSX' });
    expect(link).toHaveAttribute('href', links[0].href);
  });
});
