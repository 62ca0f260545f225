import {
  CHARTS,
  compareChartModel,
  metricKind,
  PACK_COMPARE_CHARTS,
  type ChartContext,
  type PackCompareChart,
} from '@ogi/report-charts';
import type { CompareChoice } from '../../data-access/exports';

/** A chart the briefing-pack dialog offers: a registered chart or a 对比 chart. */
export interface PackChoice {
  /** The registry's id, or `compare-<chart>`. */
  value: string;
  title: string;
}

const COMPARE_PREFIX = 'compare-';

/** The 对比 charts a pack can hold, titled as the page titles them. */
export function compareChoices(choice: CompareChoice, context: ChartContext): PackChoice[] {
  // The titles of the page's charts: the same builders over no entities.
  const empty = {
    metricId: choice.metric,
    kind: metricKind(choice.metric),
    entityLabel: choice.by === 'office' ? '单位' : '地区',
    entity: choice.by,
    years: [],
    entities: [],
  };
  return PACK_COMPARE_CHARTS.map((chart) => ({
    value: `${COMPARE_PREFIX}${chart}`,
    title: compareChartModel(chart, empty, context).title,
  }));
}

/** The registered charts (总览's), titled for the years. */
export function overviewChoices(context: ChartContext): PackChoice[] {
  return CHARTS.map((chart) => ({ value: chart.id, title: chart.title(context) }));
}

/** The ticked values split into registered chart ids and 对比 charts, each in offered order. */
export function splitChoices(
  ticked: readonly string[],
  offered: readonly PackChoice[],
): { charts: string[]; compare: PackCompareChart[] } {
  const inOrder = offered.map((item) => item.value).filter((value) => ticked.includes(value));
  return {
    charts: inOrder.filter((value) => !value.startsWith(COMPARE_PREFIX)),
    compare: inOrder.flatMap((value) => {
      const chart = value.slice(COMPARE_PREFIX.length) as PackCompareChart;
      return value.startsWith(COMPARE_PREFIX) && PACK_COMPARE_CHARTS.includes(chart) ? [chart] : [];
    }),
  };
}
