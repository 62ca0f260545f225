import type { CartesianModel, DataTable } from '@ogi/report-charts';
import { dataAsOfText, type ExportHeader } from './header';

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

/**
 * What a printed page says about its data, in words: the filters, how fresh the data is, the
 * source and when it was exported (the stats calls go into the notes, not onto paper).
 */
export function dataFooter(header: ExportHeader): string {
  return [
    filterLine(header),
    dataAsOfText(header),
    header.source,
    `导出时间：${header.generatedAt}`,
  ].join(' · ');
}

/** The stats calls behind a slide or page, one a line, as a reader can repeat them. */
export function sourceLines(sources: readonly string[]): string[] {
  return sources.map((source) => `统计接口：${source}`);
}

/** The notes of a chart's slide or page: what it shows and where every number comes from. */
export function chartNotes(header: ExportHeader, sources: readonly string[]): string {
  return [
    `筛选条件：${filterLine(header)}`,
    dataAsOfText(header),
    header.source,
    ...sourceLines(sources),
    `导出时间：${header.generatedAt}`,
  ].join('\n');
}
