import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The two long public lists (practices by last change, resources by date) page by time. Cursors carry
 * JavaScript's millisecond times, so those columns keep milliseconds only: the lists can then order by the
 * column itself, which an index serves, instead of by `date_trunc` of it, which made every page sort the
 * whole table.
 */
export class MillisecondListKeys1764005400000 implements MigrationInterface {
  name = 'MillisecondListKeys1764005400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "practices" ALTER COLUMN "updated_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "resources" ALTER COLUMN "created_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "practices_updated_idx" ON "practices" ("updated_at", "id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "practices_updated_idx"`);
    await queryRunner.query(`ALTER TABLE "resources" ALTER COLUMN "created_at" TYPE TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "practices" ALTER COLUMN "updated_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
