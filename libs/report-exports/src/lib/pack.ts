import type { CartesianModel, DataTable } from '@ogi/report-charts';
import type { ExportHeader } from './header';

/** One chart of a briefing pack, its model built from the stats API's answer. */
export interface PackChart {
  id: string;
  title: string;
  model: CartesianModel;
  categoryHeader: string;
  /** Where its numbers come from (the stats requests), written into the slide notes. */
  sources: string[];
}

export interface PackInput {
  /** The title slide: the pack's title, the filters, the date, the source. */
  header: ExportHeader;
  charts: PackChart[];
  /** The data-table slide (the main indicators). */
  table: DataTable;
  tableSources: string[];
  /** Charts as PNG images, or as native charts PowerPoint can edit (PPTX only). */
  chartStyle: 'image' | 'native';
}

/** Every chart image of a pack has one size: wide enough for a 16:9 slide or an A4 page. */
export const PACK_CHART_SIZE = { width: 1100, height: 520 };

/** The filters of a pack in one line under each slide title. */
export function filterLine(header: ExportHeader): string {
  return header.filters.map(({ label, value }) => `${label}：${value}`).join(' · ');
}

/** The notes of a chart's slide or page: what it shows and where every number comes from. */
export function chartNotes(header: ExportHeader, sources: readonly string[]): string {
  return [
    `筛选条件：${filterLine(header)}`,
    header.source,
    ...sources.map((source) => `统计接口：${source}`),
    `导出时间：${header.generatedAt}`,
  ].join('\n');
}
