import type { LayoutCell, TableLayout } from '../report-tables/table-layout';

/** Where a value cell sits in its table's grid: body row, first and last column. */
interface Place {
  table: number;
  row: number;
  from: number;
  to: number;
}

/** The grid places of every value cell of the layouts, row and column spans counted. */
function places(layouts: readonly TableLayout[], typed: ReadonlySet<string>): Map<string, Place> {
  const found = new Map<string, Place>();
  layouts.forEach((layout, table) => {
    // Columns taken by a row span from a row above, per body row.
    const taken: Set<number>[] = layout.body.map(() => new Set());
    layout.body.forEach((row, rowIndex) => {
      let column = 0;
      for (const cell of row) {
        while (taken[rowIndex].has(column)) column += 1;
        const width = spanOf(cell, 'colSpan');
        const height = spanOf(cell, 'rowSpan');
        for (let below = 1; below < height && rowIndex + below < taken.length; below += 1) {
          for (let at = column; at < column + width; at += 1) taken[rowIndex + below].add(at);
        }
        if (cell.kind === 'value' && typed.has(cell.key)) {
          found.set(cell.key, { table, row: rowIndex, from: column, to: column + width - 1 });
        }
        column += width;
      }
    });
  });
  return found;
}

function spanOf(cell: LayoutCell, span: 'colSpan' | 'rowSpan'): number {
  if (span === 'rowSpan') return 'rowSpan' in cell ? (cell.rowSpan ?? 1) : 1;
  return cell.colSpan ?? 1;
}

export type Move = 'left' | 'right' | 'up' | 'down';

/**
 * Moving between the typed cells of the form like a spreadsheet: left and right in reading order
 * (as Tab), up and down to the nearest cell of the row above or below in the same table (its
 * first or last row goes on to the table before or after).
 */
export function cellMoves(layouts: readonly TableLayout[], order: readonly string[]) {
  const at = places(layouts, new Set(order));
  const index = new Map(order.map((key, position) => [key, position]));
  return (key: string, move: Move): string | null => {
    const position = index.get(key);
    const place = at.get(key);
    if (position === undefined || !place) return null;
    if (move === 'left') return order[position - 1] ?? null;
    if (move === 'right') return order[position + 1] ?? null;
    const step = move === 'down' ? 1 : -1;
    let best: { key: string; rows: number; columns: number } | null = null;
    for (const [other, there] of at) {
      if (there.table !== place.table) continue;
      const rows = (there.row - place.row) * step;
      if (rows <= 0) continue;
      const columns = Math.max(0, there.from - place.to, place.from - there.to);
      if (!best || rows < best.rows || (rows === best.rows && columns < best.columns)) {
        best = { key: other, rows, columns };
      }
    }
    if (best) return best.key;
    // Off the table's edge: the next table's first cell, or the table before's last.
    const beyond = order.filter((other) => at.get(other)?.table === place.table + step);
    return (step === 1 ? beyond[0] : beyond[beyond.length - 1]) ?? null;
  };
}

/** The typed keys of the same body row from `key` on, left to right (where a pasted row goes). */
export function rowFrom(
  layouts: readonly TableLayout[],
  order: readonly string[],
  key: string,
  rowsDown = 0,
): string[] {
  const at = places(layouts, new Set(order));
  const place = at.get(key);
  if (!place) return [];
  return order.filter((other) => {
    const there = at.get(other);
    return (
      there !== undefined &&
      there.table === place.table &&
      there.row === place.row + rowsDown &&
      there.from >= place.from
    );
  });
}
