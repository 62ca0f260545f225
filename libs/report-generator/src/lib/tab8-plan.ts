import {
  APPLICANT_COLUMN_IDS,
  applicationKey,
  outcomeLeafRows,
  printedApplicationRows,
  type FormatVersion,
} from '@ogi/report-schema';
import type { PrintedCell } from './model';

/** Columns (indexes into APPLICANT_COLUMN_IDS) a row of `size` values prints. */
type Pattern = readonly number[];

const COLUMNS = APPLICANT_COLUMN_IDS.length;
const TOTAL = COLUMNS - 1;

function patterns(size: number): Pattern[] {
  const result: Pattern[] = [];
  const build = (start: number, chosen: number[]) => {
    if (chosen.length === size) return void result.push([...chosen]);
    for (let column = start; column <= COLUMNS - (size - chosen.length); column += 1)
      build(column + 1, [...chosen, column]);
  };
  build(0, []);
  return result;
}

const PATTERNS: Record<number, Pattern[]> = { 5: patterns(5), 6: patterns(6) };
/** The sample's grid read left to right: 6-value rows lose 总计, 5-value rows lose 其他 and 总计. */
const CARRIED: Record<number, Pattern> = { 6: [0, 1, 2, 3, 4, 5], 5: [0, 1, 2, 3, 4] };

/** Rows of 表三 and how many values each prints on the 8-column grid (labels over 2 or 3 cells). */
function rowSizes(version: FormatVersion): { id: string; size: 5 | 6 }[] {
  return printedApplicationRows(version).map((row) => ({
    id: row.id,
    size: row.level === 3 ? 5 : 6,
  }));
}

/** Placed values, row-major (rows × 7); NaN where a row does not print the column. */
type Placed = Float64Array;

interface Layout {
  sizes: Uint8Array;
  printed: Float64Array[];
  newReceived: number;
  carriedOver: number;
  outcomeTotal: number;
  carriedForward: number;
  leaves: number[];
}

function place(layout: Layout, chosen: Record<number, Pattern>, into: Placed): Placed {
  into.fill(NaN);
  layout.printed.forEach((values, row) => {
    const pattern = chosen[layout.sizes[row]];
    for (let position = 0; position < values.length; position += 1)
      into[row * COLUMNS + pattern[position]] = values[position];
  });
  return into;
}

const valueOr0 = (value: number) => (Number.isNaN(value) ? 0 : value);

/** Passes of T3-1, T3-2 and T3-3 (blank = 0, blank total = sum of its parts), or -1 on any failure. */
function score(placed: Placed, layout: Layout): number {
  let passes = 0;
  const rows = layout.sizes.length;
  const parts = new Float64Array(rows);
  for (let row = 0; row < rows; row += 1) {
    let sum = 0;
    for (let column = 0; column < TOTAL; column += 1)
      sum += valueOr0(placed[row * COLUMNS + column]);
    parts[row] = sum;
    const total = placed[row * COLUMNS + TOTAL];
    if (Number.isNaN(total)) passes += sum === 0 ? 1 : 0;
    else if (Math.abs(total - sum) > 1e-9) return -1;
    else passes += 1;
  }
  const at = (row: number, column: number) => {
    const value = placed[row * COLUMNS + column];
    return Number.isNaN(value) ? (column === TOTAL ? parts[row] : 0) : value;
  };
  for (let column = 0; column < COLUMNS; column += 1) {
    if (
      at(layout.newReceived, column) + at(layout.carriedOver, column) !==
      at(layout.outcomeTotal, column) + at(layout.carriedForward, column)
    )
      return -1;
    let leaves = 0;
    for (const row of layout.leaves) leaves += at(row, column);
    if (leaves !== at(layout.outcomeTotal, column)) return -1;
    passes += 2;
  }
  return passes;
}

function samePlacement(a: Placed, b: Placed): boolean {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index] !== b[index] && !(Number.isNaN(a[index]) && Number.isNaN(b[index]))) return false;
  }
  return true;
}

/**
 * Decides whether 表三 of a report can be printed on the 8-column grid of the sample (§7.4) so that
 * the rules realign it: the grid carries the first 6 (or 5) values of each row; the left-to-right
 * reading must satisfy T3-1/T3-2/T3-3, and no other alignment may satisfy them better while placing
 * the values differently. Returns the keys the grid cannot carry (truth null), or null when the
 * values cannot be realigned (the report is then printed on the full grid instead).
 */
export function planTab8(
  cells: Readonly<Record<string, PrintedCell>>,
  version: FormatVersion,
): string[] | null {
  const rows = rowSizes(version);
  const positions = new Map(rows.map((row, position) => [row.id, position]));
  const index = { get: (id: string): number => positions.get(id) ?? -1 };
  const layout: Layout = {
    sizes: Uint8Array.from(rows.map((row) => row.size)),
    // a dash or blank reads as no number: NaN, the same as a column the row does not print
    printed: rows.map((row) =>
      Float64Array.from(
        CARRIED[row.size].map(
          (column) => cells[applicationKey(row.id, APPLICANT_COLUMN_IDS[column])]?.value ?? NaN,
        ),
      ),
    ),
    newReceived: index.get('new_received'),
    carriedOver: index.get('carried_over'),
    outcomeTotal: index.get('outcome_total'),
    carriedForward: index.get('carried_forward'),
    leaves: outcomeLeafRows(version).map((row) => index.get(row.id)),
  };
  const truth = place(layout, CARRIED, new Float64Array(rows.length * COLUMNS));
  const truthScore = score(truth, layout);
  if (truthScore < 0) return null;
  const candidate = new Float64Array(rows.length * COLUMNS);
  for (const six of PATTERNS[6]) {
    for (const five of PATTERNS[5]) {
      place(layout, { 6: six, 5: five }, candidate);
      if (score(candidate, layout) > truthScore && !samePlacement(candidate, truth)) return null;
    }
  }
  const dropped: string[] = [];
  for (const row of rows)
    for (let column = 0; column < COLUMNS; column += 1)
      if (!CARRIED[row.size].includes(column))
        dropped.push(applicationKey(row.id, APPLICANT_COLUMN_IDS[column]));
  return dropped;
}
