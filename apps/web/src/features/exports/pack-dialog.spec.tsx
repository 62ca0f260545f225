import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { PACK_TITLE } from '@ogi/api-params';
import { PackDialog } from './pack-dialog';

/** The dialog with a query client, as the app has it; every download's address is collected. */
function openDialog(): { clicked: string[]; onClose: jest.Mock; restore: () => void } {
  const clicked: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.getAttribute('href') ?? '');
  });
  const onClose = jest.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  render(
    <QueryClientProvider client={client}>
      <PackDialog open onClose={onClose} />
    </QueryClientProvider>,
  );
  return { clicked, onClose, restore: () => click.mockRestore() };
}

describe('PackDialog (导出汇报材料)', () => {
  it('downloads the pack for the chosen charts, format and title with the filters of the URL', () => {
    window.history.replaceState(null, '', '/?yearFrom=2022&yearTo=2024&regionIds=3');
    const { clicked, onClose, restore } = openDialog();

    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '三季度汇报' } });
    fireEvent.click(screen.getByLabelText('办理结果构成（2022–2024年合计）'));
    fireEvent.click(screen.getByLabelText('PDF（矢量图表）'));
    expect(screen.queryByText('可编辑图表')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /生成并下载/ }));

    expect(clicked).toEqual([
      `/api/exports/pack?fileFormat=pdf&charts=applications,appeals,top-offices&title=${encodeURIComponent('三季度汇报')}&yearFrom=2022&yearTo=2024&regionIds=3`,
    ]);
    expect(onClose).toHaveBeenCalled();
    restore();
  });

  it('opened from 对比 offers and ticks that page’s charts for its metric, 总览’s unticked', () => {
    window.history.replaceState(
      null,
      '',
      '/compare?yearFrom=2022&yearTo=2024&compareBy=office&metric=disclosure_rate',
    );
    const { clicked, restore } = openDialog();

    const bars = screen.getByLabelText('对比：公开率（按单位和年份）');
    const ranking = screen.getByLabelText('对比：公开率排名（2024年）');
    const overview = screen.getByLabelText('总览：申请数量与公开率（按年）');
    expect([bars, ranking, overview].map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
      false,
    ]);
    fireEvent.click(overview);
    fireEvent.click(screen.getByRole('button', { name: /生成并下载/ }));

    const url = new URL(clicked[0], 'http://localhost');
    expect(url.pathname).toBe('/api/exports/pack');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      fileFormat: 'pptx',
      charts: 'applications',
      title: PACK_TITLE,
      chartStyle: 'image',
      compare: 'bars,ranking',
      compareBy: 'office',
      metric: 'disclosure_rate',
      yearFrom: '2022',
      yearTo: '2024',
    });
    restore();
  });

  it('leaves the 总览 charts out when only 对比’s are ticked, and needs one chart at least', () => {
    window.history.replaceState(null, '', '/compare?yearTo=2024&compareBy=region&level=street');
    const { clicked, restore } = openDialog();
    fireEvent.click(screen.getByLabelText('对比：本年新收申请（按地区和年份）'));
    fireEvent.click(screen.getByRole('button', { name: /生成并下载/ }));
    const url = new URL(clicked[0], 'http://localhost');
    expect(url.searchParams.get('charts')).toBeNull();
    expect(url.searchParams.get('compare')).toBe('ranking');
    expect(url.searchParams.get('level')).toBe('street');

    fireEvent.click(screen.getByLabelText('对比：本年新收申请排名（2024年）'));
    expect(screen.getByRole('button', { name: /生成并下载/ })).toBeDisabled();
    restore();
  });
});
