import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import type { ChartClick } from '@ogi/report-charts';
import { init, type EChartsType } from './echarts';

/** The mouse button and keys of a click (a new tab or this one). */
export interface ClickKeys {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export interface ChartProps {
  option: EChartsCoreOption;
  height?: number;
  /** What the chart shows, for screen readers. */
  ariaLabel: string;
  renderer?: 'canvas' | 'svg';
  /**
   * A click on a bar, cell, label or title, with the button and keys: a left click (any keys)
   * and a middle click, which a canvas does not report as a click.
   */
  onItemClick?: (click: ChartClick, keys: ClickKeys) => void;
}

/** ECharts' event parameters with the DOM event underneath (zrender's `event.event`). */
type ChartEvent = ChartClick & { event?: { event?: Partial<ClickKeys> } };

function keysOf(params: ChartEvent): ClickKeys | null {
  const native = params.event?.event;
  if (!native || typeof native.button !== 'number') return null;
  return {
    button: native.button,
    ctrlKey: native.ctrlKey === true,
    metaKey: native.metaKey === true,
    shiftKey: native.shiftKey === true,
  };
}

/** Forwards clicks to the latest handler; the middle button comes as a mouseup. */
function listenForClicks(
  instance: EChartsType,
  handler: { current: ChartProps['onItemClick'] },
): void {
  const forward = (params: unknown, middle: boolean) => {
    const keys = keysOf(params as ChartEvent);
    if (!keys || (keys.button === 1) !== middle) return;
    handler.current?.(params as ChartClick, keys);
  };
  instance.on('click', (params) => forward(params, false));
  instance.on('mouseup', (params) => forward(params, true));
}

/**
 * First draws wait their turn, one chart per animation frame: a page whose charts get their data
 * at once paints the first chart before the others start, instead of all of them together.
 */
const firstDraws: (() => void)[] = [];

function drawInTurn(draw: () => void): () => void {
  firstDraws.push(draw);
  if (firstDraws.length === 1) requestAnimationFrame(drawNext);
  return () => {
    const at = firstDraws.indexOf(draw);
    if (at > 0) firstDraws.splice(at, 1);
    // The head is being drawn or is about to be: drawNext skips it when cancelled.
    else if (at === 0) firstDraws[0] = () => undefined;
  };
}

function drawNext(): void {
  try {
    firstDraws[0]?.();
  } finally {
    firstDraws.shift();
    if (firstDraws.length > 0) requestAnimationFrame(drawNext);
  }
}

/**
 * Resizes the chart whenever its box changes size. A ResizeObserver reports the size it finds as
 * soon as it starts observing; when that is the size the chart was just drawn at, redrawing it
 * would only delay the first paint (a full layout of the chart).
 */
function followBoxSize(box: HTMLElement, chart: EChartsType): ResizeObserver | null {
  if (typeof ResizeObserver === 'undefined') return null;
  const observer = new ResizeObserver(([entry]) => {
    if (chart.isDisposed()) return;
    const { width, height } = entry.contentRect;
    if (Math.round(width) === chart.getWidth() && Math.round(height) === chart.getHeight()) return;
    chart.resize();
  });
  observer.observe(box);
  return observer;
}

/**
 * Owns one ECharts instance: init on mount, setOption on change, resize with its box, dispose.
 * The first option is drawn without animation (in its turn, see drawInTurn); later ones animate.
 */
export function Chart({
  option,
  height = 320,
  ariaLabel,
  renderer = 'canvas',
  onItemClick,
}: ChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickHandler = useRef(onItemClick);
  useEffect(() => {
    clickHandler.current = onItemClick;
  }, [onItemClick]);
  // What the first draw shows when its turn comes (the option may have changed meanwhile).
  const latest = useRef(option);

  useEffect(() => {
    const box = element.current;
    if (!box) return undefined;
    let instance: EChartsType | null = null;
    let observer: ResizeObserver | null = null;
    const cancel = drawInTurn(() => {
      instance = init(box, null, { renderer, locale: 'ZH' });
      instance.setOption({ ...latest.current, animation: false }, { notMerge: true });
      listenForClicks(instance, clickHandler);
      chart.current = instance;
      observer = followBoxSize(box, instance);
    });
    return () => {
      cancel();
      observer?.disconnect();
      instance?.dispose();
      chart.current = null;
    };
  }, [renderer]);

  useEffect(() => {
    latest.current = option;
    const instance = chart.current;
    if (instance && !instance.isDisposed()) instance.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={element}
      className="chart"
      style={{ height, width: '100%' }}
      role="img"
      aria-label={ariaLabel}
      data-testid="chart"
      // The middle button would start the browser's autoscroll instead of opening a tab.
      onMouseDown={(event) => {
        if (event.button === 1 && onItemClick) event.preventDefault();
      }}
    />
  );
}

/** Pixels of an exported PNG at most: a tall chart (every row of a long ranking) gets a lower ratio. */
const MAX_PNG_PIXELS = 10_000_000;

/** 3× for a chart of usual size; less (down to 1×) when 3× would exceed MAX_PNG_PIXELS. */
export function pngPixelRatio(width: number, height: number): number {
  const fits = Math.sqrt(MAX_PNG_PIXELS / (width * height));
  return Math.max(1, Math.min(3, Math.floor(fits * 10) / 10));
}

/**
 * Renders an option off screen and answers a data URL: PNG at 3× pixel ratio (less for very
 * tall charts, whose encoding would block the page for seconds) from the canvas renderer, or SVG
 * from the SVG renderer.
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
    return instance.getDataURL({
      type: 'png',
      pixelRatio: pngPixelRatio(size.width, size.height),
      backgroundColor: '#ffffff',
    });
  } finally {
    instance.dispose();
  }
}
