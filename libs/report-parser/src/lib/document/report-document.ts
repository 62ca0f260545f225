/**
 * The one document model every extractor produces and the recogniser reads. It knows nothing of
 * report tables: it is paragraphs or lines of text, and tables as grids of cells. The recogniser
 * never learns whether a table came from HTML, DOCX or PDF.
 */
export type SourceKind = 'text' | 'html' | 'docx' | 'pdf';

/** Where a piece of text was found, as precisely as the source allows. */
export interface SourceLocation {
  /** 1-based line of a text file (after decoding). */
  line?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** PDF position of the text's left edge and baseline, in points from the page's top-left corner. */
  x?: number;
  y?: number;
  /** 0-based index of the table among the document's tables. */
  table?: number;
  /** 0-based row and column of the cell's top-left slot in the table's resolved grid. */
  row?: number;
  column?: number;
  /** OCR: the box of the word the text was read from (x0, y0, x1, y1 in points, y down). */
  box?: [number, number, number, number];
  /** OCR: the word's lowest character probability (0..1). */
  confidence?: number;
}

/** One cell as printed. Text keeps inner line breaks as `\n`; `&nbsp;` and the like become spaces. */
export interface DocumentCell {
  text: string;
  location: SourceLocation;
  rowSpan: number;
  colSpan: number;
}

/**
 * A slot of a table's resolved grid. A cell spanning several slots fills each of them; only the
 * slot at its top-left corner has `origin: true`.
 */
export interface GridSlot {
  cell: DocumentCell;
  origin: boolean;
}

/**
 * A table with rowspan and colspan resolved into a grid. Rows may be ragged where the source is;
 * a missing slot at the end of a row is simply absent.
 */
export interface TableBlock {
  type: 'table';
  rows: GridSlot[][];
  location: SourceLocation;
}

/**
 * A paragraph (HTML, DOCX), a line (text files) or a visual line of a PDF page. For PDF lines,
 * `cells` splits the line where the text has column-sized gaps, each with its position; the
 * recogniser treats them like the fields of a tab-separated line.
 */
export interface TextBlock {
  type: 'text';
  text: string;
  location: SourceLocation;
  cells?: DocumentCell[];
}

export type DocumentBlock = TextBlock | TableBlock;

export interface ReportDocument {
  kind: SourceKind;
  /** Encoding the bytes were decoded from (text and HTML), e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: string | null;
  /** Pages of a PDF. */
  pageCount: number | null;
  /** Blocks in reading order. */
  blocks: DocumentBlock[];
  /** What the extractor dropped or repaired (page footers, repeated headers), for the findings. */
  notes: string[];
  /**
   * The title the file carries apart from its text (an HTML page's <title>), which often names
   * the office and year when the article body does not.
   */
  title?: string | null;
}

/** A single text cell at a location, for extractors and tests. */
export function textCell(text: string, location: SourceLocation): DocumentCell {
  return { text, location, rowSpan: 1, colSpan: 1 };
}

/** A document of plain lines, as a text file gives it: one block per line, 1-based line numbers. */
export function linesDocument(
  lines: readonly string[],
  encoding: string | null = 'utf-8',
): ReportDocument {
  return {
    kind: 'text',
    encoding,
    pageCount: null,
    blocks: lines.map((text, index) => ({ type: 'text', text, location: { line: index + 1 } })),
    notes: [],
  };
}
