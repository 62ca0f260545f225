import {
  APPEAL_RESULTS,
  ERROR_PROBLEM_KINDS,
  FAILING_LABEL,
  KPI_CARD_METRICS,
  metricById,
  PROBLEM_KIND_LABELS,
  UNPLACED_REGION,
} from '@ogi/report-schema';
import type { CartesianModel, SeriesModel, Tone } from './options';
import {
  formatChange,
  formatCount,
  formatPoints,
  formatRate,
  formatValue,
  type ValueKind,
} from './format';
import type {
  Change,
  DistributionResponse,
  MetricStat,
  RankingResponse,
  SeriesResponse,
  SummaryResponse,
} from './stats-types';

/** Labels come only from the schema's METRICS. */
export function metricLabel(id: string): string {
  return metricById(id)?.label ?? id;
}

/** The kind of a metric's values, from the schema (an unknown id counts). */
export function metricKind(id: string): ValueKind {
  return metricById(id)?.kind ?? 'count';
}

/** "n = 120" for a rate, with a mark when the sample is small. */
export function rateNote(stat: MetricStat | undefined): string | null {
  if (!stat || stat.denominator === null) return null;
  return `n = ${formatCount(stat.denominator)}${stat.smallSample ? '，样本较小' : ''}`;
}

export const APPLICATION_METRICS = ['applications_new', 'applications_handled', 'disclosure_rate'];

/** Applications by year: new and handled as bars, the disclosure rate as a line. */
export function applicationsModel(series: SeriesResponse): CartesianModel {
  const years = series.years;
  return {
    title: '申请数量与公开率（按年）',
    categories: years.map((row) => `${row.year}年`),
    series: APPLICATION_METRICS.map((id): SeriesModel => {
      const kind = metricKind(id);
      return {
        name: metricLabel(id),
        type: kind === 'rate' ? 'line' : 'bar',
        kind,
        values: years.map((row) => (row.reports > 0 ? (row.values[id]?.value ?? null) : null)),
        notes: years.map((row) =>
          kind === 'rate' ? rateNote(row.values[id]) : `${formatCount(row.reports)} 份报告`,
        ),
      };
    }),
  };
}

export const OUTCOME_CATEGORIES = [
  'granted',
  'partially_granted',
  'withheld',
  'unable',
  'not_processed',
  'other_handling',
];

/** How applications were handled over the whole range: one bar per outcome, with its share. */
export function outcomesModel(outcomes: DistributionResponse): CartesianModel {
  const values = outcomes.total.values;
  return {
    title: '办理结果构成',
    horizontal: true,
    categories: OUTCOME_CATEGORIES.map((id) => metricLabel(`outcome_${id}`)),
    series: [
      {
        name: '件数',
        type: 'bar',
        kind: 'count',
        values: OUTCOME_CATEGORIES.map((id) => values[`outcome_${id}`]?.value ?? null),
        notes: OUTCOME_CATEGORIES.map((id) => {
          const share = values[`outcome_${id}_share`];
          return share?.value === null || share === undefined
            ? null
            : `占 ${formatRate(share.value)}`;
        }),
      },
    ],
  };
}

const APPEAL_GROUPS = ['review', 'litigation'];
const RESULTS = APPEAL_RESULTS.filter((result) => result.id !== 'total');

/** Review and litigation cases by result, over the whole range. */
export function appealsModel(appeals: DistributionResponse): CartesianModel {
  const values = appeals.total.values;
  return {
    title: '行政复议和行政诉讼结果',
    categories: RESULTS.map((result) => result.label),
    series: APPEAL_GROUPS.map((group) => ({
      // "行政复议结果维持" without "结果维持": the group's label, from the schema.
      name: metricLabel(`${group}_${RESULTS[0].id}`).replace(RESULTS[0].label, ''),
      type: 'bar',
      kind: 'count',
      values: RESULTS.map((result) => values[`${group}_${result.id}`]?.value ?? null),
    })),
  };
}

export function changeText(change: Change | null, kind: ValueKind): string {
  if (!change) return '上年无报告';
  return kind === 'rate' ? formatPoints(change.absolute) : formatChange(change.relative);
}

/** Top offices by a metric in the last year, with the change on the year before. */
export function rankingModel(ranking: RankingResponse): CartesianModel {
  const kind = metricKind(ranking.metric.id);
  return {
    title: `${metricLabel(ranking.metric.id)}排名（${ranking.year}年）`,
    horizontal: true,
    categories: ranking.items.map((item) => item.office.name),
    drill: {
      entity: 'office',
      ids: ranking.items.map((item) => item.office.id),
      years: [ranking.year],
    },
    // Up to fifty offices can be asked for: fifteen in view, a slider for the rest.
    zoomAfter: 15,
    series: [
      {
        name: metricLabel(ranking.metric.id),
        type: 'bar',
        kind,
        values: ranking.items.map((item) => item.current.value),
        notes: ranking.items.map((item) => {
          const parts = [];
          if (kind === 'rate') parts.push(rateNote(item.current));
          parts.push(
            item.previous
              ? `上年 ${formatValue(item.previous.value, kind)}，较上年 ${changeText(item.change, kind)}`
              : '上年无报告',
          );
          return parts.filter(Boolean).join('；');
        }),
      },
    ],
  };
}

