import { statsMetric, type MetricColumns } from '@ogi/api-data-access';

/**
 * The columns of a metric id the request declaration has checked against the schema's list (or
 * the chart registry names, whose spec checks them): an unknown one is a programming error.
 */
export function metricColumns(id: string): MetricColumns {
  const columns = statsMetric(id);
  if (!columns) throw new Error(`no stats metric ${id}`);
  return columns;
}
