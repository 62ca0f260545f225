import { MAX_RANKING } from '@ogi/api-params';
import type { CompareChart, RegisteredChart } from '@ogi/report-charts';
import type { ExportLink } from '../../charts/export-menu';
import { compareExportUrl, dataExportUrl, type CompareChoice } from '../../data-access/exports';
import type { Filters } from '../../data-access/filters';

/** Data as the server writes it: XLSX (numbers kept, formatted) and CSV (UTF-8 with BOM). */
function fileLinks(url: (fileFormat: 'xlsx' | 'csv') => string): ExportLink[] {
  return [
    { key: 'xlsx', label: 'Excel（XLSX）', href: url('xlsx') },
    { key: 'csv', label: 'CSV（UTF-8）', href: url('csv') },
  ];
}

/** A registered chart's or table's data; a ranking's as its chosen top or bottom N. */
export function dataLinks(
  id: string,
  filters: Filters,
  rank?: { order: 'asc' | 'desc'; limit: number },
): ExportLink[] {
  return fileLinks((fileFormat) => dataExportUrl(id, fileFormat, filters, rank));
}

/** A registered chart's data as the chart asks it: a ranking's file holds the rows it shows. */
export function chartDataLinks(chart: RegisteredChart, filters: Filters): ExportLink[] {
  const ranking = chart.requests.ranking;
  // Without a limit the chart shows every row: the most the API ranks.
  const rank = ranking && { order: ranking.order ?? 'desc', limit: ranking.limit ?? MAX_RANKING };
  return dataLinks(chart.id, filters, rank);
}

/** The data of a chart of the 对比 page, for the page's choices. */
export function compareDataLinks(
  chart: CompareChart,
  filters: Filters,
  choice: CompareChoice,
): ExportLink[] {
  return fileLinks((fileFormat) => compareExportUrl(chart, fileFormat, filters, choice));
}
