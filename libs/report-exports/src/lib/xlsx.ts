import { Workbook } from 'exceljs';
import {
  spreadsheetText,
  type DataCell,
  type DataTable,
  type ValueKind,
} from '@ogi/report-charts';
import type { ExportHeader } from './header';

/**
 * Number formats by kind: counts whole with 千分位, amounts (万元) with two decimals, rates as
 * one-decimal percentages. A format with optional decimals ("#,##0.##") makes Excel and WPS print
 * a whole number with a trailing point ("23."), so none is used.
 */
export const NUMBER_FORMATS = {
  count: '#,##0',
  amount: '#,##0.00',
  rate: '0.0%',
} as const satisfies Record<ValueKind, string>;


/** Worksheet names: at most 31 characters, none of []:*?/\. */
function sheetName(title: string): string {
  return title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || '数据';
}

/** A cell's value: numbers as numbers, text made safe by spreadsheetText. */
function cellValue(cell: DataCell): string | number | null {
  return typeof cell.value === 'string' ? spreadsheetText(cell.value) : cell.value;
}

/**
 * The table as an XLSX workbook: a header block (title, each filter, the time, the source), a
 * blank row, then the table with its numbers as numbers, formatted by kind.
 */
export async function tableToXlsx(table: DataTable, header: ExportHeader): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = '政府信息公开年报看板';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(table.title));

  // The filters name offices and regions: their text is made safe like the table's.
  const textRow = (...texts: string[]) => sheet.addRow(texts.map(spreadsheetText));
  textRow(header.title).font = { bold: true, size: 14 };
  for (const { label, value } of header.filters) textRow(label, value);
  textRow('数据截至', header.dataAsOf ?? '—');
  textRow('导出时间', header.generatedAt);
  textRow('数据来源', header.source);
  sheet.addRow([]);

  const head = sheet.addRow(table.columns.map(spreadsheetText));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEFB' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const firstDataRow = head.number + 1;

  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, index) => {
      const target = row.getCell(index + 1);
      if (cell.kind === 'text') return;
      target.numFmt = NUMBER_FORMATS[cell.kind];
      target.alignment = { horizontal: 'right' };
    });
  }

  sheet.views = [{ state: 'frozen', ySplit: firstDataRow - 1 }];
  table.columns.forEach((column, index) => {
    const longest = Math.max(
      column.length,
      ...table.rows.map((row) => String(row[index]?.value ?? '').length),
    );
    // CJK characters are about two columns wide.
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest * 2 + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
