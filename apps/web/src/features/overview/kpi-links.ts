import { withParams } from '../../data-access/page-params';

/**
 * Where a KPI card leads, with the filters carried over: with one office filtered, its profile at
 * the card's year; else the report count to the reports on 数据, a metric to 对比 ranking the
 * offices or regions by that metric.
 */
export function kpiHref(
  cardKey: string,
  context: { officeIds: readonly number[]; year: number; search: string },
): string {
  const { officeIds, year, search } = context;
  if (officeIds.length === 1) return `/office/${officeIds[0]}/${year}${search}`;
  if (cardKey === 'reports') return `/data${search}`;
  return `/compare${withParams(search, { metric: cardKey })}`;
}
