import {
  CHARTS,
  TABLES,
  type CartesianModel,
  type ChartContext,
  type StatsAnswers,
} from '@ogi/report-charts';
import {
  distributionFixture,
  rankingFixture,
  seriesFixture,
  stat,
  summaryFixture,
} from '@ogi/report-charts/testing';
import type { ExportHeader } from '../lib/header';
import type { PackInput } from '../lib/pack';

/** A pack of every registered chart over the shared stats fixtures, for this library's tests. */
export const CONTEXT: ChartContext = { yearFrom: 2021, yearTo: 2025 };

export function answersFixture(): StatsAnswers {
  return {
    summary: summaryFixture(),
    series: seriesFixture(),
    outcomes: distributionFixture({
      outcome_granted: stat(1200),
      outcome_partially_granted: stat(300),
      outcome_withheld: stat(80),
      outcome_unable: stat(640),
      outcome_not_processed: stat(45),
      outcome_other_handling: stat(12),
    }),
    applicants: distributionFixture({}),
    appeals: distributionFixture({
      review_upheld: stat(20),
      review_corrected: stat(4),
      litigation_upheld: stat(9),
    }),
    ranking: rankingFixture(),
  };
}

export const HEADER: ExportHeader = {
  title: '政府信息公开工作汇报',
  filters: [
    { label: '年份', value: '2021–2025年' },
    { label: '地区', value: '银州区、<昌图县>' },
  ],
  generatedAt: '2026年11月27日 09:30',
  dataAsOf: '2026年11月20日 16:05',
  source: '数据来源：政府信息公开工作年度报告（政府信息公开年报看板）',
};

export function modelOf(id: string): CartesianModel {
  const chart = CHARTS.find((item) => item.id === id);
  if (!chart) throw new Error(`no chart ${id}`);
  return chart.model(answersFixture(), CONTEXT);
}

export function packFixture(chartStyle: PackInput['chartStyle'] = 'image'): PackInput {
  return {
    header: HEADER,
    charts: CHARTS.map((chart) => ({
      id: chart.id,
      title: chart.title(CONTEXT),
      model: chart.model(answersFixture(), CONTEXT),
      categoryHeader: chart.categoryHeader,
      sources: [`GET /api/stats/${Object.keys(chart.requests)[0]}`],
    })),
    table: TABLES[0].table(answersFixture(), CONTEXT),
    tableSources: ['GET /api/stats/summary'],
    chartStyle,
  };
}
