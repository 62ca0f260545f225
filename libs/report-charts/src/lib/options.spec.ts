import { escapeHtml } from './escape';
import {
  cartesianOption,
  exportOption,
  tableModel,
  tooltipFormatter,
  type CartesianModel,
} from './options';

interface AxisLike {
  type?: string;
  data?: string[];
  max?: number;
  inverse?: boolean;
  axisLabel: { formatter: (value: number) => string };
}
interface OptionLike {
  xAxis: AxisLike & AxisLike[];
  yAxis: AxisLike & AxisLike[];
  series: { type: string; yAxisIndex?: number; xAxisIndex?: number }[];
  aria: { enabled: boolean };
  title?: unknown;
  backgroundColor?: string;
  animation?: boolean;
}

const model: CartesianModel = {
  title: '测试',
  categories: ['2023年', '<img src=x onerror=alert(1)>街道'],
  series: [
    { name: '本年新收申请', type: 'bar', kind: 'count', values: [1200, null] },
    {
      name: '公开率<b>',
      type: 'line',
      kind: 'rate',
      values: [0.5, 0.25],
      notes: ['n = 10', '<i>n</i>'],
    },
  ],
};

describe('chart options', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('puts counts and rates on two value axes', () => {
    const option = cartesianOption(model) as unknown as OptionLike;
    expect(option.xAxis.data).toEqual(model.categories);
    expect(option.yAxis).toHaveLength(2);
    expect(option.yAxis[1].max).toBe(1);
    expect(option.yAxis[0].axisLabel.formatter(25000)).toBe('2.5万');
    expect(option.yAxis[1].axisLabel.formatter(0.5)).toBe('50%');
    expect(option.series.map((s) => [s.type, s.yAxisIndex])).toEqual([
      ['bar', 0],
      ['line', 1],
    ]);
    expect(option.aria.enabled).toBe(true);
  });

  it('swaps the axes of horizontal charts', () => {
    const option = cartesianOption({
      ...model,
      horizontal: true,
      series: [model.series[0]],
    }) as unknown as OptionLike;
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.inverse).toBe(true);
    expect(option.xAxis).toHaveLength(1);
    expect(option.series[0].xAxisIndex).toBe(0);
  });

  it('escapes every name in the tooltip and formats the values', () => {
    const html = tooltipFormatter(model)([
      { seriesIndex: 0, dataIndex: 1, marker: '<span></span>' },
      { seriesIndex: 1, dataIndex: 1, marker: '' },
    ]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;街道');
    expect(html).toContain('本年新收申请：—');
    expect(html).toContain('公开率&lt;b&gt;：25.0%（&lt;i&gt;n&lt;/i&gt;）');
  });

  it('gives the same data as a table', () => {
    expect(tableModel(model, '年份')).toMatchObject({
      columns: ['年份', '本年新收申请', '公开率<b>'],
      rows: [
        { key: '0', cells: ['2023年', '1,200', '50.0%（n = 10）'] },
        { key: '1', cells: [model.categories[1], '—', '25.0%（<i>n</i>）'] },
      ],
    });
  });

  it('sorts its table by the values behind the text, no value as null', () => {
    expect(tableModel(model, '年份').rows.map((row) => row.sort)).toEqual([
      ['2023年', 1200, 0.5],
      [model.categories[1], null, 0.25],
    ]);
  });

  it('writes the title, filters and source into exported images', () => {
    const option = exportOption(
      cartesianOption(model),
      '标题',
      '2020–2024年\n数据来源',
    ) as unknown as OptionLike;
    expect(option.title).toMatchObject({ text: '标题', subtext: '2020–2024年\n数据来源' });
    expect(option.backgroundColor).toBe('#ffffff');
    expect(option.animation).toBe(false);
  });
});

describe('exported images of scrolled charts', () => {
  it('drop the slider, so every category is in the image', () => {
    const many: CartesianModel = {
      title: '排名',
      horizontal: true,
      categories: Array.from({ length: 30 }, (_, i) => `单位${i}`),
      series: [{ name: '件数', type: 'bar', kind: 'count', values: Array(30).fill(1) }],
      zoomAfter: 15,
    };
    const option = cartesianOption(many);
    expect(option['dataZoom']).toBeDefined();
    expect(exportOption(option, '排名', '全部')['dataZoom']).toBeUndefined();
  });
});
