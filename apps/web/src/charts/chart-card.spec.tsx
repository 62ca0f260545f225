import { fireEvent, render, screen } from '@testing-library/react';
import type { CartesianModel } from '@ogi/report-charts';
import { ChartCard } from './chart-card';

jest.mock('./chart', () => ({ Chart: () => <div data-testid="chart" />, renderImage: () => '' }));
// The table view's chunk "fails to download" (its module throws when loaded).
jest.mock('./chart-table', () => {
  throw new Error('chunk gone');
});

const model: CartesianModel = {
  title: '申请',
  categories: ['2024年', '2025年'],
  series: [{ name: '本年新收申请', type: 'bar', kind: 'count', values: [120, 150] }],
};

describe('ChartCard', () => {
  it('says why when the table view cannot be loaded, and keeps the chart a click away', async () => {
    render(
      <ChartCard
        title="申请数量"
        model={model}
        loading={false}
        error={null}
        emptyText="没有数据"
        exportSubtitle="2024–2025年"
      />,
    );
    fireEvent.click(await screen.findByText('表格'));
    expect(await screen.findByText('表格组件未能加载')).toBeInTheDocument();
    expect(screen.getByText('chunk gone')).toBeInTheDocument();
    fireEvent.click(screen.getByText('图表'));
    expect(await screen.findByTestId('chart')).toBeInTheDocument();
  });
});
