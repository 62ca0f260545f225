import { matrixFixture, rateStat, stat } from '../testing/stats-fixtures';
import { officeCompareData } from './compare-models';
import {
  heatmapHasData,
  heatmapModel,
  heatmapOption,
  heatmapTable,
  HEATMAP_VISIBLE_ROWS,
} from './heatmap';

const data = officeCompareData(
  matrixFixture(
    'disclosure_rate',
    [2024, 2025],
    [
      { id: 1, name: '<img src=x onerror=alert(1)>街道', values: [rateStat(1, 2), rateStat(0, 0)] },
      { id: 2, name: '和平镇', values: [null, rateStat(30, 40)] },
    ],
  ),
);

interface HeatOption {
  series: { name: string; type: string; data: unknown[] }[];
  visualMap: { seriesIndex: number | number[]; min?: number; max?: number; show?: boolean }[];
  tooltip: { formatter: (param: unknown) => string };
  yAxis: { data: string[]; inverse: boolean };
  dataZoom: unknown[];
}

describe('office × year heat map', () => {
  it('tells values, reports without the figure and missing reports apart', () => {
    const model = heatmapModel(data);
    expect(model.cells.map((row) => row.map((cell) => cell.state))).toEqual([
      ['value', 'empty'],
      ['missing', 'value'],
    ]);
    expect(model.cells[0][0]).toMatchObject({ value: 0.5, note: '1/2，样本较小', weak: true });
    expect(heatmapHasData(model)).toBe(true);
  });

  it('colours only values through the visual map; empty and missing cells are series of their own', () => {
    const option = heatmapOption(heatmapModel(data)) as unknown as HeatOption;
    expect(option.series.map((s) => [s.name, s.data.length])).toEqual([
      ['公开率', 2],
      ['无报告', 1],
      ['无此数据', 1],
    ]);
    expect(option.visualMap[0]).toMatchObject({ seriesIndex: 0, min: 0, max: 0.75 });
    expect(option.visualMap[1]).toMatchObject({ seriesIndex: [1, 2], show: false });
    expect(option.series[0].data).toContainEqual([1, 1, 0.75]);
    expect(option.series[0].data).toContainEqual(
      expect.objectContaining({ value: [0, 0, 0.5], itemStyle: expect.any(Object) }),
    );
    expect(option.series[1].data).toEqual([[0, 1, 0]]);
    expect(option.series[2].data).toEqual([[1, 0, 1]]);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.dataZoom).toEqual([]);
  });

  it('escapes office names in the tooltip and says what a cell is', () => {
    const option = heatmapOption(heatmapModel(data)) as unknown as HeatOption;
    const text = option.tooltip.formatter({ data: { value: [0, 0, 0.5] } });
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;街道');
    expect(text).not.toContain('<img');
    expect(text).toContain('50.0%（1/2，样本较小）');
    expect(option.tooltip.formatter({ data: [0, 1, 0] })).toContain('无报告');
    expect(option.tooltip.formatter({ data: [1, 0, 1] })).toContain('无此数据');
  });

  it('scrolls vertically when there are more offices than fit', () => {
    const many = officeCompareData(
      matrixFixture(
        'applications_new',
        [2025],
        Array.from({ length: HEATMAP_VISIBLE_ROWS + 1 }, (_, i) => ({
          id: i + 1,
          name: `单位${i}`,
          values: [stat(i)],
        })),
      ),
    );
    const option = heatmapOption(heatmapModel(many)) as unknown as HeatOption;
    expect(option.dataZoom).toContainEqual(
      expect.objectContaining({ type: 'slider', yAxisIndex: 0 }),
    );
  });

  it('reads as a table with the same words', () => {
    expect(heatmapTable(heatmapModel(data))).toMatchObject({
      columns: ['单位', '2024年', '2025年'],
      rows: [
        {
          key: '0',
          cells: ['<img src=x onerror=alert(1)>街道', '50.0%（1/2，样本较小）', '无此数据'],
        },
        { key: '1', cells: ['和平镇', '无报告', '75.0%（30/40）'] },
      ],
    });
  });
});
