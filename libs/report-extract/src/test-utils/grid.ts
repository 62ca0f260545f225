import type { DocumentBlock, ReportDocument, TableBlock, TextBlock } from '@ogi/report-parser';

export function tables(doc: ReportDocument): TableBlock[] {
  return doc.blocks.filter((b): b is TableBlock => b.type === 'table');
}

export function texts(doc: ReportDocument): string[] {
  return doc.blocks.filter((b): b is TextBlock => b.type === 'text').map((b) => b.text);
}

/** Cell texts of a table's resolved grid. */
export function gridText(t: TableBlock): string[][] {
  return t.rows.map((r) => r.map((s) => s.cell.text));
}

/** Each block as a short string: `T:<text>` or `[table n]`. */
export function outline(blocks: DocumentBlock[]): string[] {
  return blocks.map((b) => (b.type === 'text' ? `T:${b.text}` : `[table ${b.location.table}]`));
}
