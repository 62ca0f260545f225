import type {
  DocumentBlock,
  DocumentCell,
  ReportDocument,
  SourceLocation,
  TableBlock,
  TextBlock,
} from '../document/report-document';
import { isValueText } from '../cells/cell-value';
import { gluedRows } from './glued-line';

/**
 * `text` is a label or prose, `value` a number or placeholder, `empty` an empty cell whose position
 * was printed (tab grids, tables), `span` a grid slot covered by a cell that starts elsewhere
 * (useful as label context, never as a value).
 */
export type TokenKind = 'text' | 'value' | 'empty' | 'span';

export interface Token {
  text: string;
  kind: TokenKind;
  location: SourceLocation;
  /** Column position within its row (meaningful in positional rows only). */
  slot: number;
}

/** One printed row: a table row, a tab-separated line, or a line holding one cell. */
export interface TokenRow {
  tokens: Token[];
  /** Tokens keep their column positions, so an `empty` token is a printed empty cell. */
  positional: boolean;
  location: SourceLocation;
  /**
   * The row's cells were printed with no separator between them: each value token is a run of
   * digits that may hold several cells (see glued-line.ts).
   */
  glued?: boolean;
}

const WHITESPACE_RUN = /[\s\u00a0\u3000]+/;

function tokenKind(text: string): TokenKind {
  if (text.length === 0) return 'empty';
  return isValueText(text) ? 'value' : 'text';
}

function token(raw: string, location: SourceLocation, slot = 0): Token {
  const text = raw.trim();
  return { text, kind: tokenKind(text), location, slot };
}

/**
 * Splits `label 0 0 0` (PDF text, space-separated rows) into the label and its values. A line that
 * does not end in values stays one token, so labels with inner spaces stay whole.
 */
function splitTrailingValues(text: string, location: SourceLocation): Token[] {
  const parts = text.trim().split(WHITESPACE_RUN);
  let firstValue = parts.length;
  while (firstValue > 0 && isValueText(parts[firstValue - 1])) firstValue -= 1;
  if (firstValue === parts.length) return [token(text, location)];
  const values = parts.slice(firstValue).map((part) => token(part, location));
  if (firstValue === 0) return values;
  return [token(parts.slice(0, firstValue).join(' '), location), ...values];
}

function tabRow(text: string, location: SourceLocation): TokenRow {
  const tokens = text
    .split('\t')
    .map((part, column) => token(part, { line: location.line, column }, column));
  return { tokens, positional: true, location };
}

/** A Markdown table's delimiter row (`|---|:---:|`): layout, never a row of dash cells. */
const MARKDOWN_DELIMITER = /^\s*:?-{3,}:?\s*$/;

function pipeRow(text: string, location: SourceLocation): TokenRow | null {
  const pieces = text.split('|');
  const filled = pieces.filter((piece) => piece.trim().length > 0);
  if (filled.length === 0) return null;
  if (filled.every((piece) => MARKDOWN_DELIMITER.test(piece))) return null;
  // `| a | b |` keeps its empty cells in place, even when only one cell is filled.
  const markdownRow = text.trim().startsWith('|') && pieces.length >= 4;
  if (markdownRow) {
    const cells = pieces.slice(1, text.trim().endsWith('|') ? -1 : undefined);
    return {
      tokens: cells.map((piece, slot) => token(piece, location, slot)),
      positional: true,
      location,
    };
  }
  return {
    tokens: filled.flatMap((piece) => splitTrailingValues(piece, location)),
    positional: false,
    location,
  };
}

/**
 * Page furniture a PDF copy leaves in the text: `- 3 -`, `P. 9`, `Page 9`, `第 3 页`, `第3页 共10页`,
 * `3/10`. Never a row of a table. (A viewer line with more on it, `Page 9 - 2020年报_审计局`, is kept:
 * it may state the year.)
 */
const PAGE_FURNITURE =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|(?:page|p\.?)\s*\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/i;

export function isPageFurniture(text: string): boolean {
  return PAGE_FURNITURE.test(text.trim());
}

/** 表四's 15 cells of up to four digits, with room for placeholders and decimals. */
const MAX_GLUED_RUN = 96;

/** A line of run-together cells as one row per label, each with its runs of digits. */
function gluedTextRows(block: TextBlock): TokenRow[] | null {
  const rows = gluedRows(block.text);
  if (!rows) return null;
  return rows.map(({ label, runs }) => ({
    tokens: [
      ...(label ? [token(label, block.location)] : []),
      // A run may hold placeholders and signs (`554——3163`): a value to split, never a label;
      // unless it is longer than any row of cells, then it is read as printed text.
      ...runs.map((run) =>
        run.length > MAX_GLUED_RUN
          ? token(run, block.location)
          : { ...token(run, block.location), kind: 'value' as const },
      ),
    ],
    positional: false,
    location: block.location,
    glued: true,
  }));
}

function textBlockRow(block: TextBlock): TokenRow | null {
  if (block.cells && block.cells.length > 0) {
    return {
      tokens: block.cells.flatMap((cell) => splitTrailingValues(cell.text, cell.location)),
      positional: false,
      location: block.location,
    };
  }
  const text = block.text;
  if (isPageFurniture(text)) return null;
  if (text.includes('\t') && text.replace(/\t/g, '').trim().length > 0)
    return tabRow(text, block.location);
  if (text.includes('|')) return pipeRow(text, block.location);
  if (text.trim().length === 0) return null;
  return {
    tokens: splitTrailingValues(text, block.location),
    positional: false,
    location: block.location,
  };
}

function cellLocation(cell: DocumentCell): SourceLocation {
  return cell.location;
}

function tableRows(block: TableBlock): TokenRow[] {
  return block.rows
    .map((slots) => ({
      tokens: slots.map((slot, position) =>
        slot.origin
          ? token(slot.cell.text, cellLocation(slot.cell), position)
          : { ...token(slot.cell.text, cellLocation(slot.cell), position), kind: 'span' as const },
      ),
      positional: true,
      location: slots[0]?.cell.location ?? block.location,
    }))
    .filter((row) => row.tokens.some((item) => item.kind !== 'empty'));
}

function blockRows(block: DocumentBlock): TokenRow[] {
  if (block.type === 'table') return tableRows(block);
  if (!block.cells && !block.text.includes('\t') && !block.text.includes('|')) {
    const glued = gluedTextRows(block);
    if (glued) return glued;
  }
  const row = textBlockRow(block);
  return row ? [row] : [];
}

/** Every printed row of the document in reading order, whatever the input kind. */
export function tokenRows(document: ReportDocument): TokenRow[] {
  return document.blocks.flatMap(blockRows);
}

/** The row's text tokens joined, for headings and labels. */
export function rowText(row: TokenRow): string {
  return row.tokens
    .filter((item) => item.kind === 'text')
    .map((item) => item.text)
    .join(' ');
}
