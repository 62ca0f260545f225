import { metricById } from '@ogi/report-schema';
import {
  distributionFixture,
  rankingFixture,
  seriesFixture,
  stat,
  summaryFixture,
} from '../testing';
import {
  CHARTS,
  EXPORTS,
  TABLES,
  chartById,
  exportById,
  type StatsAnswers,
} from './chart-registry';
import { cellText, chartDataTable } from './data-table';
import { applicationsModel } from './overview-models';

const answers: StatsAnswers = {
  summary: summaryFixture(),
  series: seriesFixture(),
  outcomes: distributionFixture({
    outcome_granted: stat(10),
    outcome_granted_share: stat(0.5, 20),
  }),
  applicants: distributionFixture({}),
  appeals: distributionFixture({ review_upheld: stat(3) }),
  ranking: rankingFixture(),
};
const context = { yearFrom: 2021, yearTo: 2025 };

describe('chart registry', () => {
  it('gives every chart and table a unique id and a title for the year range', () => {
    const ids = EXPORTS.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(chartById('outcomes')?.title(context)).toBe('办理结果构成（2021–2025年合计）');
    expect(exportById('kpis')?.kind).toBe('table');
    expect(chartById('kpis')).toBeUndefined();
  });

  it('asks only for metrics the schema defines', () => {
    for (const item of EXPORTS) {
      const { series, ranking } = item.requests;
      for (const id of [...(series?.metrics ?? []), ...(ranking ? [ranking.metric] : [])]) {
        expect(metricById(id)).toBeDefined();
      }
    }
  });

  it('builds each chart model from the answers of its own requests', () => {
    for (const chart of CHARTS) {
      const own = Object.fromEntries(
        Object.keys(chart.requests).map((endpoint) => [
          endpoint,
          answers[endpoint as keyof StatsAnswers],
        ]),
      );
      const model = chart.model(own, context);
      expect(model.categories.length).toBeGreaterThan(0);
      const table = chart.table(own, context);
      expect(table.title).toBe(chart.title(context));
      expect(table.columns[0]).toBe(chart.categoryHeader);
      expect(table.rows).toHaveLength(model.categories.length);
    }
    expect(CHARTS[0].model({ series: answers.series }, context)).toEqual(
      applicationsModel(answers.series),
    );
  });

  it('turns a chart into a table of numbers with note columns, and the KPIs into rows', () => {
    const table = chartDataTable(applicationsModel(answers.series), '年份');
    expect(table.columns[0]).toBe('年份');
    const rate = table.rows[0].find((cell) => cell.kind === 'rate');
    expect(typeof rate?.value).toBe('number');
    expect(cellText({ value: 12345, kind: 'count' })).toBe('12,345');
    expect(cellText({ value: 0.1234, kind: 'rate' })).toBe('12.3%');
    expect(cellText({ value: null, kind: 'rate' })).toBe('—');
    const kpis = TABLES[0].table({ summary: answers.summary }, context);
    expect(kpis.rows[0][0].value).toBe('报告数');
    expect(kpis.rows.length).toBeGreaterThan(3);
  });
});
