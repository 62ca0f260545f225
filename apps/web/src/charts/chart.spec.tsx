import { act, render, waitFor } from '@testing-library/react';
import { getInstanceByDom } from 'echarts/core';
import { Chart, pngPixelRatio, renderImage } from './chart';
import {
  cartesianOption,
  chartOption,
  compareRankingModel,
  exportOption,
  heatmapModel,
  officeCompareData,
  smallMultiplesModel,
  type CartesianModel,
} from '@ogi/report-charts';
import { matrixFixture, rateStat } from '@ogi/report-charts/testing';

const model: CartesianModel = {
  title: '申请',
  categories: ['2024年', '2025年'],
  series: [{ name: '本年新收申请', type: 'bar', kind: 'count', values: [120, 150] }],
};

describe('Chart (ECharts wrapper)', () => {
  it('draws the option with the SVG renderer and disposes on unmount', async () => {
    const { container, unmount, rerender } = render(
      <Chart option={cartesianOption(model)} ariaLabel="申请" renderer="svg" />,
    );
    const box = container.querySelector('[data-testid=chart]') as HTMLElement;
    await waitFor(() => expect(box.querySelector('svg')).not.toBeNull());
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

  it('draws the first options of several charts one per animation frame, in page order', () => {
    jest.useFakeTimers();
    try {
      const chart = (name: string) => (
        <Chart
          option={cartesianOption({ ...model, categories: [name] })}
          ariaLabel={name}
          renderer="svg"
        />
      );
      const { container } = render(
        <>
          {chart('甲')}
          {chart('乙')}
          {chart('丙')}
        </>,
      );
      const drawn = () =>
        [...container.querySelectorAll('[data-testid=chart]')].map(
          (box) => box.querySelector('svg') !== null,
        );
      expect(drawn()).toEqual([false, false, false]);
      act(() => jest.advanceTimersToNextFrame());
      expect(drawn()).toEqual([true, false, false]);
      act(() => jest.advanceTimersToNextFrame());
      expect(drawn()).toEqual([true, true, false]);
      act(() => jest.advanceTimersToNextFrame());
      expect(drawn()).toEqual([true, true, true]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('skips a chart removed before its turn without holding up the next', () => {
    jest.useFakeTimers();
    try {
      const first = render(<Chart option={cartesianOption(model)} ariaLabel="甲" renderer="svg" />);
      const second = render(
        <Chart option={cartesianOption(model)} ariaLabel="乙" renderer="svg" />,
      );
      first.unmount();
      act(() => jest.advanceTimersToNextFrame());
      act(() => jest.advanceTimersToNextFrame());
      expect(second.container.querySelector('svg')).not.toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  it('redraws when its box changes size, not when the observer first reports the size drawn at', () => {
    const reports: ((entries: { contentRect: { width: number; height: number } }[]) => void)[] = [];
    const real = (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver = class {
      constructor(report: (typeof reports)[number]) {
        reports.push(report);
      }
      observe = jest.fn();
      disconnect = jest.fn();
    };
    jest.useFakeTimers();
    try {
      const { container } = render(
        <Chart option={cartesianOption(model)} ariaLabel="申请" renderer="svg" />,
      );
      act(() => jest.advanceTimersToNextFrame());
      const box = container.querySelector('[data-testid=chart]') as HTMLElement;
      const instance = getInstanceByDom(box);
      if (!instance) throw new Error('no chart drawn');
      const resize = jest.spyOn(instance, 'resize');
      const drawnAt = { width: instance.getWidth(), height: instance.getHeight() };
      reports[0]([{ contentRect: drawnAt }]);
      expect(resize).not.toHaveBeenCalled();
      reports[0]([{ contentRect: { width: drawnAt.width + 200, height: drawnAt.height } }]);
      expect(resize).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
      (globalThis as { ResizeObserver?: unknown }).ResizeObserver = real;
    }
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

describe('PNG export size', () => {
  it('is 3× for a usual chart and less for a very tall one', () => {
    expect(pngPixelRatio(960, 440)).toBe(3);
    const ratio = pngPixelRatio(960, 2400);
    expect(ratio).toBeLessThan(3);
    expect(960 * ratio * 2400 * ratio).toBeLessThanOrEqual(10_000_000);
    expect(pngPixelRatio(960, 50_000)).toBe(1);
  });
});

describe('compare charts through the registered ECharts parts', () => {
  const data = officeCompareData(
    matrixFixture(
      'correction_rate',
      [2024, 2025],
      [
        { id: 1, name: '东兴街道办事处', values: [rateStat(1, 2), rateStat(0, 0)] },
        { id: 2, name: '和平镇', values: [null, rateStat(3, 10)] },
      ],
    ),
  );

  it.each([
    ['heat map', heatmapModel(data)],
    ['small multiples', smallMultiplesModel(data, { offset: 0, count: 24, columns: 4 })],
    ['ranking with a slider', { ...compareRankingModel(data, 2025), zoomAfter: 1 }],
  ])('draws the %s and exports it as SVG', (_, model) => {
    const svg = decodeURIComponent(
      renderImage(exportOption(chartOption(model), '对比', '2024–2025年'), 'svg', {
        width: 960,
        height: 600,
      }).split(',')[1],
    );
    expect(svg).toContain('和平镇');
    expect(svg).toContain('对比');
  });
});
