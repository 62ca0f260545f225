import { cellText, type DataCell, type DataTable } from '@ogi/report-charts';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

function quoted(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A cell for a spreadsheet to read back as a number: counts plain (no 千分位, which a comma
 * separated file would split), rates as "12.3%" (Excel reads it as 0.123), none as empty.
 */
function csvCell(cell: DataCell): string {
  if (cell.kind === 'text') return cell.value === null ? '' : String(cell.value);
  if (typeof cell.value !== 'number') return '';
  return cell.kind === 'rate' ? cellText(cell) : String(cell.value);
}

/** The table as CSV: UTF-8 with BOM, CRLF line ends (RFC 4180), a header row, no header block. */
export function tableToCsv(table: DataTable): Buffer {
  const lines = [
    table.columns.map(quoted).join(','),
    ...table.rows.map((row) => row.map((cell) => quoted(csvCell(cell))).join(',')),
  ];
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
