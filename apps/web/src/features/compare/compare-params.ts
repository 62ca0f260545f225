import {
  METRICS,
  METRIC_GROUPS,
  REGION_LEVELS,
  REGION_LEVEL_LABELS,
  isRegionLevel,
  metricById,
  type RegionLevel,
} from '@ogi/report-schema';
import { defaultRegionLevel, type RegionInTree } from './compare-regions';

export type CompareBy = 'office' | 'region';

/** Region levels the breakdown groups by, with their Chinese names, from the top down. */
export const REGION_LEVEL_OPTIONS = REGION_LEVELS.map((value) => ({
  value,
  label: REGION_LEVEL_LABELS[value],
}));

/** What the 对比 page compares, as it lives in the URL (`compareBy`, `metric`, `level`). */
export interface CompareParams {
  by: CompareBy;
  metric: string;
  level: RegionLevel;
}

export const DEFAULT_METRIC = 'applications_new';

/**
 * Reads the page's parameters; anything unknown falls back to a default: offices when some are
 * picked in the filter bar (else regions), new applications, and the first level from the top
 * with at least two regions inside the region filter.
 */
export function parseCompareParams(
  params: URLSearchParams,
  context: {
    officesPicked: boolean;
    regions: readonly RegionInTree[];
    regionIds: readonly number[];
  },
): CompareParams {
  const by = params.get('compareBy');
  const metric = params.get('metric') ?? '';
  const level = params.get('level');
  return {
    by: by === 'office' || by === 'region' ? by : context.officesPicked ? 'office' : 'region',
    metric: metricById(metric) ? metric : DEFAULT_METRIC,
    level: isRegionLevel(level) ? level : defaultRegionLevel(context.regions, context.regionIds),
  };
}

/** The parameters as they are written into the URL. */
export function compareParamsQuery(params: CompareParams): Record<string, string> {
  return { compareBy: params.by, metric: params.metric, level: params.level };
}

/** The metric picker's options: every metric of the schema under its group's label. */
export function metricOptions() {
  return METRIC_GROUPS.map((group) => ({
    label: group.label,
    title: group.label,
    options: METRICS.filter((metric) => metric.group === group.id).map((metric) => ({
      value: metric.id,
      label: metric.kind === 'rate' ? `${metric.label}（%）` : metric.label,
    })),
  }));
}
