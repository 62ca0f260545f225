import PptxGenJS from 'pptxgenjs';
import {
  cartesianOption,
  cellText,
  spreadsheetText,
  wholeNumberStep,
  type CartesianModel,
} from '@ogi/report-charts';
import { dataAsOfText } from './header';
import { svgToPng } from './png';
import { chartNotes, filterLine, PACK_CHART_SIZE, type PackInput } from './pack';
import { renderChartSvg } from './svg';

/** Fonts a PowerPoint viewer in China has; the file cannot carry ours. */
const FONT = 'Microsoft YaHei';
const WIDE = { w: 13.333, h: 7.5 };
const CHART_BOX = {
  x: 0.5,
  y: 1.45,
  w: 12.333,
  h: (12.333 * PACK_CHART_SIZE.height) / PACK_CHART_SIZE.width,
};

const colours = (model: CartesianModel): string[] =>
  (cartesianOption(model)['color'] as string[]).map((colour) => colour.replace('#', ''));

/**
 * How PowerPoint scales and writes the axis of the counts or amounts of `model`: counts in whole
 * steps ("#,##0", a major unit of 1, 2, 5 × 10ⁿ; left to itself it ticks 0.5), amounts with two
 * decimals; neither format has optional decimals, which would print "23.".
 */
export function nativeValueAxis(model: CartesianModel) {
  const series = model.series.filter((item) => item.kind !== 'rate');
  if (series.some((item) => item.kind === 'amount')) {
    return { valAxisLabelFormatCode: '#,##0.00', valAxisMinVal: 0 };
  }
  const max = Math.max(0, ...series.flatMap((item) => item.values.map((value) => value ?? 0)));
  return { valAxisLabelFormatCode: '#,##0', valAxisMinVal: 0, valAxisMajorUnit: wholeNumberStep(max) };
}

/**
 * A chart PowerPoint can edit: bars and lines, rates on a second axis as percentages. Its names
 * and categories are also the cells of the workbook behind the chart (Edit Data), so they are
 * made safe as in every spreadsheet export.
 */
function addNativeChart(pptx: PptxGenJS, slide: PptxGenJS.Slide, model: CartesianModel): void {
  // PowerPoint draws horizontal bars bottom-up: reverse to keep the first category on top.
  const order = model.categories.map((_, index) => index);
  if (model.horizontal) order.reverse();
  const data = (kind: 'value' | 'rate', type: 'bar' | 'line') =>
    model.series
      .filter((series) => (series.kind === 'rate') === (kind === 'rate') && series.type === type)
      .map((series) => ({
        name: spreadsheetText(series.name),
        labels: order.map((index) => spreadsheetText(model.categories[index])),
        values: order.map((index) => series.values[index] ?? 0),
      }));
  const barDir = model.horizontal ? 'bar' : 'col';
  const common = {
    ...CHART_BOX,
    chartColors: colours(model),
    showLegend: model.series.length > 1,
    legendPos: 't' as const,
    legendFontFace: FONT,
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 11,
    valAxisLabelFontSize: 11,
  };
  const counts = data('value', 'bar');
  const rates = [...data('rate', 'line'), ...data('rate', 'bar')];
  const countLines = data('value', 'line');
  if (counts.length > 0 && rates.length > 0) {
    slide.addChart(
      [
        { type: pptx.ChartType.bar, data: [...counts], options: { barDir } },
        {
          type: pptx.ChartType.line,
          data: [...rates, ...countLines],
          options: { secondaryValAxis: true, secondaryCatAxis: true },
        },
      ],
      // Multi-type charts take their options second (the typings say data).
      {
        ...common,
        valAxes: [
          nativeValueAxis(model),
          {
            valAxisLabelFormatCode: '0%',
            valAxisMinVal: 0,
            valAxisMaxVal: 1,
            valGridLine: { style: 'none' },
          },
        ],
        catAxes: [{ catAxisTitle: '' }, { catAxisHidden: true }],
      } satisfies PptxGenJS.IChartOpts as unknown as unknown[],
    );
    return;
  }
  const isRate = rates.length > 0;
  const series = isRate ? rates : [...counts, ...countLines];
  slide.addChart(
    countLines.length > 0 && counts.length === 0 ? pptx.ChartType.line : pptx.ChartType.bar,
    series,
    {
      ...common,
      barDir,
      barGrouping: 'clustered',
      ...(isRate ? { valAxisLabelFormatCode: '0%', valAxisMinVal: 0 } : nativeValueAxis(model)),
    },
  );
}

type Header = PackInput['header'];

