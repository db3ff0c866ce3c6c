import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE =
  "'mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group', 'practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback'";

/** Coordinators hear of flagged messages: a notification kind of its own. */
export class FlagNotifications1765530000000 implements MigrationInterface {
  name = 'FlagNotifications1765530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${BEFORE}, 'message-flagged'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'message-flagged'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${BEFORE}))`,
    );
  }
}
