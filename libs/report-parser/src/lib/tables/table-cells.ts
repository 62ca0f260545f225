import {
  FIELD_CATALOGUE,
  derivedParts,
  printedKeys,
  type FormatVersion,
  type TableId,
} from '@ogi/report-schema';
import type { ParsedCell } from '../parsed-report';
import { notPrintedCell, type TableReading } from './table-reading';

/**
 * The cells of a found table: every key its format prints, then the catalogue keys that format
 * derives (（六）其他处理 in 2021) as the sum of their printed parts, or as printed if the report
 * printed them anyway.
 */
export function tableCells(reading: TableReading, version: FormatVersion): ParsedCell[] {
  const keys = printedKeys(reading.table, version);
  const cells = keys.map((key) => reading.cells.get(key) ?? notPrintedCell(key));
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  for (const key of derivedKeysOf(reading.table, version)) {
    cells.push(reading.cells.get(key) ?? derivedCell(key, derivedParts(key, version) ?? [], byKey));
  }
  return cells;
}

/** Catalogue keys a format derives instead of printing (（六）其他处理 in 2021). */
function derivedKeysOf(table: TableId, version: FormatVersion): string[] {
  return FIELD_CATALOGUE.filter(
    (field) => field.table === table && field.derivedIn.includes(version),
  ).map((field) => field.key);
}

function derivedCell(
  key: string,
  parts: readonly string[],
  byKey: ReadonlyMap<string, ParsedCell>,
): ParsedCell {
  const partCells = parts.map((part) => byKey.get(part));
  if (
    partCells.length === 0 ||
    partCells.some(
      (cell) => !cell || cell.status === 'not_printed' || cell.status === 'unparseable',
    )
  ) {
    return notPrintedCell(key);
  }
  const numbers = partCells.filter((cell) => cell?.status === 'number');
  if (numbers.length === 0) return notPrintedCell(key);
  const value = numbers.reduce((sum, cell) => sum + (cell?.value ?? 0), 0);
  return {
    key,
    value,
    status: 'number',
    raw: null,
    unit: null,
    location: numbers[0]?.location ?? null,
    assignedBy: 'derived',
  };
}

/** Share of a table's recognised rows that printed at least one value. */
export function rowsWithValues(reading: TableReading): { seen: number; withValues: number } {
  const rows = new Map<string, boolean>();
  for (const cell of reading.cells.values()) {
    const row = cell.key.slice(0, cell.key.lastIndexOf('.'));
    rows.set(row, (rows.get(row) ?? false) || cell.status !== 'not_printed');
  }
  return { seen: rows.size, withValues: [...rows.values()].filter(Boolean).length };
}
