/** A cell's value as a column sorts it: no value ("—", blank) is null. */
export type SortValue = string | number | null | undefined;

type SortOrder = 'ascend' | 'descend' | null | undefined;

/**
 * Orders two cells for antd's sorter, which reverses the result for a descending sort: cells
 * without a value come last in both directions, numbers by value, text by its Chinese order.
 */
export function compareCells(a: SortValue, b: SortValue, descending: boolean): number {
  const aMissing = a === null || a === undefined || a === '';
  const bMissing = b === null || b === undefined || b === '';
  if (aMissing || bMissing) {
    if (aMissing && bMissing) return 0;
    const last = aMissing ? 1 : -1;
    return descending ? -last : last;
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN');
}

/** An antd column sorter by one value of the row, with the ordering of compareCells. */
export function sortBy<Row>(valueOf: (row: Row) => SortValue) {
  return (a: Row, b: Row, order?: SortOrder): number =>
    compareCells(valueOf(a), valueOf(b), order === 'descend');
}
