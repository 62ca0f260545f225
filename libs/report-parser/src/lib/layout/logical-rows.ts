import type { SourceLocation } from '../document/report-document';
import { isValueText } from '../cells/cell-value';
import type { Token, TokenRow } from './token-rows';

/**
 * A table row as the recogniser sees it: its label cells (row labels, carried-down parents,
 * header texts) and the value cells after them. Rows flattened one cell per line are rebuilt by
 * attaching value lines to the label line before them.
 */
export interface LogicalRow {
  labels: Token[];
  /** Value and empty cells after the last label, in printed order (never span copies). */
  values: Token[];
  /** The values keep their column positions (tab grid, table row). */
  positional: boolean;
  location: SourceLocation;
  /** Index of the first source row, for ordering and truncation. */
  index: number;
  /** The values are runs of digits that may hold several cells each (TokenRow.glued). */
  glued?: boolean;
}

function fromPositional(row: TokenRow, index: number): LogicalRow {
  let lastLabel = -1;
  row.tokens.forEach((item, position) => {
    if (isLabel(item)) lastLabel = position;
  });
  const labels = row.tokens.slice(0, lastLabel + 1).filter(isLabel);
  const values = row.tokens
    .slice(lastLabel + 1)
    .filter((item) => item.kind === 'value' || item.kind === 'empty');
  return { labels, values, positional: true, location: row.location, index };
}

/** Label text, or a rowspan copy of one; a span copy of a value cell is not a label. */
function isLabel(item: Token): boolean {
  return (
    item.kind === 'text' ||
    (item.kind === 'span' && item.text.length > 0 && !isValueText(item.text))
  );
}

/** Rebuilds label + values rows from printed rows, in order. */
export function logicalRows(rows: readonly TokenRow[], startIndex = 0): LogicalRow[] {
  const result: LogicalRow[] = [];
  let open: LogicalRow | null = null;
  rows.forEach((row, offset) => {
    const index = startIndex + offset;
    if (row.positional) {
      open = null;
      result.push(fromPositional(row, index));
      return;
    }
    const texts = row.tokens.filter((item) => item.kind === 'text');
    const values = row.tokens.filter((item) => item.kind === 'value');
    if (texts.length === 0) {
      if (open) open.values.push(...values);
      else {
        open = {
          labels: [],
          values: [...values],
          positional: false,
          location: row.location,
          index,
        };
        result.push(open);
      }
      return;
    }
    // A label line opens a row; values printed after the label on the same line belong to it.
    const lastText = row.tokens.lastIndexOf(texts[texts.length - 1]);
    open = {
      labels: texts,
      values: row.tokens.slice(lastText + 1).filter((item) => item.kind === 'value'),
      positional: false,
      location: row.location,
      index,
      ...(row.glued ? { glued: true } : {}),
    };
    result.push(open);
  });
  return result;
}

/** The most specific label of a row: its last label cell. */
export function ownLabel(row: LogicalRow): string {
  return row.labels.length > 0 ? row.labels[row.labels.length - 1].text : '';
}
