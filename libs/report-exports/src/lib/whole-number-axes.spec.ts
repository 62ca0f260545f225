import { closeExtractors } from '@ogi/report-extract';
import type { CartesianModel, SeriesModel } from '@ogi/report-charts';
import { packToPdf } from './pdf';
import { packToPptx } from './pptx';
import { renderChartSvg } from './svg';
import { openPdf, openPptx, packFixture } from '../testing';

// Rasterising and PDF reading take seconds on a busy 2-core machine.
jest.setTimeout(60_000);

afterAll(() => closeExtractors());

const model = (kind: SeriesModel['kind'], values: number[]): CartesianModel => ({
  title: '小数值',
  categories: values.map((_, index) => `单位${index + 1}`),
  series: [{ name: kind === 'amount' ? '收费金额' : '收到申请', type: 'bar', kind, values }],
});

/** The numbers written on the chart's axis (ECharts' SVG text), in order. */
function axisNumbers(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((match) => match[1].trim())
    .filter((text) => /^-?[\d,]+(\.\d+)?$/.test(text));
}

describe('whole-number axes for counts', () => {
  it('ticks a chart of small counts 0, 1, 2, 3 as the page and the exports draw it, never 0.5', () => {
    const svg = renderChartSvg(model('count', [1, 3, 2]), { width: 600, height: 300 });
    expect(axisNumbers(svg)).toEqual(['0', '1', '2', '3']);
  });

  it('ticks a count of one in whole steps too (0 and 1, not 0.2, 0.4, …)', () => {
    const svg = renderChartSvg(model('count', [1, 0, 1]), { width: 600, height: 300 });
    expect(axisNumbers(svg)).toEqual(['0', '1']);
  });

  it('keeps decimal ticks for amounts (万元), which are money and may have them', () => {
    const svg = renderChartSvg(model('amount', [0.4, 1.3, 0.9]), { width: 600, height: 300 });
    const ticks = axisNumbers(svg);
    expect(ticks.some((tick) => tick.includes('.'))).toBe(true);
  });

  it('prints no fractional tick in the PDF of a pack whose counts are small', async () => {
    const pack = packFixture();
    const small = { ...pack, charts: [{ ...pack.charts[3], model: model('count', [2, 1, 3]) }] };
    const pdf = await openPdf(await packToPdf(small));
    const chartPage = pdf.text.slice(pdf.text.indexOf(pack.charts[3].title));
    expect(chartPage).toMatch(/单位1/);
    expect(chartPage).not.toMatch(/(^|\s)[0-3]\.5(\s|$)/m);
  });

  it('gives native PowerPoint charts of counts a whole major unit and a "#,##0" axis', async () => {
    const pack = packFixture('native');
    const charts = [
      { ...pack.charts[0], model: model('count', [1, 3, 2]) },
      { ...pack.charts[0], model: model('count', [1234, 860, 95]) },
      { ...pack.charts[0], model: model('amount', [0.4, 1.3, 0.9]) },
    ];
    const pptx = openPptx(await packToPptx({ ...pack, charts }));
    const [small, large, amount] = pptx.chartXmls;
    expect(small).toContain('<c:majorUnit val="1"/>');
    expect(small).toContain('formatCode="#,##0"');
    expect(large).toContain('<c:majorUnit val="500"/>');
    expect(amount).not.toContain('<c:majorUnit');
    expect(amount).toContain('formatCode="#,##0.00"');
    // An optional decimal ("#,##0.##") makes PowerPoint and WPS print "23.".
    for (const xml of pptx.chartXmls) expect(xml).not.toContain('0.#');
  });

  it('gives the native chart of counts and rates a whole unit on the count axis only', async () => {
    const pack = packFixture('native');
    const pptx = openPptx(await packToPptx({ ...pack, charts: [pack.charts[0]] }));
    const [xml] = pptx.chartXmls;
    expect(xml.match(/<c:majorUnit val="\d+"\/>/g)).toHaveLength(1);
    expect(xml).toContain('formatCode="0%"');
  });
});
