import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE =
  "'mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group', 'practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback', 'message-flagged'";

/** Working groups meet: meetings, answers and the waiting list, outputs, private calendar feeds. */
export class Meetings1765610000000 implements MigrationInterface {
  name = 'Meetings1765610000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "network_wide" boolean NOT NULL DEFAULT false, "thread_id" uuid, "title" text NOT NULL, "agenda" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "time_zone" text NOT NULL, "online_url" text, "location" text, "capacity" integer, "sequence" integer NOT NULL DEFAULT '0', "cancelled_at" TIMESTAMP WITH TIME ZONE, "minutes" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meetings_capacity_check" CHECK (capacity IS NULL OR capacity > 0), CONSTRAINT "meetings_span_check" CHECK (ends_at > starts_at), CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "meetings_network_wide_idx" ON "meetings" ("starts_at") WHERE network_wide`);
    await queryRunner.query(`CREATE INDEX "IDX_8bf194e42ac74c48940da44080" ON "meetings" ("group_id", "starts_at")`);
    await queryRunner.query(
      `CREATE TABLE "meeting_outputs" ("meeting_id" uuid NOT NULL, "resource_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_6a461d73a9a719248b6d7a23eb4" PRIMARY KEY ("meeting_id", "resource_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_responses" ("meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, "response" text NOT NULL, "waitlisted" boolean NOT NULL DEFAULT false, "responded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "meeting_responses_waitlisted_check" CHECK (NOT waitlisted OR response = 'going'), CONSTRAINT "meeting_responses_response_check" CHECK (response IN ('going', 'maybe', 'declined')), CONSTRAINT "PK_5e9168c06467d5e3dbe9b3f3214" PRIMARY KEY ("meeting_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4b8ba08fee1049f528b5c74f9d" ON "meeting_responses" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "calendar_feeds" ("user_id" uuid NOT NULL, "feed_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_df53b5f17d35a6bac0fb13e16ad" UNIQUE ("token_hash"), CONSTRAINT "PK_3212ce9ff23847e66347a6730d3" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_b8d9171573c66a49ad9f6486052" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_570a309aee9d2c8f6faf6a3cf5f" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meetings" ADD CONSTRAINT "FK_be6ff3e68963349ea42cf55319e" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_outputs" ADD CONSTRAINT "FK_46ddb88b3c8d2d65d09f893ae35" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_outputs" ADD CONSTRAINT "FK_b31afbb9093de5f9f0da706496b" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_responses" ADD CONSTRAINT "FK_a38c7d8f4b098b0c281b7a80136" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting_responses" ADD CONSTRAINT "FK_4b8ba08fee1049f528b5c74f9d4" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${KINDS_BEFORE}, 'meeting'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'meeting'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${KINDS_BEFORE}))`,
    );
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "meeting_responses"`);
    await queryRunner.query(`DROP TABLE "meeting_outputs"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
  }
}
