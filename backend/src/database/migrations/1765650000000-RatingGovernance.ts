import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification kinds the constraint allows now, read from it, so that this adds one whatever came before. */
async function notificationKinds(queryRunner: QueryRunner): Promise<string[]> {
  const [row] = (await queryRunner.query(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'notifications_kind_check'`,
  )) as Array<{ definition: string }>;
  return [...(row?.definition ?? '').matchAll(/'([^']+)'/g)].map((match) => match[1]!);
}

async function setNotificationKinds(queryRunner: QueryRunner, kinds: string[]): Promise<void> {
  await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
  await queryRunner.query(
    `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${kinds
      .map((kind) => `'${kind}'`)
      .join(', ')}))`,
  );
}

/**
 * Ratings are governed: each is re-reviewed two years after it was last computed or reviewed, or once a new
 * revision of its practice is published; members question ratings and authors appeal them, appeals decided by
 * two reviewers. A rating already stored counts as computed when its last evaluation changed (or, without
 * one, when the practice was first published), and as covering the revision published now.
 */
export class RatingGovernance1765650000000 implements MigrationInterface {
  name = 'RatingGovernance1765650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "practices"
        ADD "rating_reviewed_at" timestamptz NOT NULL DEFAULT now(),
        ADD "rating_reviewed_revision" int`);
    await queryRunner.query(`
      UPDATE "practices" p
         SET "rating_reviewed_revision" = p."published_revision",
             "rating_reviewed_at" = COALESCE(
               (SELECT max(e."updated_at") FROM "evaluations" e WHERE e."practice_id" = p."id"),
               p."published_at",
               p."created_at")`);
    await queryRunner.query(`
      CREATE TABLE "rating_inquiries" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "practice_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "status" text NOT NULL DEFAULT 'open',
        "asker_id" uuid,
        "reason" text NOT NULL,
        "evidence" text,
        "links" text array NOT NULL DEFAULT '{}',
        "answer" text,
        "outcome" text,
        "outcome_evaluation_id" uuid,
        "decided_by" uuid,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "closed_at" timestamptz,
        CONSTRAINT "rating_inquiries_kind_check" CHECK (kind IN ('question', 'appeal')),
        CONSTRAINT "rating_inquiries_status_check"
          CHECK (status IN ('open', 'in-review', 'awaiting-settlement', 'closed')),
        CONSTRAINT "rating_inquiries_outcome_check" CHECK (outcome IN ('uphold', 'recode', 'new-study')),
        CONSTRAINT "PK_rating_inquiries" PRIMARY KEY ("id"),
        CONSTRAINT "FK_rating_inquiries_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_rating_inquiries_asker" FOREIGN KEY ("asker_id") REFERENCES "users"("id") ON DELETE SET NULL,
        CONSTRAINT "FK_rating_inquiries_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "rating_inquiries_practice_idx" ON "rating_inquiries" ("practice_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "rating_inquiries_status_idx" ON "rating_inquiries" ("status", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_rating_inquiries_asker" ON "rating_inquiries" ("asker_id")`);
    await queryRunner.query(`
      CREATE TABLE "rating_inquiry_reviewers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "inquiry_id" uuid NOT NULL,
        "reviewer_id" uuid,
        "decision" text,
        "evaluation_id" uuid,
        "reason" text,
        "no_conflict_declared" boolean NOT NULL DEFAULT false,
        "assigned_at" timestamptz NOT NULL DEFAULT now(),
        "decided_at" timestamptz,
        CONSTRAINT "rating_inquiry_reviewers_decision_check" CHECK (decision IN ('uphold', 'recode', 'new-study')),
        CONSTRAINT "PK_rating_inquiry_reviewers" PRIMARY KEY ("id"),
        CONSTRAINT "rating_inquiry_reviewers_unique" UNIQUE ("inquiry_id", "reviewer_id"),
        CONSTRAINT "FK_rating_inquiry_reviewers_inquiry" FOREIGN KEY ("inquiry_id") REFERENCES "rating_inquiries"("id") ON DELETE CASCADE,
        CONSTRAINT "FK_rating_inquiry_reviewers_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_rating_inquiry_reviewers_reviewer" ON "rating_inquiry_reviewers" ("reviewer_id")`,
    );
    await setNotificationKinds(queryRunner, [...(await notificationKinds(queryRunner)), 'practice-inquiry']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'practice-inquiry'`);
    await setNotificationKinds(
      queryRunner,
      (await notificationKinds(queryRunner)).filter((kind) => kind !== 'practice-inquiry'),
    );
    await queryRunner.query(`DROP TABLE "rating_inquiry_reviewers"`);
    await queryRunner.query(`DROP TABLE "rating_inquiries"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP COLUMN "rating_reviewed_revision"`);
    await queryRunner.query(`ALTER TABLE "practices" DROP COLUMN "rating_reviewed_at"`);
  }
}
