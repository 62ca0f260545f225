import type { CompareChart } from '@ogi/report-charts';
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

/** A registered chart's or table's data. */
export function dataLinks(id: string, filters: Filters): ExportLink[] {
  return fileLinks((fileFormat) => dataExportUrl(id, fileFormat, filters));
}

/** The data of a chart of the 对比 page, for the page's choices. */
export function compareDataLinks(
  chart: CompareChart,
  filters: Filters,
  choice: CompareChoice,
): ExportLink[] {
  return fileLinks((fileFormat) => compareExportUrl(chart, fileFormat, filters, choice));
}
