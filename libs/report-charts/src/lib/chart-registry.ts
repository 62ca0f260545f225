import type { GetResponse } from '@ogi/api-contract';
import { chartDataTable, kpiDataTable, type DataTable } from './data-table';
import type { CartesianModel } from './options';
import {
  APPLICATION_METRICS,
  appealsModel,
  applicationsModel,
  outcomesModel,
  rankingModel,
} from './overview-models';
import { rankChoiceText, type RankChoice } from './rank-choice';
/**
 * Every chart and table the exports can make, registered once: which stats endpoints (and with
 * which parameters besides the global filters) it needs, and how their answers become a chart
 * model. The web's pages and the server's exports both read it, so a chart added here appears
 * on the page, in the export menu and in the briefing pack alike.
 */

/** Parameters of each stats endpoint a chart may ask for (the global filters come on top). */
export interface StatsRequests {
  summary: Record<string, never>;
  series: { metrics: readonly string[] };
  outcomes: Record<string, never>;
  applicants: Record<string, never>;
  appeals: Record<string, never>;
  ranking: { metric: string; limit?: number; order?: 'asc' | 'desc' };
}

/** The answer of each endpoint, from the api contract. */
export type StatsAnswers = { [E in StatsEndpoint]: GetResponse<`/stats/${E}`> };

export type StatsEndpoint = keyof StatsRequests;

/** What a title or an empty note may depend on besides the data: the year range. */
export interface ChartContext {
  yearFrom: number;
  yearTo: number;
  /** A ranking's top or bottom N (absent: the highest ten). */
  rank?: RankChoice;
}

interface Definition<K extends StatsEndpoint, Out> {
  id: string;
  /** The title before any data arrived (menus, the pack dialog, a card still loading). */
  title: (context: ChartContext) => string;
  requests: { [E in K]: StatsRequests[E] };
  build: (answers: { [E in K]: StatsAnswers[E] }, context: ChartContext) => Out;
}

export interface ChartDefinition<K extends StatsEndpoint = StatsEndpoint>
  extends Definition<K, CartesianModel> {
  kind: 'chart';
  /** The header of the category column of its table. */
  categoryHeader: string;
  emptyText: (context: ChartContext) => string;
  height?: number;
}

export interface TableDefinition<K extends StatsEndpoint = StatsEndpoint>
  extends Definition<K, DataTable> {
  kind: 'table';
}

/** A registered chart or table with the endpoint types erased (what lists and lookups hold). */
export interface RegisteredExport {
  kind: 'chart' | 'table';
  id: string;
  title: (context: ChartContext) => string;
  requests: Partial<StatsRequests>;
  /** The data behind it as a table (a chart's model turned into rows). */
  table: (answers: Partial<StatsAnswers>, context: ChartContext) => DataTable;
}

export interface RegisteredChart extends RegisteredExport {
  kind: 'chart';
  categoryHeader: string;
  emptyText: (context: ChartContext) => string;
  height: number;
  model: (answers: Partial<StatsAnswers>, context: ChartContext) => CartesianModel;
}

export interface RegisteredTable extends RegisteredExport {
  kind: 'table';
}

/** Checks a chart's requests against its builder, then erases the endpoint types. */
export function defineChart<K extends StatsEndpoint>(chart: Omit<ChartDefinition<K>, 'kind'>) {
  // The registry hands `build` only the answers to its own requests (see statsAnswersFor).
  const model = chart.build as unknown as RegisteredChart['model'];
  const registered: RegisteredChart = {
    kind: 'chart',
    id: chart.id,
    title: chart.title,
    requests: chart.requests as Partial<StatsRequests>,
    categoryHeader: chart.categoryHeader,
    emptyText: chart.emptyText,
    height: chart.height ?? 320,
    model,
    table: (answers, context) => {
      const built = model(answers, context);
      return chartDataTable({ ...built, title: chart.title(context) }, chart.categoryHeader);
    },
  };
  return registered;
}

export function defineTable<K extends StatsEndpoint>(table: Omit<TableDefinition<K>, 'kind'>) {
  const registered: RegisteredTable = {
    kind: 'table',
    id: table.id,
    title: table.title,
    requests: table.requests as Partial<StatsRequests>,
    table: table.build as unknown as RegisteredTable['table'],
  };
  return registered;
}

const range = ({ yearFrom, yearTo }: ChartContext) =>
  yearFrom === yearTo ? `${yearTo}年` : `${yearFrom}–${yearTo}年`;

/** "前十" (the usual ten, as titles always said), "前 20 ", "后 5 " (a space before 的). */
function rankedPart(rank: RankChoice | undefined): string {
  if (!rank || (rank.order === 'desc' && rank.limit === 10)) return '前十';
  return rank.limit === null ? '' : `${rankChoiceText(rank)} `;
}

/**
 * A chart that asks for a ranking, with its top or bottom N chosen: the request says the order
 * and the number (the API's `order` and `limit`; "all" is the API's largest ranking).
 */
export function rankedChart<T extends RegisteredExport>(
  chart: T,
  rank: RankChoice,
  largest: number,
): T {
  const ranking = chart.requests.ranking;
  if (!ranking) return chart;
  return {
    ...chart,
    requests: {
      ...chart.requests,
      ranking: { ...ranking, order: rank.order, limit: rank.limit ?? largest },
    },
  };
}

/** Charts in page order: 总览 shows them, the export menu and the pack offer them. */
export const CHARTS: readonly RegisteredChart[] = [
  defineChart({
    id: 'applications',
    title: () => '申请数量与公开率（按年）',
    requests: { series: { metrics: APPLICATION_METRICS } },
    build: ({ series }) => applicationsModel(series),
    categoryHeader: '年份',
    emptyText: (context) => `${range(context)}没有报告`,
  }),
  defineChart({
    id: 'outcomes',
    title: (context) => `办理结果构成（${range(context)}合计）`,
    requests: { outcomes: {} },
    build: ({ outcomes }) => outcomesModel(outcomes),
    categoryHeader: '办理结果',
    emptyText: (context) => `${range(context)}没有办理结果数据`,
  }),
  defineChart({
    id: 'appeals',
    title: (context) => `行政复议和行政诉讼结果（${range(context)}合计）`,
    requests: { appeals: {} },
    build: ({ appeals }) => appealsModel(appeals),
    categoryHeader: '结果',
    emptyText: (context) => `${range(context)}没有复议或诉讼数据`,
  }),
  defineChart({
    id: 'top-offices',
    title: (context) => `申请数量${rankedPart(context.rank)}的单位（${context.yearTo}年）`,
    requests: { ranking: { metric: 'applications_new', limit: 10 } },
    build: ({ ranking }) => rankingModel(ranking),
    categoryHeader: '单位',
    emptyText: (context) => `${context.yearTo}年没有可排名的单位`,
    height: 360,
  }),
];

/** Tables that are not the data of a chart. */
export const TABLES: readonly RegisteredTable[] = [
  defineTable({
    id: 'kpis',
    title: (context) => `主要指标（${context.yearTo}年与${context.yearTo - 1}年）`,
    requests: { summary: {} },
    build: ({ summary }) => kpiDataTable(summary),
  }),
];

/** Everything with data to export, charts first. */
export const EXPORTS: readonly RegisteredExport[] = [...CHARTS, ...TABLES];

export function chartById(id: string): RegisteredChart | undefined {
  return CHARTS.find((chart) => chart.id === id);
}

export function exportById(id: string): RegisteredExport | undefined {
  return EXPORTS.find((item) => item.id === id);
}
