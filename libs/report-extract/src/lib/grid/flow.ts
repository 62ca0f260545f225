import type {
  DocumentBlock,
  DocumentCell,
  GridSlot,
  TableBlock,
  TextBlock,
} from '@ogi/report-parser';
import { ExtractError } from '../errors';

/**
 * The intermediate tree HTML and DOCX readers build: a flow of paragraphs and tables whose cells
 * hold flows of their own. `emitFlow` turns it into blocks: leaf tables become TableBlocks, tables
 * that contain tables (layout containers) give their content as blocks in order.
 */
export type FlowItem = { kind: 'para'; text: string } | { kind: 'table'; table: RawTable };

export interface RawCell {
  flow: FlowItem[];
  rowSpan: number;
  colSpan: number;
  /** DOCX vertical merge: `continue` cells extend the cell above. */
  vMerge?: 'restart' | 'continue';
}

export interface RawRow {
  cells: RawCell[];
  /** DOCX w:gridBefore: grid columns skipped before the first cell. */
  gridBefore?: number;
}

export interface RawTable {
  rows: RawRow[];
  /** Set when a cell's flow holds a table. */
  hasNestedTable: boolean;
}

export const MAX_SPAN = 1000;
const MAX_SLOTS = 2_000_000;

/** Span from an attribute value: the first run of digits (`3`, `"3"`, `\"3\"`), clamped to 1..1000. */
export function parseSpan(value: string | undefined | null): number {
  if (!value) return 1;
  const m = /\d+/.exec(value);
  if (!m) return 1;
  const n = Number.parseInt(m[0].slice(0, 7), 10);
  return n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/**
 * The items of a flow in reading order, without recursion (nesting is as deep as the input
 * makes it): a table `open` says yes to gives its cells' flows in row-major order in its place;
 * every other item is yielded as it stands.
 */
function* readingOrder(
  flow: FlowItem[],
  open: (table: RawTable) => boolean,
): Generator<FlowItem, void, undefined> {
  const stack: FlowItem[][] = [flow];
  const idx: number[] = [0];
  while (stack.length) {
    const top = stack.length - 1;
    const items = stack[top];
    if (idx[top] >= items.length) {
      stack.pop();
      idx.pop();
      continue;
    }
    const item = items[idx[top]++];
    if (item.kind === 'table' && open(item.table)) {
      const rows = item.table.rows;
      for (let r = rows.length - 1; r >= 0; r--) {
        for (let c = rows[r].cells.length - 1; c >= 0; c--) {
          stack.push(rows[r].cells[c].flow);
          idx.push(0);
        }
      }
      continue;
    }
    yield item;
  }
}

/** Text of a cell: its paragraphs joined with line breaks (nested tables flattened to their text). */
function cellText(flow: FlowItem[]): string {
  const parts: string[] = [];
  for (const item of readingOrder(flow, () => true)) {
    if (item.kind === 'para' && item.text) parts.push(item.text);
  }
  return parts.join('\n');
}

function isBlank(table: RawTable): boolean {
  return table.rows.every((r) => r.cells.every((c) => cellText(c.flow).trim() === ''));
}

/** Resolves spans into a grid. HTML uses rowSpan; DOCX uses vMerge continue cells. */
export function resolveGrid(table: RawTable, tableIndex: number): GridSlot[][] {
  const rows = table.rows;
  const grid: (GridSlot | undefined)[][] = rows.map(() => []);
  let slots = 0;
  for (let r = 0; r < rows.length; r++) {
    const line = grid[r];
    let c = Math.min(rows[r].gridBefore ?? 0, MAX_SPAN);
    for (const raw of rows[r].cells) {
      while (line[c]) c++;
      const colSpan = Math.max(1, Math.min(raw.colSpan, MAX_SPAN));
      if (raw.vMerge === 'continue' && r > 0) {
        const above = grid[r - 1][c];
        if (above) {
          const width = Math.max(colSpan, above.cell.colSpan);
          const startCol = above.cell.location.column ?? c;
          above.cell.rowSpan = r - (above.cell.location.row ?? r) + 1;
          for (let k = 0; k < width; k++)
            line[startCol + k] ??= { cell: above.cell, origin: false };
          const extra = cellText(raw.flow);
          if (extra) above.cell.text = above.cell.text ? `${above.cell.text}\n${extra}` : extra;
          c = Math.max(c + colSpan, startCol + width);
          slots += width;
          continue;
        }
      }
      const rowSpan = Math.max(1, Math.min(raw.rowSpan, rows.length - r, MAX_SPAN));
      const cell: DocumentCell = {
        text: cellText(raw.flow),
        location: { table: tableIndex, row: r, column: c },
        rowSpan,
        colSpan,
      };
      for (let dr = 0; dr < rowSpan; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < colSpan; dc++) {
          if (!target[c + dc]) target[c + dc] = { cell, origin: dr === 0 && dc === 0 };
        }
      }
      slots += rowSpan * colSpan;
      if (slots > MAX_SLOTS) {
        throw new ExtractError('too_large', 'table too large', '表格过大');
      }
      c += colSpan;
    }
  }
  // Holes (slots nobody covers before the row's last slot) become empty cells.
  return grid.map((line, r) => {
    const out: GridSlot[] = [];
    for (let c = 0; c < line.length; c++) {
      out.push(
        line[c] ?? {
          cell: {
            text: '',
            location: { table: tableIndex, row: r, column: c },
            rowSpan: 1,
            colSpan: 1,
          },
          origin: true,
        },
      );
    }
    return out;
  });
}

/** Paragraph location: 1-based paragraph number as `line`. */
export interface EmitOptions {
  notes: string[];
}

/**
 * Turns a flow into blocks in reading order, without recursion: layout tables (tables holding
 * tables, or one-cell frames) are opened in place, leaf tables become TableBlocks.
 */
export function emitFlow(flow: FlowItem[], opts: EmitOptions): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let tableIndex = 0;
  let paragraph = 0;
  let layoutTables = 0;
  // Layout tables (holding tables, or one-cell frames) are opened in place.
  const layout = (table: RawTable) => {
    const cellCount = table.rows.reduce((n, r) => n + r.cells.length, 0);
    if (table.hasNestedTable) layoutTables++;
    return table.hasNestedTable || cellCount <= 1;
  };
  for (const item of readingOrder(flow, layout)) {
    if (item.kind === 'para') {
      if (!item.text) continue;
      paragraph++;
      const block: TextBlock = { type: 'text', text: item.text, location: { line: paragraph } };
      blocks.push(block);
      continue;
    }
    const t = item.table;
    if (isBlank(t)) continue;
    const rows = resolveGrid(t, tableIndex);
    const block: TableBlock = { type: 'table', rows, location: { table: tableIndex } };
    tableIndex++;
    blocks.push(block);
  }
  if (layoutTables)
    opts.notes.push(
      `${layoutTables} layout table(s) holding other tables were read as page content`,
    );
  return blocks;
}
