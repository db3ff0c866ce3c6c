import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE =
  "'mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group', 'practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback', 'message-flagged'";

/**
 * A second reviewer verifies an evaluation's coding before it rates, or returns it with a comment; a
 * coordinator's decision reconciles a disagreement for good. Who reviewed is in the audit log only, so that
 * the evaluation holds no one's data but its author's. The author hears of each decision.
 */
export class EvaluationVerification1765640000000 implements MigrationInterface {
  name = 'EvaluationVerification1765640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "evaluations"
        ADD "verification_comment" text,
        ADD "verification_reconciled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${BEFORE}, 'evaluation-verification'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'evaluation-verification'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${BEFORE}))`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" DROP COLUMN "verification_comment", DROP COLUMN "verification_reconciled"`,
    );
  }
}
