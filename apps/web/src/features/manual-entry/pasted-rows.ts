/**
 * The cells of rows of numbers pasted into the form: from Excel (tab-separated, an empty cell
 * kept as empty) or copied out of a PDF (separated by spaces; 1,234 stays one number). Null for
 * a single value, which the cell takes as typed.
 */
export function pastedRows(text: string): string[][] | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const rows = lines.map((line) =>
    line.includes('\t')
      ? line.split('\t').map((cell) => cell.trim())
      : line
          .trim()
          .split(/[\s\u00a0\u3000]+/)
          .filter((cell) => cell !== ''),
  );
  return rows.length === 1 && rows[0].length <= 1 ? null : rows;
}
