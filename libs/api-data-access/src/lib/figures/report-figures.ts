import { REPORT_FIGURES, type ReportFigure } from '@ogi/report-schema';

/**
 * One numeric column of `report_figures`: a schema figure (@ogi/report-schema REPORT_FIGURES,
 * computed there by `computeFigures`) stored in the column named by its id.
 */
export interface FigureColumn extends ReportFigure {
  column: string;
}

/** Every column of report_figures after report_id and flags, in table order. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = REPORT_FIGURES.map((figure) => ({
  ...figure,
  column: figure.id,
}));

const PROPERTY_BY_COLUMN = new Map<string, string>();

/** Property name of a column on the entity (snake_case column → camelCase property). */
export function figureProperty(column: string): string {
  // Asked ~200 times per stored report: remembered, as the columns are a fixed set.
  let property = PROPERTY_BY_COLUMN.get(column);
  if (property === undefined) {
    property = column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
    PROPERTY_BY_COLUMN.set(column, property);
  }
  return property;
}
