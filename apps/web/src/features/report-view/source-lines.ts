import type { SourceLocation } from '../../data-access/report-types';

/** How an original is shown: its text with line numbers, a rendered PDF page, or not at all. */
export type SourceKind = 'text' | 'html' | 'pdf' | 'other';

export function sourceKind(mediaType: string): SourceKind {
  if (mediaType === 'text/html') return 'html';
  if (mediaType.startsWith('text/')) return 'text';
  if (mediaType === 'application/pdf') return 'pdf';
  return 'other';
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

/**
 * The 1-based line of an HTML source where a table cell's row starts: the (table+1)-th <table>,
 * then its (row+1)-th <tr>. HTML cells are located by table, row and column, not by line.
 */
export function htmlRowLine(
  lines: readonly string[],
  location: Pick<SourceLocation, 'table' | 'row'>,
): number | null {
  if (location.table === undefined) return null;
  const tag = /<(\/?)(table|tr)\b/gi;
  let tables = -1;
  let depth = 0;
  let inTarget = false;
  let rows = -1;
  for (let index = 0; index < lines.length; index++) {
    for (const match of lines[index].matchAll(tag)) {
      const closing = match[1] === '/';
      const name = match[2].toLowerCase();
      if (name === 'table') {
        if (closing) {
          depth -= 1;
          if (inTarget && depth === 0) return null;
          continue;
        }
        tables += 1;
        depth += 1;
        if (tables === location.table) {
          inTarget = true;
          depth = 1;
          if (location.row === undefined) return index + 1;
        }
      } else if (!closing && inTarget && depth === 1) {
        rows += 1;
        if (rows === location.row) return index + 1;
      }
    }
  }
  return null;
}

/** The line of the original a cell was read from, when the original is shown as text. */
export function locationLine(
  kind: SourceKind,
  lines: readonly string[],
  location: SourceLocation | null,
): number | null {
  if (!location) return null;
  if (location.line !== undefined) return location.line;
  return kind === 'html' ? htmlRowLine(lines, location) : null;
}