export type Direction = 'up' | 'down' | 'flat' | 'unknown';

export interface KpiCardModel {
  key: string;
  title: string;
  value: string;
  kind: ValueKind;
  direction: Direction;
  /** Whether the change is welcome: colours the arrow (a rising correction rate is bad). */
  tone: Tone;
  changeText: string;
  previousText: string;
  /** Rates: "n = denominator". */
  sampleText: string | null;
  smallSample: boolean;
  reportsText: string;
}

/** A change's tone for a metric: a rise of the correction rate is bad, of the disclosure rate good. */
export function changeTone(metricId: string, direction: Direction): Tone {
  const good = metricById(metricId)?.goodDirection ?? 'none';
  if (good === 'none' || direction === 'flat' || direction === 'unknown') return 'neutral';
  return direction === good ? 'good' : 'bad';
}

function direction(change: Change): Direction {
  if (change.absolute === null) return 'unknown';
  if (change.absolute > 0) return 'up';
  if (change.absolute < 0) return 'down';
  return 'flat';
}

/** The metrics of the KPI cards: those the schema puts on 总览 as a card (`overview`). */
export const KPI_METRICS: readonly string[] = KPI_CARD_METRICS.map((metric) => metric.id);

/** The KPI cards of the summary: reports first, then the metrics in KPI_METRICS order. */
export function kpiCards(summary: SummaryResponse): KpiCardModel[] {
  const all = [...summary.headline, ...summary.appeals, ...summary.refusalReasons];
  const cards: KpiCardModel[] = [
    {
      key: 'reports',
      title: '报告数',
      value: formatCount(summary.reports.current),
      kind: 'count',
      direction: direction(summary.reports.change),
      tone: 'neutral',
      changeText: formatChange(summary.reports.change.relative),
      previousText: `上年 ${formatCount(summary.reports.previous)}`,
      sampleText: null,
      smallSample: false,
      reportsText: `${summary.year}年`,
    },
  ];
  for (const id of KPI_METRICS) {
    const kpi = all.find((item) => item.metric.id === id);
    if (!kpi) continue;
    const kind = metricKind(id);
    const m = kpi.current.reports + kpi.current.missing;
    cards.push({
      key: id,
      title: metricLabel(id),
      value: formatValue(kpi.current.value, kind),
      kind,
      direction: direction(kpi.change),
      tone: changeTone(id, direction(kpi.change)),
      changeText: changeText(kpi.change, kind),
      previousText: `上年 ${formatValue(kpi.previous.value, kind)}`,
      sampleText: kind === 'rate' ? rateNote({ ...kpi.current, smallSample: false }) : null,
      smallSample: kpi.current.smallSample,
      reportsText: `${formatCount(kpi.current.reports)}/${formatCount(m)} 份报告有此数据`,
    });
  }
  return cards;
}

/** Offices an upload created without a region: counted only for the reports they have. */
function unplacedText(unplaced: number): string | null {
  return unplaced > 0
    ? `其中 ${formatCount(unplaced)} 个单位${UNPLACED_REGION}，分配地区前不计缺报。`
    : null;
}

/**
 * The note on missing reports for the selected years, in parts: the counts of missing reports and
 * of reports with errors are links on the page (to the lists behind them).
 */
export interface CoverageSentence {
  text: string;
  /** "缺 N 份", or null when none is missing. */
  missing: string | null;
  /** "N 份有错误", or null when none has errors (report-schema's one meaning of "problem"). */
  failing: string | null;
  /** How many offices have no region yet (not counted as missing), or null. */
  unplaced: string | null;
}

export function coverageSentence(summary: SummaryResponse): CoverageSentence {
  const c = summary.coverage;
  const years =
    c.years.length > 1 ? `${c.years[0]}–${c.years[c.years.length - 1]}年` : `${c.years[0] ?? ''}年`;
  if (c.expected === 0)
    return { text: `${years}：筛选范围内没有单位`, missing: null, failing: null, unplaced: null };
  return {
    text: `${years}：${formatCount(c.offices)} 个单位应有 ${formatCount(c.expected)} 份报告，已有 ${formatCount(c.present)} 份`,
    missing: c.missing > 0 ? `缺 ${formatCount(c.missing)} 份` : null,
    failing: c.failing > 0 ? `${formatCount(c.failing)} 份${FAILING_LABEL}` : null,
    unplaced: unplacedText(c.unplaced),
  };
}

/** What the failing count means, after it. */
export const FAILING_NOTE = `（${ERROR_PROBLEM_KINDS.map((kind) => PROBLEM_KIND_LABELS[kind]).join('或')}）`;

/** The note as one line of text (exports, tests). */
export function coverageText(summary: SummaryResponse): string {
  const parts = coverageSentence(summary);
  if (summary.coverage.expected === 0) return `${parts.text}。`;
  const failing = parts.failing ? `；${parts.failing}${FAILING_NOTE}` : '';
  return `${parts.text}，${parts.missing ?? '没有缺报'}${failing}。${parts.unplaced ?? ''}`;
}
