import {
  boundProblem,
  describeBoundZh,
  fieldByKey,
  figureKeys,
  TABLES,
  valueBounds,
  type TableId,
} from '@ogi/report-schema';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FIGURE_COLUMNS } from '../figures/report-figures';
import { isMoneyMetric } from '../stats/metric-columns';
import {
  dropRollupTablesSql,
  dropRollupTriggersSql,
  rollupBackfillSql,
  rollupTableSql,
  rollupTriggersSql,
  type RollupDialect,
  type RollupVersion,
} from '../stats/stats-rollup';
import { ROLLUP_METRICS_V1 } from './1764720000000-stats-rollup';

const dialectOf = (queryRunner: QueryRunner): RollupDialect =>
  queryRunner.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite';

/** Cells that may break a bound: anything large, and any fraction (a count must be whole). */
const CANDIDATE_CELLS = `SELECT "report_id", "key", "value", "raw", "location" FROM "report_cells"
  WHERE "value" IS NOT NULL AND ("value" > 100000000 OR "value" < -100000000 OR "value" <> ROUND("value"))`;

/** Beyond any sum of cells within their bounds: only a value that was never checked. */
const FIGURE_COUNT_LIMIT = 100_000_000_000;
const FIGURE_MONEY_LIMIT = 100_000_000;

interface CandidateCell {
  report_id: number;
  key: string;
  value: number | string;
  raw: string | null;
  location: string | null;
}

/**
 * `stats_rollup` in exact integers (see stats-rollup.ts): the table is created again with 64-bit
 * integer columns, backfilled and its triggers recreated. Before the backfill, values stored
 * before the schema had bounds (a correction of 1e308, a parsed 1e20) are taken out: such a cell
 * keeps its printed text, loses its value (`unparseable`) and gets an `out_of_range` finding; the
 * figures summing it become null, as they would be recomputed from the cell.
 */
export const EXACT_ROLLUP_MIGRATION = 'ExactRollup1765065600000';

export class ExactRollup1765065600000 implements MigrationInterface {
  name = EXACT_ROLLUP_MIGRATION;

  async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOf(queryRunner);
    await rebuildRollup(queryRunner, 2, () => clearValuesOutOfBounds(queryRunner, dialect));
  }

  /** Back to the float rollup of version 1; cleared values stay cleared (corrections keep them). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await rebuildRollup(queryRunner, 1);
  }
}

async function rebuildRollup(
  queryRunner: QueryRunner,
  version: RollupVersion,
  beforeBackfill?: () => Promise<void>,
): Promise<void> {
  const dialect = dialectOf(queryRunner);
  for (const sql of dropRollupTriggersSql(dialect)) await queryRunner.query(sql);
  for (const sql of dropRollupTablesSql()) await queryRunner.query(sql);
  await beforeBackfill?.();
  for (const sql of rollupTableSql(dialect, ROLLUP_METRICS_V1, version)) {
    await queryRunner.query(sql);
  }
  await queryRunner.query(rollupBackfillSql(ROLLUP_METRICS_V1, version));
  for (const sql of rollupTriggersSql(dialect, ROLLUP_METRICS_V1, version)) {
    await queryRunner.query(sql);
  }
}

async function clearValuesOutOfBounds(
  queryRunner: QueryRunner,
  dialect: RollupDialect,
): Promise<void> {
  const p = (index: number) => (dialect === 'postgres' ? `$${index}` : '?');
  const candidates = (await queryRunner.query(CANDIDATE_CELLS)) as CandidateCell[];
  const nextPosition = new Map<number, number>();
  for (const cell of candidates) {
    const field = fieldByKey(cell.key);
    if (!field) continue;
    const bounds = valueBounds(field);
    const problem = boundProblem(Number(cell.value), bounds);
    if (!problem) continue;
    await queryRunner.query(
      `UPDATE "report_cells" SET "value" = NULL, "status" = 'unparseable' WHERE "report_id" = ${p(1)} AND "key" = ${p(2)}`,
      [cell.report_id, cell.key],
    );
    let position = nextPosition.get(cell.report_id);
    if (position === undefined) {
      const [row] = (await queryRunner.query(
        `SELECT COALESCE(MAX("position"), -1) + 1 AS "next" FROM "report_findings" WHERE "report_id" = ${p(1)}`,
        [cell.report_id],
      )) as { next: number | string }[];
      position = Number(row?.next ?? 0);
    }
    nextPosition.set(cell.report_id, position + 1);
    const table = field.table as TableId;
    await queryRunner.query(
      `INSERT INTO "report_findings" ("report_id", "position", "code", "severity", "message", "table_id", "keys", "location")
       VALUES (${p(1)}, ${p(2)}, 'out_of_range', 'error', ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)})`,
      [
        cell.report_id,
        position,
        `表${TABLES[table].numeral}“${field.row}”×“${field.column}”存有 ${cell.value}，${describeBoundZh(problem, bounds)}：已清除，请按原文更正`,
        table,
        JSON.stringify([cell.key]),
        cell.location,
      ],
    );
    for (const column of FIGURE_COLUMNS) {
      if (!figureKeys(column).includes(cell.key)) continue;
      await queryRunner.query(
        `UPDATE "report_figures" SET "${column.column}" = NULL WHERE "report_id" = ${p(1)}`,
        [cell.report_id],
      );
    }
  }
  // Figures with no out-of-range cell behind them (a 2019 cell mapped to another key, a sum).
  for (const column of FIGURE_COLUMNS) {
    const limit = isMoneyMetric([column.column]) ? FIGURE_MONEY_LIMIT : FIGURE_COUNT_LIMIT;
    await queryRunner.query(
      `UPDATE "report_figures" SET "${column.column}" = NULL WHERE "${column.column}" IS NOT NULL AND NOT (ABS("${column.column}") <= ${limit})`,
    );
  }
}
