import { breakdownFixture, matrixFixture, rateStat, stat } from '../testing/stats-fixtures';
import {
  compareRankingModel,
  groupedBarsModel,
  officeCompareData,
  regionCompareData,
  statNote,
  yearsWithin,
} from './compare-models';
import { cartesianOption, tableModel, TONE_COLOURS } from './options';

const YEARS = [2023, 2024, 2025];

const correction = () =>
  officeCompareData(
    matrixFixture('correction_rate', YEARS, [
      {
        id: 1,
        name: '东兴街道办事处',
        values: [rateStat(1, 10), rateStat(2, 10), rateStat(5, 10)],
      },
      { id: 2, name: '<b>西城</b>街道', values: [null, rateStat(3, 10), rateStat(1, 10)] },
      { id: 3, name: '和平镇', values: [rateStat(0, 0), null, rateStat(1, 1)] },
      { id: 4, name: '无报告镇', values: [null, null, null] },
    ]),
  );

describe('compare data', () => {
  it('reads offices × years from the matrix, keeping years without a report as null', () => {
    const data = correction();
    expect(data).toMatchObject({ metricId: 'correction_rate', kind: 'rate', entityLabel: '单位' });
    expect(data.entities.map((e) => e.name)).toEqual([
      '东兴街道办事处',
      '<b>西城</b>街道',
      '和平镇',
      '无报告镇',
    ]);
    expect(data.entities[1].values[0]).toBeNull();
  });

  it('joins one region breakdown per year; a region absent from a year had no report', () => {
    const data = regionCompareData('applications_new', YEARS, [
      breakdownFixture(2023, 'applications_new', [{ id: 5, name: '乙区', value: stat(10) }]),
      breakdownFixture(2024, 'applications_new', [
        { id: 5, name: '乙区', value: stat(12) },
        { id: 4, name: '甲区', value: stat(7) },
      ]),
      breakdownFixture(2025, 'applications_new', []),
    ]);
    expect(data.entityLabel).toBe('地区');
    expect(data.entities.map((e) => [e.name, e.values.map((v) => v?.value ?? null)])).toEqual([
      ['甲区', [null, 7, null]],
      ['乙区', [10, 12, null]],
    ]);
  });

  it('keeps only the years of the filter', () => {
    const data = yearsWithin(correction(), 2024, 2025);
    expect(data.years).toEqual([2024, 2025]);
    expect(data.entities[0].values.map((v) => v?.numerator)).toEqual([2, 5]);
  });

  it('notes a rate with its numerator/denominator and marks fewer than 5 cases', () => {
    expect(statNote(rateStat(3, 40), 'rate')).toBe('3/40');
    expect(statNote(rateStat(1, 1), 'rate')).toBe('1/1，样本较小');
    expect(statNote(stat(12), 'count')).toBeNull();
    expect(statNote(null, 'rate')).toBe('无报告');
  });
});

describe('grouped bars', () => {
  it('shows one bar per year for each entity, small samples drawn lighter and hatched', () => {
    const model = groupedBarsModel(correction());
    expect(model.categories).toHaveLength(4);
    expect(model.series.map((s) => s.name)).toEqual(['2023年', '2024年', '2025年']);
    expect(model.series[2].notes?.[2]).toBe('1/1，样本较小');
    expect(model.series[2].weak).toEqual([false, false, true, false]);
    const option = cartesianOption(model) as { series: { data: unknown[] }[] };
    expect(option.series[2].data[2]).toMatchObject({ value: 1, itemStyle: { opacity: 0.45 } });
    expect(option.series[2].data[0]).toBe(0.5);
  });

  const offices = (count: number, years: number[], prefix = '单位') =>
    officeCompareData(
      matrixFixture(
        'applications_new',
        years,
        Array.from({ length: count }, (_, i) => ({
          id: i + 1,
          name: `${prefix}${i}`,
          values: years.map(() => stat(i)),
        })),
      ),
    );
  const zoomEnd = (data: ReturnType<typeof offices>) =>
    (
      cartesianOption(groupedBarsModel(data)) as {
        dataZoom?: { type: string; xAxisIndex?: number; endValue: number }[];
      }
    ).dataZoom?.map((z) => [z.type, z.xAxisIndex, z.endValue]);

  it('scrolls with a horizontal slider once about sixty bars would stand side by side', () => {
    const seven = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
    expect(zoomEnd(offices(12, seven))).toEqual([
      ['slider', 0, 9],
      ['inside', 0, 9],
    ]);
    // Three years: twenty offices fit without scrolling, the twenty-first scrolls.
    expect(zoomEnd(offices(20, YEARS))).toBeUndefined();
    expect(zoomEnd(offices(21, YEARS))?.[0]).toEqual(['slider', 0, 19]);
    expect(zoomEnd(correction())).toBeUndefined();
  });

  it('draws every entity name: none hidden for overlapping, long names turned', () => {
    const option = cartesianOption(groupedBarsModel(offices(20, YEARS, '东城区人民政府'))) as {
      xAxis: { axisLabel: Record<string, unknown> };
    };
    expect(option.xAxis.axisLabel).toMatchObject({ interval: 0, hideOverlap: false, rotate: 45 });
  });

  it('leads from a bar to its office in the year of its series', () => {
    const model = groupedBarsModel(correction());
    expect(model.drill).toEqual({ entity: 'office', ids: [1, 2, 3, 4], years: YEARS });
  });
});

