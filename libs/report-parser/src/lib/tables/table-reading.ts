import { fieldByKey, type TableId } from '@ogi/report-schema';
import { convertToKeyUnit, readCell } from '../cells/cell-value';
import type { Token } from '../layout/token-rows';
import type { Assignment, ParseFinding, ParsedCell } from '../parsed-report';

/** What reading one table produced: the cells it found (by key) and its findings. */
export interface TableReading {
  table: TableId;
  cells: Map<string, ParsedCell>;
  findings: ParseFinding[];
  /** Whether any row of the table was recognised. */
  found: boolean;
  /** Index of the last logical row that belonged to the table, for truncation reports. */
  lastRowIndex: number | null;
}

export function emptyReading(table: TableId): TableReading {
  return { table, cells: new Map(), findings: [], found: false, lastRowIndex: null };
}

/** The cell a printed token gives a key: the value converted to the key's unit, the raw text kept. */
export function cellFromToken(key: string, item: Token, assignedBy: Assignment): ParsedCell {
  const keyUnit = fieldByKey(key)?.unit ?? '件';
  const reading = readCell(item.kind === 'empty' ? '' : item.text);
  const value =
    reading.value === null ? null : convertToKeyUnit(reading.value, reading.unit, keyUnit);
  return {
    key,
    value,
    status: reading.status,
    raw: item.text,
    unit: reading.unit,
    location: item.location,
    assignedBy,
  };
}

export function notPrintedCell(key: string): ParsedCell {
  return {
    key,
    value: null,
    status: 'not_printed',
    raw: null,
    unit: null,
    location: null,
    assignedBy: null,
  };
}

/**
 * Positional rows often carry trailing empty cells from merged value cells (`行政许可\t0\t\t`).
 * Returns the value cells to assign to `count` columns: the first `count`, or, when printed values
 * sit beyond them with empty slots before, the printed values in order.
 */
export function fitValues(
  values: readonly Token[],
  count: number,
): { fitted: Token[]; extra: Token[] } {
  if (values.length <= count) return { fitted: [...values], extra: [] };
  const printed = values.filter((item) => item.kind !== 'empty');
  const head = values.slice(0, count);
  const printedInHead = head.filter((item) => item.kind !== 'empty').length;
  if (printed.length <= count && printedInHead < printed.length)
    return { fitted: printed, extra: [] };
  return { fitted: head, extra: values.slice(count).filter((item) => item.kind !== 'empty') };
}
