/**
 * Drill-through: what a bar, a heat-map cell or a small multiple stands for, so that clicking it
 * opens the page behind the number (the office's profile at that year, or the offices of a
 * region). The models carry the ids; the web turns a target into a link.
 */
export type DrillEntity = 'office' | 'region';

/** An office or a region, in a year (null: no particular year). */
export interface ChartTarget {
  entity: DrillEntity;
  id: number;
  year: number | null;
}

/**
 * The ids behind a chart: one per category (bars), row (heat map) or panel (small multiples),
 * and the year of each series (bars), column (heat map) or point (small multiples).
 */
export interface Drill {
  entity: DrillEntity;
  ids: readonly (number | null)[];
  years: readonly (number | null)[];
}

/** The target at an entity's index and a year's index; null when either has none. */
export function drillTarget(
  drill: Drill | undefined,
  entityIndex: number,
  yearIndex: number | null,
): ChartTarget | null {
  const id = drill?.ids[entityIndex] ?? null;
  if (!drill || id === null) return null;
  const year = yearIndex === null ? null : (drill.years[yearIndex] ?? null);
  return { entity: drill.entity, id, year };
}

/** The one year every series shows (a ranking), else null. */
export function commonYear(drill: Drill | undefined): number | null {
  const years = new Set(drill?.years ?? []);
  return years.size === 1 ? ([...years][0] ?? null) : null;
}

/** What ECharts says about a click (its event parameters, the fields read here). */
export interface ChartClick {
  componentType?: string;
  componentIndex?: number;
  seriesIndex?: number;
  dataIndex?: number;
  /** The category's name for a click on an axis label. */
  value?: unknown;
}
