import type { ExportLink } from '../../charts/export-menu';
import { dataExportUrl } from '../../data-access/exports';
import type { Filters } from '../../data-access/filters';

/** A chart's or table's data as the server writes it: XLSX (numbers kept) and CSV (with BOM). */
export function dataLinks(id: string, filters: Filters): ExportLink[] {
  return [
    { key: 'xlsx', label: 'Excel（XLSX）', href: dataExportUrl(id, 'xlsx', filters) },
    { key: 'csv', label: 'CSV（UTF-8）', href: dataExportUrl(id, 'csv', filters) },
  ];
}
