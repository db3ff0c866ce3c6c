import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A PDF's text is extracted after its upload is answered, away from the request: each version of a file
 * says how far that got (`pending`, `extracting` since `text_started_at`, `done`, `failed`; null for files
 * whose text is not extracted), so that an extraction that a restart or a crash interrupted is taken up
 * again, by whichever instance is running.
 */
export class PdfTextExtraction1765000000000 implements MigrationInterface {
  name = 'PdfTextExtraction1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resource_versions" ADD "text_state" text`);
    await queryRunner.query(`ALTER TABLE "resource_versions" ADD "text_attempts" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "resource_versions" ADD "text_started_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "resource_versions" ADD CONSTRAINT "resource_versions_text_state_check" CHECK (text_state IN ('pending', 'extracting', 'done', 'failed'))`,
    );
    await queryRunner.query(
      `CREATE INDEX "resource_versions_text_unfinished_idx" ON "resource_versions" ("uploaded_at") WHERE text_state IN ('pending', 'extracting')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "resource_versions_text_unfinished_idx"`);
    await queryRunner.query(`ALTER TABLE "resource_versions" DROP CONSTRAINT "resource_versions_text_state_check"`);
    await queryRunner.query(`ALTER TABLE "resource_versions" DROP COLUMN "text_started_at"`);
    await queryRunner.query(`ALTER TABLE "resource_versions" DROP COLUMN "text_attempts"`);
    await queryRunner.query(`ALTER TABLE "resource_versions" DROP COLUMN "text_state"`);
  }
}
