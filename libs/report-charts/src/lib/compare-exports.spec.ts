import { compareChartModel, compareDataTable } from './compare-exports';
import type { CompareData } from './compare-models';
import { stat } from '../testing';

/** Two offices over 2023–2025, as the page fetches them for a 2024–2025 filter. */
const DATA: CompareData = {
  metricId: 'applications_new',
  kind: 'count',
  entityLabel: '单位',
  entity: 'office',
  years: [2023, 2024, 2025],
  entities: [
    { id: 1, name: '甲街道', values: [stat(10), stat(12), stat(9)] },
    { id: 2, name: '乙镇', values: [null, stat(3), stat(30)] },
  ],
};
const RANGE = { yearFrom: 2024, yearTo: 2025 };

describe('the data of the 对比 charts', () => {
  it('writes the bars, heat map and small multiples as entities × the filter’s years', () => {
    for (const chart of ['bars', 'heatmap', 'multiples'] as const) {
      const table = compareDataTable(chart, DATA, RANGE);
      expect(table.columns.slice(0, 2)).toEqual(['单位', '2024年']);
      expect(table.columns).not.toContain('2023年');
      expect(table.rows.map((row) => row[0].value)).toEqual(['甲街道', '乙镇']);
      expect(table.rows[0][1]).toEqual({ value: 12, kind: 'count' });
    }
    expect(compareDataTable('heatmap', DATA, RANGE).title).toContain('单位 × 年份');
    expect(compareDataTable('multiples', DATA, RANGE).title).toContain('每个单位一图');
  });

  it('writes the ranking of the last year, highest first, with the change on the year before', () => {
    const table = compareDataTable('ranking', DATA, RANGE);
    expect(table.columns.at(-1)).toBe('较上年');
    expect(table.rows.map((row) => [row[0].value, row[1].value, row.at(-1)?.value])).toEqual([
      ['乙镇', 30, '↑ +900.0%'],
      ['甲街道', 9, '↓ -25.0%'],
    ]);
  });

  it('draws the pack’s 对比 charts as the page does', () => {
    expect(compareChartModel('bars', DATA, RANGE).series.map((s) => s.name)).toEqual([
      '2024年',
      '2025年',
    ]);
    expect(compareChartModel('ranking', DATA, RANGE).categories).toEqual(['乙镇', '甲街道']);
  });
});
