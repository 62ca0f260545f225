import { METRICS, METRIC_GROUPS, metricById } from '@ogi/report-schema';

export type CompareBy = 'office' | 'region';

/** Region levels the breakdown groups by, with their Chinese names, from the top down. */
export const REGION_LEVEL_OPTIONS = [
  { value: 'province', label: '省' },
  { value: 'city', label: '市' },
  { value: 'district', label: '区县' },
  { value: 'street', label: '街道' },
  { value: 'township', label: '乡镇' },
] as const;
export type RegionLevel = (typeof REGION_LEVEL_OPTIONS)[number]['value'];

/** What the 对比 page compares, as it lives in the URL (`compareBy`, `metric`, `level`). */
export interface CompareParams {
  by: CompareBy;
  metric: string;
  level: RegionLevel;
}

export const DEFAULT_METRIC = 'applications_new';

/**
 * Reads the page's parameters; anything unknown falls back to a default: offices when some are
 * picked in the filter bar (else regions), new applications, and the highest level of the region
 * tree with more than one region (`levels`: the level of every region).
 */
export function parseCompareParams(
  params: URLSearchParams,
  context: { officesPicked: boolean; levels: readonly string[] },
): CompareParams {
  const by = params.get('compareBy');
  const metric = params.get('metric') ?? '';
  const level = params.get('level');
  const known = REGION_LEVEL_OPTIONS.map((option) => option.value as string);
  const present = known.filter((value) => context.levels.includes(value));
  const defaultLevel = (
    present.length > 1 ? present[1] : (present[0] ?? 'district')
  ) as RegionLevel;
  return {
    by: by === 'office' || by === 'region' ? by : context.officesPicked ? 'office' : 'region',
    metric: metricById(metric) ? metric : DEFAULT_METRIC,
    level: known.includes(level ?? '') ? (level as RegionLevel) : defaultLevel,
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
