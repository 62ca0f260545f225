import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored selections of offices and regions, for filters too long for a URL or a query list:
 * `selections` (a content-addressed id: the same lists always get the same id; counts, when and by
 * whom) and `selection_items` (one row per office or region id, kind `office` or `region`). Items
 * are rows, not a JSON text, so that a stats query joins them (`IN (SELECT …)`) instead of binding
 * thousands of parameters. No foreign key to offices or regions: a deleted one simply matches
 * nothing, and the id keeps standing for the lists it was made from. Times are epoch milliseconds.
 */
export class Selections1764892800000 implements MigrationInterface {
  name = 'Selections1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "selections" (
        "id" varchar PRIMARY KEY NOT NULL,
        "office_count" integer NOT NULL,
        "region_count" integer NOT NULL,
        "created_at" bigint NOT NULL,
        "created_by" integer REFERENCES "users" ("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE TABLE "selection_items" (
        "selection_id" varchar NOT NULL REFERENCES "selections" ("id") ON DELETE CASCADE,
        "kind" varchar NOT NULL,
        "item_id" integer NOT NULL,
        PRIMARY KEY ("selection_id", "kind", "item_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "selection_items"`);
    await queryRunner.query(`DROP TABLE "selections"`);
  }
}
