import { fireEvent, render, screen } from '@testing-library/react';
import { PackDialog } from './pack-dialog';

describe('PackDialog (导出汇报材料)', () => {
  it('downloads the pack for the chosen charts, format and title with the filters of the URL', () => {
    window.history.replaceState(null, '', '/?yearFrom=2022&yearTo=2024&regionIds=3');
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.getAttribute('href') ?? '');
    });
    const onClose = jest.fn();
    render(<PackDialog open onClose={onClose} />);

    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '三季度汇报' } });
    fireEvent.click(screen.getByLabelText('办理结果构成（2022–2024年合计）'));
    fireEvent.click(screen.getByLabelText('PDF（矢量图表）'));
    expect(screen.queryByText('可编辑图表')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /生成并下载/ }));

    expect(clicked).toEqual([
      `/api/exports/pack?fileFormat=pdf&charts=applications,appeals,top-offices&title=${encodeURIComponent('三季度汇报')}&yearFrom=2022&yearTo=2024&regionIds=3`,
    ]);
    expect(onClose).toHaveBeenCalled();
    click.mockRestore();
  });
});
