import type { ReadableLine, SourceLocation } from '../../data-access/report-types';

/**
 * How an original is shown: a text file as its lines; HTML and Word as the text the parser read
 * (converted by the api with the parser's own extraction, so cells find their lines); PDF as
 * rendered pages; anything else not at all.
 */
export type SourceKind = 'text' | 'readable' | 'pdf' | 'other';

const READABLE_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'text/html',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
]);

export function sourceKind(mediaType: string): SourceKind {
  if (READABLE_MEDIA_TYPES.has(mediaType)) return 'readable';
  // A report entered by hand keeps its entry as JSON: shown as text.
  if (mediaType.startsWith('text/') || mediaType.endsWith('+json')) return 'text';
  if (mediaType === 'application/pdf') return 'pdf';
  return 'other';
}

/** A line as the source box shows it: its number (or place in a table) and its text. */
export interface ShownLine {
  label: string;
  text: string;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The text of a stored original as the parser read it (BOM, strict UTF-8, then GB18030, which covers
 * GBK), so line numbers match the cells' locations.
 */
export function decodeOriginal(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return (
    tryDecode(bytes, 'utf-8') ??
    tryDecode(bytes, 'gb18030') ??
    new TextDecoder('utf-8').decode(bytes)
  );
}

/** Lines numbered as the text extractor numbers them: CR/CRLF are line ends, no extra last line. */
export function sourceLines(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '')
    .split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A text file's lines, numbered from 1. */
export function numberedLines(lines: readonly string[]): ShownLine[] {
  return lines.map((text, index) => ({ label: String(index + 1), text }));
}

/** The index of the line a cell of a text file was read from. */
export function textLineIndex(count: number, location: SourceLocation | null): number | null {
  const line = location?.line;
  return line !== undefined && line >= 1 && line <= count ? line - 1 : null;
}

/**
 * The lines of an HTML or Word original: a paragraph keeps its number (the 第 N 行 of its cells'
 * location), a table row is labelled by table and row (第 t 个表格，表内第 r 行).
 */
export function readableShownLines(lines: readonly ReadableLine[]): ShownLine[] {
  return lines.map(({ text, location }) => ({
    label:
      location.table !== undefined && location.row !== undefined
        ? `表${location.table + 1}·${location.row + 1}`
        : String(location.line ?? ''),
    text,
  }));
}

/** The index of the readable line holding a cell: its table row, or its paragraph. */
export function readableLineIndex(
  lines: readonly ReadableLine[],
  location: SourceLocation | null,
): number | null {
  if (!location) return null;
  const index = lines.findIndex((line) =>
    location.table !== undefined
      ? line.location.table === location.table && line.location.row === location.row
      : location.line !== undefined && line.location.line === location.line,
  );
  return index >= 0 ? index : null;
}