/** How one kind of slide shows the pack's title, filters and stamp. */
interface SlideFrame {
  title: PptxGenJS.TextPropsOptions;
  filters: PptxGenJS.TextPropsOptions;
  filterText: (header: Header) => string | PptxGenJS.TextProps[];
  /** The date and the source, on the cover only (the other slides name them in their notes). */
  stamp?: PptxGenJS.TextPropsOptions;
}

const FRAMES: Record<'cover' | 'content', SlideFrame> = {
  cover: {
    title: { x: 0.8, y: 1.6, w: WIDE.w - 1.6, h: 1.3, fontSize: 36 },
    filters: {
      x: 0.8,
      y: 3.1,
      w: WIDE.w - 1.6,
      h: 2.2,
      fontSize: 18,
      color: '4E5969',
      valign: 'top',
    },
    // One filter a line.
    filterText: (header) =>
      header.filters.map(({ label, value }) => ({
        text: `${label}：${value}`,
        options: { breakLine: true },
      })),
    stamp: { x: 0.8, y: 5.8, w: WIDE.w - 1.6, h: 0.9, fontSize: 12, color: '86909C' },
  },
  content: {
    title: { x: 0.5, y: 0.3, w: 12.333, h: 0.7, fontSize: 26 },
    filters: { x: 0.5, y: 0.95, w: 12.333, h: 0.4, fontSize: 12, color: '86909C' },
    // All filters in one line under the title.
    filterText: filterLine,
  },
};

/**
 * A new slide laid out as every slide of the pack is: its title, the filters, the stamp where its
 * kind has one, then its body (a chart, an image, a table), and notes naming the filters and where
 * its numbers come from. The notes come last: PowerPoint numbers a slide's shapes in that order.
 */
function addFramedSlide(
  pptx: PptxGenJS,
  header: Header,
  kind: keyof typeof FRAMES,
  title: string,
  sources: readonly string[],
  body: (slide: PptxGenJS.Slide) => void = () => undefined,
): void {
  const frame = FRAMES[kind];
  const slide = pptx.addSlide();
  slide.addText(title, { ...frame.title, fontFace: FONT, bold: true, color: '1F2329' });
  slide.addText(frame.filterText(header), { ...frame.filters, fontFace: FONT });
  if (frame.stamp) {
    slide.addText([header.generatedAt, dataAsOfText(header), header.source].join('\n'), {
      ...frame.stamp,
      fontFace: FONT,
    });
  }
  body(slide);
  slide.addNotes(chartNotes(header, sources));
}

/**
 * The briefing pack as PPTX: a title slide (title, filters, date), one slide per chart (a PNG
 * at 2× or a native chart) with notes naming the data sources, and a data-table slide.
 */
export async function packToPptx(input: PackInput): Promise<Buffer> {
  const { header } = input;
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = header.title;
  pptx.company = '政府信息公开年报看板';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  addFramedSlide(pptx, header, 'cover', header.title, []);

  // Images are drawn side by side on resvg's threads before the slides are laid out.
  const images =
    input.chartStyle === 'image'
      ? await Promise.all(
          input.charts.map((chart) => svgToPng(renderChartSvg(chart.model, PACK_CHART_SIZE), 2)),
        )
      : [];
  input.charts.forEach((chart, index) => {
    addFramedSlide(pptx, header, 'content', chart.title, chart.sources, (slide) => {
      if (input.chartStyle === 'native') {
        addNativeChart(pptx, slide, chart.model);
      } else {
        slide.addImage({
          data: `image/png;base64,${images[index].toString('base64')}`,
          ...CHART_BOX,
          altText: chart.title,
        });
      }
    });
  });

  const headRow = input.table.columns.map((column) => ({
    text: column,
    options: { bold: true, fill: { color: 'E8EEFB' } },
  }));
  const bodyRows = input.table.rows.map((row) =>
    row.map((cell) => ({
      text: cellText(cell),
      options: { align: cell.kind === 'text' ? ('left' as const) : ('right' as const) },
    })),
  );
  addFramedSlide(pptx, header, 'content', input.table.title, input.tableSources, (slide) =>
    slide.addTable([headRow, ...bodyRows], {
      x: 0.5,
      y: 1.5,
      w: 12.333,
      fontFace: FONT,
      fontSize: 14,
      border: { type: 'solid', pt: 0.5, color: 'C9CDD4' },
      autoPage: true,
      autoPageRepeatHeader: true,
    }),
  );

  return (await pptx.write({ outputType: 'nodebuffer' })) as Buffer;
}
