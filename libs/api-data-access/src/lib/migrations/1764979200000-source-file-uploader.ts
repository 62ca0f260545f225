import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `source_files.uploaded_by`: the account that uploaded the file, so that a report stored without
 * an office (needs_input, failed) is visible to its uploader, not to admins only: its region is
 * decided through the office it does not have yet. NULL for files stored before accounts were
 * recorded, and for files stored by the CLI or the demo data (no account).
 */
export class SourceFileUploader1764979200000 implements MigrationInterface {
  name = 'SourceFileUploader1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "source_files" ADD COLUMN "uploaded_by" integer REFERENCES "users" ("id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "source_files" DROP COLUMN "uploaded_by"`);
  }
}