describe('ranking with year-on-year arrows', () => {
  it('ranks by the last year, no value last, with the change on the year before', () => {
    const model = compareRankingModel(correction(), 2025);
    expect(model.categories).toEqual(['和平镇', '东兴街道办事处', '<b>西城</b>街道', '无报告镇']);
    expect(model.series[0].values).toEqual([1, 0.5, 0.1, null]);
    expect(model.marks?.map((mark) => mark?.text ?? null)).toEqual([
      null,
      '↑ +30.0 个百分点',
      '↓ -20.0 个百分点',
      null,
    ]);
    expect(model.series[0].notes?.[0]).toBe('1/1，样本较小；上年无报告');
    expect(model.series[0].notes?.[1]).toBe('5/10；上年 20.0%');
  });

  it('colours a rising correction rate red and a rising disclosure rate green; counts grey', () => {
    expect(compareRankingModel(correction(), 2025).marks?.[1]?.tone).toBe('bad');
    const disclosure = officeCompareData(
      matrixFixture('disclosure_rate', YEARS, [
        { id: 1, name: '甲', values: [null, rateStat(5, 10), rateStat(8, 10)] },
      ]),
    );
    expect(compareRankingModel(disclosure, 2025).marks?.[0]?.tone).toBe('good');
    const counts = officeCompareData(
      matrixFixture('applications_new', YEARS, [
        { id: 1, name: '甲', values: [null, stat(5), stat(8)] },
      ]),
    );
    expect(compareRankingModel(counts, 2025).marks?.[0]).toEqual({
      text: '↑ +60.0%',
      tone: 'neutral',
      value: 0.6,
    });
  });

  it('writes the mark after the bar in its tone colour, and in the table', () => {
    const model = compareRankingModel(correction(), 2025);
    const option = cartesianOption(model) as {
      series: {
        label: { formatter: (p: unknown) => string; rich: Record<string, { color: string }> };
      }[];
    };
    const label = option.series[0].label;
    expect(label.formatter({ dataIndex: 1, value: 0.5 })).toBe('50.0% {bad|↑ +30.0 个百分点}');
    expect(label.rich['bad'].color).toBe(TONE_COLOURS.bad);
    const table = tableModel(model, '单位');
    expect(table.columns).toEqual(['单位', '2025年', '较上年']);
    expect(table.rows[2].cells).toEqual([
      '<b>西城</b>街道',
      '10.0%（1/10；上年 30.0%）',
      '↓ -20.0 个百分点',
    ]);
  });

  it('shows the bottom N lowest first, rows without a value last whatever the order', () => {
    const bottom = compareRankingModel(correction(), 2025, { order: 'asc', limit: 2 });
    expect(bottom.categories).toEqual(['<b>西城</b>街道', '东兴街道办事处']);
    expect(bottom.title).toBe('复议诉讼纠错率排名（2025年，后 2）');
    const all = compareRankingModel(correction(), 2025, { order: 'asc', limit: null });
    expect(all.categories).toEqual(['<b>西城</b>街道', '东兴街道办事处', '和平镇', '无报告镇']);
    const top = compareRankingModel(correction(), 2025, { order: 'desc', limit: 3 });
    expect(top.series[0].values).toEqual([1, 0.5, 0.1]);
    expect(top.drill).toEqual({ entity: 'office', ids: [3, 1, 2], years: [2025] });
  });

  it('sorts its table by the numbers behind the text, the change by its signed value', () => {
    const table = tableModel(compareRankingModel(correction(), 2025), '单位');
    const sorts = table.rows.map((row) => row.sort);
    expect(sorts.map((sort) => sort?.slice(0, 2))).toEqual([
      ['和平镇', 1],
      ['东兴街道办事处', 0.5],
      ['<b>西城</b>街道', 0.1],
      ['无报告镇', null],
    ]);
    expect(sorts.map((sort) => sort?.[2])).toEqual([
      null,
      expect.closeTo(0.3),
      expect.closeTo(-0.2),
      null,
    ]);
    expect(table.rows[0].targets).toEqual([
      { entity: 'office', id: 3, year: 2025 },
      { entity: 'office', id: 3, year: 2025 },
      null,
    ]);
  });

  it('scrolls vertically once more than fifteen entities are ranked', () => {
    const many = officeCompareData(
      matrixFixture(
        'applications_new',
        YEARS,
        Array.from({ length: 16 }, (_, i) => ({
          id: i + 1,
          name: `单位${i}`,
          values: [stat(i), stat(i), stat(i + 1)],
        })),
      ),
    );
    const option = cartesianOption(compareRankingModel(many, 2025)) as {
      dataZoom: { type: string; yAxisIndex?: number; orient?: string }[];
    };
    expect(option.dataZoom[0]).toMatchObject({ type: 'slider', yAxisIndex: 0, orient: 'vertical' });
  });
});
