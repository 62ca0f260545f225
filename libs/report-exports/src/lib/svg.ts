import * as echarts from 'echarts';
import {
  cartesianOption,
  exportOption,
  type CartesianModel,
  type ChartOption,
} from '@ogi/report-charts';
import { SVG_FONT_STACK } from './font';

export interface ChartImageOptions {
  width: number;
  height: number;
  /** Written into the image above the chart; slides and pages set their own title instead. */
  title?: string;
  /** Under the title: the filters and the data source. */
  subtitle?: string;
}

/** The web's option for the model, made for a still image: no animation, white, our font. */
export function staticOption(model: CartesianModel, options: ChartImageOptions): ChartOption {
  const base = cartesianOption(model);
  const option =
    options.title !== undefined
      ? exportOption(base, options.title, options.subtitle ?? '')
      : { ...base, animation: false, backgroundColor: '#ffffff' };
  return { ...option, textStyle: { fontFamily: SVG_FONT_STACK } };
}

/**
 * The chart as an SVG document, drawn by ECharts' server-side SVG renderer from the same option
 * builders as the web page.
 */
export function renderChartSvg(model: CartesianModel, options: ChartImageOptions): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: options.width,
    height: options.height,
    locale: 'ZH',
  });
  try {
    chart.setOption(staticOption(model, options));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
