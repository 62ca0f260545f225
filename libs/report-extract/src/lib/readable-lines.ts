import type { ReportDocument, SourceLocation } from '@ogi/report-parser';
import { extractDocument, type ExtractOptions } from './extract';

/**
 * One line of an original as a person reads it: a paragraph, or a row of a table with its cells
 * side by side. `location` is where the parser says the cells of that line were read (a
 * paragraph's number, or a table and row), so a cell's recorded location finds its line.
 */
export interface ReadableLine {
  text: string;
  location: Pick<SourceLocation, 'line' | 'table' | 'row'>;
}

/** Between the cells of a table row: wide enough to see the columns, never in report text. */
export const CELL_SEPARATOR = ' │ ';

/** The document the parser read, line by line: paragraphs as they are, table rows one a line. */
export function readableLines(document: ReportDocument): ReadableLine[] {
  const lines: ReadableLine[] = [];
  for (const block of document.blocks) {
    if (block.type === 'text') {
      lines.push({ text: block.text, location: { line: block.location.line } });
      continue;
    }
    block.rows.forEach((slots, row) => {
      // A cell spanning several slots is printed once, where it starts.
      const cells = slots.filter((slot) => slot.origin).map((slot) => slot.cell.text);
      lines.push({
        text: cells.map((text) => text.replace(/\s*\n\s*/g, ' ')).join(CELL_SEPARATOR),
        location: { table: block.location.table, row },
      });
    });
  }
  return lines;
}

/**
 * An HTML or Word original as readable text, through the very extraction the parser reads it
 * with: the lines hold what the cells' locations point to, not the markup.
 */
export async function readableOriginal(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractOptions = {},
): Promise<ReadableLine[]> {
  return readableLines(await extractDocument(bytes, fileName, options));
}
