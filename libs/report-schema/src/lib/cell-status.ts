/**
 * How a cell was printed. Only `number` carries a value; the others keep the value null so that
 * the consistency layer, not the parser, decides what a blank or a dash means (§6.5, §7.3).
 */
export const CELL_STATUSES = ['number', 'blank', 'dash', 'not_printed', 'unparseable'] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

export interface CellValue {
  value: number | null;
  status: CellStatus;
}

/** Values of one report keyed by canonical key; a key that is absent counts as `not_printed`. */
export type ReportValues = Readonly<Record<string, CellValue | undefined>>;

/** Printed as empty or as a placeholder: the spec lets arithmetic read these as zero, flagged. */
export function isPlaceholder(status: CellStatus): boolean {
  return status === 'blank' || status === 'dash';
}

/** Not there at all, or not readable: arithmetic over such a cell cannot be decided. */
export function isMissing(status: CellStatus): boolean {
  return status === 'not_printed' || status === 'unparseable';
}

export function numberCell(value: number): CellValue {
  return { value, status: 'number' };
}

export function statusCell(status: Exclude<CellStatus, 'number'>): CellValue {
  return { value: null, status };
}

export function cellOf(values: ReportValues, key: string): CellValue {
  return values[key] ?? { value: null, status: 'not_printed' };
}
