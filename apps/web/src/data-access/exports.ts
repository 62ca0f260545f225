import { queryString } from './api-client';
import { filterParams, type Filters } from './filters';

/**
 * Links to the server's exports with the current filters. There `format` is the file's type, so
 * the 表三 format filter goes as `reportFormat`.
 */
export function exportParams(filters: Filters): Record<string, string | undefined> {
  const { format, ...rest } = filterParams(filters);
  return { ...rest, reportFormat: format };
}

/** `/api/exports/data/applications?format=xlsx&yearFrom=…`: a chart's or table's data file. */
export function dataExportUrl(id: string, format: 'xlsx' | 'csv', filters: Filters): string {
  return `/api/exports/data/${encodeURIComponent(id)}${queryString({ format, ...exportParams(filters) })}`;
}

/** A chart drawn on the server (PNG at `scale`× or SVG). */
export function chartImageUrl(
  id: string,
  format: 'png' | 'svg',
  filters: Filters,
  scale = 3,
): string {
  return `/api/exports/charts/${encodeURIComponent(id)}${queryString({
    format,
    scale: format === 'png' ? scale : undefined,
    ...exportParams(filters),
  })}`;
}

export interface PackOptions {
  format: 'pptx' | 'pdf';
  charts: readonly string[];
  title: string;
  chartStyle: 'image' | 'native';
}

/** The briefing pack (汇报材料) built on the server. */
export function packUrl(options: PackOptions, filters: Filters): string {
  return `/api/exports/pack${queryString({
    format: options.format,
    charts: options.charts.join(','),
    title: options.title.trim() || undefined,
    chartStyle: options.format === 'pptx' ? options.chartStyle : undefined,
    ...exportParams(filters),
  })}`;
}
