import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows the demo data set creates (and `DELETE /api/demo` removes). */
export const DEMO_TABLES = ['regions', 'offices', 'source_files', 'reports'] as const;

/**
 * Demo data: an `is_demo` flag (default false) on regions, offices, source files and reports, so
 * that exactly the demo rows can be removed in one transaction; and `demo_state`, a single row
 * that decides which instance loads the demo (its primary key admits one claim) and records
 * whether the demo was loaded or removed (so that a removed demo is not loaded again).
 */
export class DemoData1764288000000 implements MigrationInterface {
  name = 'DemoData1764288000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.driver.options.type === 'postgres';
    const no = postgres ? 'false' : '0';
    for (const table of DEMO_TABLES) {
      await queryRunner.query(
        `ALTER TABLE "${table}" ADD COLUMN "is_demo" boolean NOT NULL DEFAULT ${no}`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_reports_demo" ON "reports" ("is_demo") WHERE ${postgres ? '"is_demo"' : '"is_demo" = 1'}`,
    );
    await queryRunner.query(`CREATE TABLE "demo_state" (
        "id" integer PRIMARY KEY CHECK ("id" = 1),
        "status" varchar NOT NULL CHECK ("status" IN ('loading', 'loaded', 'failed', 'removed')),
        "owner" varchar NOT NULL,
        "reports" integer NOT NULL DEFAULT 0,
        "heartbeat_at" bigint NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demo_state"`);
    await queryRunner.query(`DROP INDEX "IDX_reports_demo"`);
    for (const table of DEMO_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "is_demo"`);
    }
  }
}
