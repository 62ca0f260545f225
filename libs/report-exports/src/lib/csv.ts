import { cellText, csvField, csvQuoted, type DataCell, type DataTable } from '@ogi/report-charts';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

/**
 * A cell for a spreadsheet to read back as a number: counts plain (no 千分位, which a comma
 * separated file would split), rates as "12.3%" (Excel reads it as 0.123), none as empty; text
 * that could run as a formula made safe (csvField).
 */
function csvCell(cell: DataCell): string {
  if (cell.kind === 'text') return cell.value === null ? '' : csvField(String(cell.value));
  if (typeof cell.value !== 'number') return '';
  return cell.kind === 'rate' ? csvQuoted(cellText(cell)) : csvField(cell.value);
}

/** The table as CSV: UTF-8 with BOM, CRLF line ends (RFC 4180), a header row, no header block. */
export function tableToCsv(table: DataTable): Buffer {
  const lines = [
    table.columns.map(csvField).join(','),
    ...table.rows.map((row) => row.map(csvCell).join(',')),
  ];
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
