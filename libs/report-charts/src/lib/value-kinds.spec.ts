import { metricById, METRICS } from '@ogi/report-schema';
import { cellText, chartDataTable } from './data-table';
import { formatAxisValue, formatValue } from './format';
import { heatmapModel, heatmapOption } from './heatmap';
import { cartesianOption, valueScale, wholeNumberStep, type CartesianModel } from './options';
import { metricKind } from './overview-models';
import { smallMultiplesModel, smallMultiplesOption } from './small-multiples';
import type { CompareData } from './compare-models';
import { stat } from '../testing';

const axes = (option: Record<string, unknown>) =>
  option['yAxis'] as { minInterval?: number; max?: number }[];

describe('value kinds: counts, amounts and rates', () => {
  it('takes every metric kind from the schema: 行政事业性收费金额 is an amount, not a count', () => {
    expect(metricKind('admin_fees_amount')).toBe('amount');
    expect(metricKind('applications_new')).toBe('count');
    expect(metricKind('disclosure_rate')).toBe('rate');
    for (const metric of METRICS) expect(metricKind(metric.id)).toBe(metric.kind);
    expect(metricById('admin_fees_amount')?.unit).toBe('万元');
  });

  it('scales counts in whole steps, amounts freely, rates from 0 to 100 %', () => {
    expect(valueScale('count')).toEqual({ min: 0, minInterval: 1 });
    expect(valueScale('amount')).toEqual({ min: 0 });
    expect(valueScale('rate')).toEqual({ min: 0, max: 1 });
  });

  it('gives a count axis beside a rate axis whole steps, and an amount chart none', () => {
    const mixed: CartesianModel = {
      title: '申请',
      categories: ['2024年'],
      series: [
        { name: '收到申请', type: 'bar', kind: 'count', values: [3] },
        { name: '公开率', type: 'line', kind: 'rate', values: [0.5] },
      ],
    };
    expect(axes(cartesianOption(mixed)).map((axis) => axis.minInterval)).toEqual([1, undefined]);
    const fees: CartesianModel = {
      title: '收费',
      categories: ['2024年'],
      series: [{ name: '收费金额', type: 'bar', kind: 'amount', values: [1.25] }],
    };
    expect(axes(cartesianOption(fees))[0].minInterval).toBeUndefined();
  });

  it('writes amounts with their decimals and counts with 千分位', () => {
    expect(formatValue(1234.5, 'amount')).toBe('1,234.5');
    expect(formatValue(12345, 'count')).toBe('12,345');
    expect(formatAxisValue(0.5, 'rate')).toBe('50%');
    expect(formatAxisValue(25000, 'count')).toBe('2.5万');
    expect(cellText({ value: 0.25, kind: 'amount' })).toBe('0.25');
  });

  it('keeps the kind of an amount series in the exported data table', () => {
    const table = chartDataTable({
      title: '收费',
      categories: ['甲'],
      series: [{ name: '收费金额', type: 'bar', kind: 'amount', values: [1.25] }],
    });
    expect(table.rows[0][1]).toEqual({ value: 1.25, kind: 'amount' });
  });
});

describe('whole-number steps for programs that pick their own ticks', () => {
  it.each([
    [0, 1],
    [3, 1],
    [5, 1],
    [7, 2],
    [12, 5],
    [48, 10],
    [100, 20],
    [1234, 500],
    [9e6, 2e6],
  ])('steps an axis up to %d by %d', (max, step) => {
    expect(wholeNumberStep(max)).toBe(step);
    expect(Number.isInteger(wholeNumberStep(max))).toBe(true);
  });
});

describe('compare charts of counts', () => {
  const data = (kind: CompareData['kind']): CompareData => ({
    metricId: kind === 'amount' ? 'admin_fees_amount' : 'applications_new',
    kind,
    entityLabel: '单位',
    entity: 'office',
    years: [2023, 2024],
    entities: [
      {
        id: 1,
        name: '甲',
        values: [stat(1), stat(3)],
      },
    ],
  });

  it('gives every small multiple of counts whole steps, of amounts none', () => {
    const page = { offset: 0, count: 24, columns: 4 };
    const counts = smallMultiplesOption(smallMultiplesModel(data('count'), page));
    expect(axes(counts).every((axis) => axis.minInterval === 1 && axis.max === 3)).toBe(true);
    const amounts = smallMultiplesOption(smallMultiplesModel(data('amount'), page));
    expect(axes(amounts).every((axis) => axis.minInterval === undefined)).toBe(true);
  });

  it('stops the heat map scale of counts at whole numbers', () => {
    const option = heatmapOption(heatmapModel(data('count')));
    const [scale] = option['visualMap'] as { precision?: number }[];
    expect(scale.precision).toBe(0);
    const fees = heatmapOption(heatmapModel(data('amount')));
    expect((fees['visualMap'] as { precision?: number }[])[0].precision).toBeUndefined();
  });
});
