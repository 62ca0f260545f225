import { matrixFixture, stat } from '../testing/stats-fixtures';
import { chartExportHeight, chartHasData, chartOption } from './chart-spec';
import { officeCompareData } from './compare-models';
import { exportOption, EXPORT_HEADING } from './options';
import {
  PANEL_HEIGHT,
  smallMultiplesModel,
  smallMultiplesOption,
  smallMultiplesTable,
} from './small-multiples';

const data = officeCompareData(
  matrixFixture(
    'applications_new',
    [2024, 2025],
    Array.from({ length: 6 }, (_, i) => ({
      id: i + 1,
      name: i === 0 ? '<b>东兴</b>街道' : `单位${i}`,
      values: [stat(i * 10), i === 5 ? null : stat(i * 20)],
    })),
  ),
);

interface GridOption {
  grid: { top: number }[];
  title: { text: string; top: number }[];
  xAxis: { gridIndex: number }[];
  yAxis: { gridIndex: number; max: number }[];
  series: { xAxisIndex: number; yAxisIndex: number; type: string }[];
  tooltip: { formatter: (params: unknown) => string };
  dataZoom?: unknown;
}

describe('small multiples', () => {
  it('draws one grid per entity of the page from one option, on a y scale shared by all entities', () => {
    const model = smallMultiplesModel(data, { offset: 0, count: 4, columns: 2 });
    expect(model.panels.map((panel) => panel.name)).toEqual([
      '<b>东兴</b>街道',
      '单位1',
      '单位2',
      '单位3',
    ]);
    // 单位4's 80 is on another page, and still sets the scale.
    expect(model.yMax).toBe(80);
    const option = smallMultiplesOption(model) as unknown as GridOption;
    expect(option.grid).toHaveLength(4);
    expect(option.series.map((s) => [s.xAxisIndex, s.yAxisIndex, s.type])).toEqual([
      [0, 0, 'bar'],
      [1, 1, 'bar'],
      [2, 2, 'bar'],
      [3, 3, 'bar'],
    ]);
    expect(option.yAxis.every((axis) => axis.max === 80)).toBe(true);
    expect(option.grid[2].top).toBe(option.grid[0].top + PANEL_HEIGHT);
    expect(option.title[0].text).toBe('<b>东兴</b>街道');
  });

  it('escapes names in the tooltip and lists years as a table', () => {
    const model = smallMultiplesModel(data, { offset: 0, count: 6, columns: 3 });
    const option = smallMultiplesOption(model) as unknown as GridOption;
    const text = option.tooltip.formatter([{ seriesIndex: 0, dataIndex: 1 }]);
    expect(text).toBe('<strong>&lt;b&gt;东兴&lt;/b&gt;街道</strong><br/>2025年：0');
    expect(smallMultiplesTable(model).rows[5].cells).toEqual(['单位5', '50', '—（无报告）']);
    expect(chartHasData(model)).toBe(true);
  });

  it('exports with the heading above every panel and all of them in the image', () => {
    const model = smallMultiplesModel(data, { offset: 0, count: 6, columns: 3 });
    const option = smallMultiplesOption(model) as unknown as GridOption;
    const exported = exportOption(
      chartOption(model),
      '申请',
      '2024–2025年',
    ) as unknown as GridOption;
    expect(exported.grid.map((g) => g.top)).toEqual(option.grid.map((g) => g.top + EXPORT_HEADING));
    expect(exported.title[0]).toMatchObject({ text: '申请', subtext: '2024–2025年' });
    expect(exported.title).toHaveLength(7);
    expect(chartExportHeight(model, 100)).toBe(2 * PANEL_HEIGHT + 8);
  });
});
