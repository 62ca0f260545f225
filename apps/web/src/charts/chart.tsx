import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { init, type EChartsType } from './echarts';

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  renderer?: 'canvas' | 'svg';
}

/** Owns one ECharts instance: init on mount, setOption on change, resize with its box, dispose. */
export function Chart({ option, height = 320, ariaLabel, renderer = 'canvas' }: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const box = element.current;
    if (!box) return undefined;
    const instance = init(box, null, { renderer, locale: 'ZH' });
    chart.current = instance;
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => instance.resize());
    observer?.observe(box);
    return () => {
      observer?.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, renderer]);

  return (
    <div
      ref={element}
      className="chart"
      style={{ height, width: '100%' }}
      role="img"
      aria-label={ariaLabel}
      data-testid="chart"
    />
  );
}

/**
 * Renders an option off screen and answers a data URL: PNG at 3× pixel ratio from the canvas
 * renderer, or SVG from the SVG renderer.
 */
export function renderImage(
  option: EChartsCoreOption,
  type: 'png' | 'svg',
  size: { width: number; height: number },
): string {
  const box = document.createElement('div');
  const instance = init(box, null, {
    renderer: type === 'svg' ? 'svg' : 'canvas',
    locale: 'ZH',
    width: size.width,
    height: size.height,
  });
  try {
    instance.setOption(option);
    if (type === 'svg') {
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(instance.renderToSVGString())}`;
    }
    return instance.getDataURL({ type: 'png', pixelRatio: 3, backgroundColor: '#ffffff' });
  } finally {
    instance.dispose();
  }
}

/** Saves a data URL as a file. */
export function download(url: string, filename: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
