import {
  exportDataQuery,
  exportImageQuery,
  exportPackQuery,
  queryParams,
  queryString,
} from '@ogi/api-params';
import { filterParams, type Filters } from './filters';

/**
 * Links to the server's exports with the current filters, written by the exports' declarations:
 * the filters under the stats names (`format` is the 表三 format), the file's type as fileFormat.
 */

/** `/api/exports/data/applications?fileFormat=xlsx&yearFrom=…`: a chart's or table's data file. */
export function dataExportUrl(id: string, fileFormat: 'xlsx' | 'csv', filters: Filters): string {
  const own = queryParams(exportDataQuery, { fileFormat });
  return `/api/exports/data/${encodeURIComponent(id)}${queryString({ ...own, ...filterParams(filters) })}`;
}

/** A chart drawn on the server (PNG at `scale`× or SVG). */
export function chartImageUrl(
  id: string,
  fileFormat: 'png' | 'svg',
  filters: Filters,
  scale = 3,
): string {
  const own = queryParams(exportImageQuery, {
    fileFormat,
    scale: fileFormat === 'png' ? scale : undefined,
  });
  return `/api/exports/charts/${encodeURIComponent(id)}${queryString({ ...own, ...filterParams(filters) })}`;
}

export interface PackOptions {
  format: 'pptx' | 'pdf';
  charts: readonly string[];
  title: string;
  chartStyle: 'image' | 'native';
}

/** The briefing pack (汇报材料) built on the server. */
export function packUrl(options: PackOptions, filters: Filters): string {
  const own = queryParams(exportPackQuery, {
    fileFormat: options.format,
    charts: [...options.charts],
    title: options.title.trim(),
    chartStyle: options.format === 'pptx' ? options.chartStyle : undefined,
  });
  return `/api/exports/pack${queryString({ ...own, ...filterParams(filters) })}`;
}
