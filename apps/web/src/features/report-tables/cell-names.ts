import { TABLES, fieldByKey, type FormatVersion, type TableId } from '@ogi/report-schema';
import type { ReportFormatVersions, SourceLocation } from '../../data-access/report-types';

/** The format a key of this report is printed in (表四 reads the same in both). */
export function keyVersion(key: string, versions: ReportFormatVersions): FormatVersion {
  const table = key.slice(0, key.indexOf('.')) as TableId;
  return versions[table] ?? '2021';
}

/** A cell in plain words, as the printed table names it: 表三 一、本年新收… · 自然人. */
export function cellName(key: string, versions: ReportFormatVersions): string {
  const field = fieldByKey(key);
  if (!field) return key;
  const labels = field.labels[keyVersion(key, versions)] ?? {
    row: field.row,
    column: field.column,
  };
  return `表${TABLES[field.table].numeral} ${labels.row} · ${labels.column}`;
}

/** Where in the original a cell was read, in plain words. */
export function locationText(location: SourceLocation | null): string {
  if (!location) return '未记录位置';
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`第 ${location.page} 页`);
  if (location.line !== undefined) parts.push(`第 ${location.line} 行`);
  if (location.table !== undefined) {
    parts.push(`第 ${location.table + 1} 个表格`);
    if (location.row !== undefined) parts.push(`表内第 ${location.row + 1} 行`);
    if (location.column !== undefined) parts.push(`第 ${location.column + 1} 列`);
  }
  return parts.length ? parts.join('，') : '未记录位置';
}
