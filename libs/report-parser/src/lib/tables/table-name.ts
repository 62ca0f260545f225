import { TABLES, type TableId } from '@ogi/report-schema';

/** 表二 / 表三 / 表四, as findings name the tables. */
export function tableName(table: TableId): string {
  return `表${TABLES[table].numeral}`;
}
