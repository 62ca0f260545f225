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
  rankedChart,
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

describe('a ranking chart with its top or bottom N chosen', () => {
  const chart = chartById('top-offices');
  const context = { yearFrom: 2020, yearTo: 2024 };

  it('asks the API for the lowest first and says so in its title', () => {
    if (!chart) throw new Error('top-offices is registered');
    const bottom = rankedChart(chart, { order: 'asc', limit: 5 }, 100);
    expect(bottom.requests.ranking).toEqual({ metric: 'applications_new', order: 'asc', limit: 5 });
    expect(chart.title({ ...context, rank: { order: 'asc', limit: 5 } })).toBe(
      '申请数量后 5 的单位（2024年）',
    );
  });

  it('keeps its usual title for the highest ten, and asks for the largest ranking for all', () => {
    if (!chart) throw new Error('top-offices is registered');
    expect(chart.title({ ...context, rank: { order: 'desc', limit: 10 } })).toBe(
      '申请数量前十的单位（2024年）',
    );
    const all = rankedChart(chart, { order: 'desc', limit: null }, 100);
    expect(all.requests.ranking?.limit).toBe(100);
  });
});
