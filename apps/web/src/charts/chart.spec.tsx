import { render } from '@testing-library/react';
import { Chart, renderImage } from './chart';
import { cartesianOption, exportOption, type CartesianModel } from '@ogi/report-charts';

const model: CartesianModel = {
  title: '申请',
  categories: ['2024年', '2025年'],
  series: [{ name: '本年新收申请', type: 'bar', kind: 'count', values: [120, 150] }],
};

describe('Chart (ECharts wrapper)', () => {
  it('draws the option with the SVG renderer and disposes on unmount', () => {
    const { container, unmount, rerender } = render(
      <Chart option={cartesianOption(model)} ariaLabel="申请" renderer="svg" />,
    );
    const box = container.querySelector('[data-testid=chart]') as HTMLElement;
    // ECharts' aria module describes the data for screen readers.
    expect(box.getAttribute('aria-label')).toContain('本年新收申请');
    expect(box.querySelector('svg')).not.toBeNull();
    expect(box.textContent).toContain('2024年');

    rerender(
      <Chart
        option={cartesianOption({ ...model, categories: ['2023年', '2024年'] })}
        ariaLabel="申请"
        renderer="svg"
      />,
    );
    expect(box.textContent).toContain('2023年');

    unmount();
    expect(box.querySelector('svg')).toBeNull();
  });

  it('exports SVG through the SVG renderer', () => {
    const option = exportOption(cartesianOption(model), '申请数量', '2024–2025年 · 地区：全部');
    const url = renderImage(option, 'svg', { width: 600, height: 300 });
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    const svg = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('申请数量');
    expect(svg).toContain('2024–2025年 · 地区：全部');
  });
});
