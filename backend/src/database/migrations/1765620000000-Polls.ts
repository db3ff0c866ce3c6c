import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Polls in a thread: each carried by a message, its options, and one ballot per voter with its choices. */
export class Polls1765620000000 implements MigrationInterface {
  name = 'Polls1765620000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "polls" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "created_by" uuid, "question" text NOT NULL, "multiple" boolean NOT NULL, "anonymous" boolean NOT NULL, "results" text NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "polls_results_check" CHECK (results IN ('live', 'after-close')), CONSTRAINT "PK_b9bbb8fc7b142553c518ddffbb6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "polls_message_id_key" ON "polls"  ("message_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_28c748f8fd680936dd8262ba9a" ON "polls"  ("thread_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_78d25076a14dc1ffb56c5b9ec1" ON "polls"  ("created_by") `);
    await queryRunner.query(
      `CREATE TABLE "poll_options" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "position" integer NOT NULL, "label" text NOT NULL, CONSTRAINT "poll_options_poll_position_key" UNIQUE ("poll_id", "position"), CONSTRAINT "PK_f52aac4865d291e3658dedf9083" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "poll_ballots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "poll_id" uuid NOT NULL, "voter_id" uuid, "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "poll_ballots_poll_voter_key" UNIQUE ("poll_id", "voter_id"), CONSTRAINT "PK_c116cc444d34284e898ea4ae69a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_0aadba5e37315c37ee2277ae20" ON "poll_ballots"  ("voter_id") `);
    await queryRunner.query(
      `CREATE TABLE "poll_choices" ("ballot_id" uuid NOT NULL, "option_id" uuid NOT NULL, CONSTRAINT "PK_b81b9f17ea5b961c8a184326871" PRIMARY KEY ("ballot_id", "option_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6ce2bbfe9a3faa54692746c4ce" ON "poll_choices"  ("option_id") `);
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "FK_277f1e7b5cd6b8d739420cc1d87" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "FK_28c748f8fd680936dd8262ba9a1" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "polls" ADD CONSTRAINT "FK_78d25076a14dc1ffb56c5b9ec13" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_options" ADD CONSTRAINT "FK_c00cc693afceae746fa82c0a558" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_ballots" ADD CONSTRAINT "FK_1ffc1683a418eb13b4b8f3f2ce5" FOREIGN KEY ("poll_id") REFERENCES "polls"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_ballots" ADD CONSTRAINT "FK_0aadba5e37315c37ee2277ae203" FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_choices" ADD CONSTRAINT "FK_b6306dba365365385ab6228b465" FOREIGN KEY ("ballot_id") REFERENCES "poll_ballots"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poll_choices" ADD CONSTRAINT "FK_6ce2bbfe9a3faa54692746c4ce0" FOREIGN KEY ("option_id") REFERENCES "poll_options"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "poll_choices"`);
    await queryRunner.query(`DROP TABLE "poll_ballots"`);
    await queryRunner.query(`DROP TABLE "poll_options"`);
    await queryRunner.query(`DROP TABLE "polls"`);
  }
}
