import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReportDetail } from '../../data-access/report-types';
import { ReportTables } from './report-tables';
import { reportCell } from './testing';

// Rendering antd tables is slow on a loaded machine.
jest.setTimeout(30_000);

const report: Pick<ReportDetail, 'cells' | 'formatVersion' | 'sourceFile' | 'corrections'> = {
  formatVersion: { active: null, applications: '2019', appeals: '2021' },
  sourceFile: {
    id: 1,
    fileName: '某街道2019年报.txt',
    mediaType: 'text/plain',
    size: 1,
    sha256: '',
  },
  cells: [
    reportCell('applications.new_received.natural_person', {
      value: 12,
      raw: '21',
      corrected: true,
      location: { line: 40 },
    }),
    reportCell('applications.new_received.total', { status: 'blank', raw: '' }),
    reportCell('applications.carried_over.total', { status: 'dash', raw: '/' }),
  ],
  corrections: [
    {
      id: 1,
      key: 'applications.new_received.natural_person',
      oldValue: 21,
      oldStatus: 'number',
      newValue: 12,
      newStatus: 'number',
      reason: '原文数字颠倒',
      user: '张三',
      createdAt: '2025-03-01T08:00:00.000Z',
    },
  ],
};

function renderTables(selectedKey: string | null = null, onSelect = jest.fn()) {
  render(
    <ReportTables
      report={report}
      failingKeys={new Set(['applications.carried_over.total'])}
      selectedKey={selectedKey}
      onSelect={onSelect}
    />,
  );
  return onSelect;
}

const valueCell = (key: string) => document.querySelector(`td[data-key="${key}"]`) as HTMLElement;

describe('ReportTables', () => {
  it('marks a cell awaiting review with its colour, a ? and a title naming 待人工核对', () => {
    render(
      <ReportTables
        report={report}
        failingKeys={new Set()}
        reviewKeys={new Set(['applications.new_received.total'])}
        selectedKey={null}
        onSelect={jest.fn()}
      />,
    );
    const awaiting = valueCell('applications.new_received.total');
    expect(awaiting).toHaveClass('report-value-review');
    expect(awaiting).toHaveAttribute('title', expect.stringContaining('待人工核对'));
    expect(within(awaiting).getByRole('button').getAttribute('aria-label')).toContain('待人工核对');
    expect(awaiting.querySelector('.report-value-review-icon')?.textContent).toBe('?');
    expect(valueCell('applications.carried_over.total')).not.toHaveClass('report-value-review');
  });

  it('draws 表三 in the 2019 layout and 表四, and says 表二 was not found', () => {
    renderTables();
    expect(screen.getByRole('table', { name: /表三.*2019 版格式/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /表四/ })).toBeInTheDocument();
    expect(screen.getByText('未在原文中识别到表二')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: '（六）其他处理' })).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: '3.其他' })).toBeNull();
  });

  it('prints cells as stated and marks corrected and failing ones', () => {
    renderTables();
    expect(valueCell('applications.new_received.natural_person')).toHaveTextContent('12');
    expect(valueCell('applications.new_received.natural_person')).toHaveClass(
      'report-value-corrected',
    );
    expect(valueCell('applications.new_received.total').textContent).toBe('');
    expect(valueCell('applications.carried_over.total')).toHaveTextContent('/');
    expect(valueCell('applications.carried_over.total')).toHaveClass('report-value-failing');
  });

  it('asks to open a cell when its number is activated', () => {
    const onSelect = renderTables();
    fireEvent.click(
      within(valueCell('applications.new_received.natural_person')).getByRole('button'),
    );
    expect(onSelect).toHaveBeenCalledWith('applications.new_received.natural_person');
  });

  it('shows the open cell’s file, line, raw text and correction history', async () => {
    renderTables('applications.new_received.natural_person');
    const box = await screen.findByTestId('cell-provenance');
    expect(box).toHaveTextContent('某街道2019年报.txt');
    expect(box).toHaveTextContent('第 40 行');
    expect(box).toHaveTextContent('21');
    expect(box).toHaveTextContent('张三');
    expect(box).toHaveTextContent('原文数字颠倒');
  });
});
