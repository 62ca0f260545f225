import type { Grid, GridCell } from '../grids';

/** Text of every grid position of a row: origin cells print, span-covered positions are empty. */
export function rowTexts(row: readonly (GridCell | null)[], joinWrap = ' '): string[] {
  return row.map((item) => (item ? item.text.replace(/\n/g, joinWrap) : ''));
}

/** Data rows of a grid (after its header rows). */
export function dataRows(grid: Grid): (GridCell | null)[][] {
  return grid.rows.slice(grid.headerRows);
}
