import type { CompareChart, PackCompareChart } from '@ogi/report-charts';
import type { RegionLevel } from '@ogi/report-schema';
import {
  exportCompareQuery,
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
export function dataExportUrl(
  id: string,
  fileFormat: 'xlsx' | 'csv',
  filters: Filters,
  /** A ranking's top or bottom N, as its chart asks it. */
  rank?: { order: 'asc' | 'desc'; limit: number },
): string {
  const own = queryParams(exportDataQuery, { fileFormat, ...rank });
  return `/api/exports/data/${encodeURIComponent(id)}${queryString({ ...own, ...filterParams(filters) })}`;
}

/** What the 对比 page compares, as its URL holds it. */
export interface CompareChoice {
  by: 'office' | 'region';
  metric: string;
  level: RegionLevel;
}

/** `/api/exports/compare?chart=bars&compareBy=office&metric=…`: a 对比 chart's data file. */
export function compareExportUrl(
  chart: CompareChart,
  fileFormat: 'xlsx' | 'csv',
  filters: Filters,
  choice: CompareChoice,
): string {
  const own = queryParams(exportCompareQuery, {
    chart,
    fileFormat,
    compareBy: choice.by,
    metric: [choice.metric],
    level: choice.by === 'region' ? choice.level : undefined,
  });
  return `/api/exports/compare${queryString({ ...own, ...filterParams(filters) })}`;
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
  /** 对比 charts, first in the pack, for the page's choices. */
  compare: { charts: readonly PackCompareChart[]; choice: CompareChoice } | null;
  title: string;
  chartStyle: 'image' | 'native';
}

/** The briefing pack (汇报材料) built on the server. */
export function packUrl(options: PackOptions, filters: Filters): string {
  const compare = options.compare?.charts.length ? options.compare : null;
  const own = queryParams(exportPackQuery, {
    fileFormat: options.format,
    // With 对比 charts, no charts means none (without, it means all).
    charts: options.charts.length ? [...options.charts] : undefined,
    title: options.title.trim(),
    chartStyle: options.format === 'pptx' ? options.chartStyle : undefined,
    compare: compare ? [...compare.charts] : undefined,
    compareBy: compare?.choice.by,
    metric: compare ? [compare.choice.metric] : undefined,
    level: compare?.choice.by === 'region' ? compare.choice.level : undefined,
  });
  return `/api/exports/pack${queryString({ ...own, ...filterParams(filters) })}`;
}
