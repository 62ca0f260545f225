import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `reports.text_figures`: the figures a report quotes in its prose (JSON), so that the rules can be
 * checked again after a cell is corrected without reading the original file (T3-7 compares them
 * with the tables). NULL for reports stored before it: unknown until the report is read again.
 */
export class ReportTextFigures1764460800000 implements MigrationInterface {
  name = 'ReportTextFigures1764460800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" ADD COLUMN "text_figures" varchar`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reports" DROP COLUMN "text_figures"`);
  }
}
