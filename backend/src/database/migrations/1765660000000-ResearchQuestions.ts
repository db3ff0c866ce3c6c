import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds as 1765650000000-RatingGovernance left them. */
const KINDS_BEFORE =
  "'mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group', 'practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback', 'message-flagged', 'meeting', 'evaluation-verification', 'practice-inquiry'";

/**
 * Research questions from the field: raised on a practice or a cell of the evidence gap map, voted up,
 * followed, claimed by a researcher and answered by an evaluation; and the notification kind that tells
 * their askers and followers how they move.
 */
export class ResearchQuestions1765660000000 implements MigrationInterface {
  name = 'ResearchQuestions1765660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "research_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "body" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "practice_id" uuid, "feedback_id" uuid, "target_group" text, "construct" text, "author_id" uuid, "claimer_id" uuid, "answer_evaluation_id" uuid, "merged_into_id" uuid, "vote_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "research_questions_answer_check" CHECK ((status = 'answered') = (answer_evaluation_id IS NOT NULL)), CONSTRAINT "research_questions_subject_check" CHECK (practice_id IS NOT NULL OR target_group IS NOT NULL), CONSTRAINT "research_questions_cell_check" CHECK ((target_group IS NULL) = (construct IS NULL)), CONSTRAINT "research_questions_construct_check" CHECK (construct IN ('sexual-reoffending', 'any-reoffending', 'csam-use', 'dynamic-risk-factors', 'help-seeking', 'knowledge-and-attitudes', 'reporting-behaviour', 'wellbeing', 'other')), CONSTRAINT "research_questions_target_group_check" CHECK (target_group IN ('people-who-fear-they-might-offend', 'people-who-have-offended', 'children', 'parents-and-caregivers', 'professionals', 'communities', 'general-public')), CONSTRAINT "research_questions_status_check" CHECK (status IN ('open', 'planned', 'under-way', 'answered')), CONSTRAINT "PK_bb835f8dd8d4f163808c6b13a72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_8a79041ad8d8ddb98725499a05" ON "research_questions"  ("practice_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_edcb3c112d354ab6dcfe2a4a16" ON "research_questions"  ("author_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_47fb1386f721978825b4b01ce7" ON "research_questions"  ("claimer_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_130bce6799c1b787543b9f6e44" ON "research_questions"  ("answer_evaluation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "research_questions_list_idx" ON "research_questions"  ("vote_count", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "research_question_votes" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_516ca5704a13135e53d480c6bef" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4400f1d7fcbf05722cd3d0405a" ON "research_question_votes"  ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "research_question_followers" ("question_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_da0302c5f58ee7f91eac774898f" PRIMARY KEY ("question_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9475f6bc07676d8cccc6848c29" ON "research_question_followers"  ("user_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_questions" ADD CONSTRAINT "FK_8a79041ad8d8ddb98725499a05e" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_questions" ADD CONSTRAINT "FK_20813c8c3eb7df57c9672aa4d83" FOREIGN KEY ("feedback_id") REFERENCES "practice_feedback"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_questions" ADD CONSTRAINT "FK_edcb3c112d354ab6dcfe2a4a16a" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_questions" ADD CONSTRAINT "FK_47fb1386f721978825b4b01ce74" FOREIGN KEY ("claimer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_questions" ADD CONSTRAINT "FK_130bce6799c1b787543b9f6e449" FOREIGN KEY ("answer_evaluation_id") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_questions" ADD CONSTRAINT "FK_c5a002b2bf9e01e30b4502a85d3" FOREIGN KEY ("merged_into_id") REFERENCES "research_questions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_votes" ADD CONSTRAINT "FK_8a3251f008c260d1147cb0a1160" FOREIGN KEY ("question_id") REFERENCES "research_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_votes" ADD CONSTRAINT "FK_4400f1d7fcbf05722cd3d0405a5" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_followers" ADD CONSTRAINT "FK_d48067ce89eee2bf21eff7dfde0" FOREIGN KEY ("question_id") REFERENCES "research_questions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_followers" ADD CONSTRAINT "FK_9475f6bc07676d8cccc6848c295" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${KINDS_BEFORE}, 'research-question'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notifications" WHERE kind = 'research-question'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN (${KINDS_BEFORE}))`,
    );
    await queryRunner.query(`DROP TABLE "research_question_followers"`);
    await queryRunner.query(`DROP TABLE "research_question_votes"`);
    await queryRunner.query(`DROP TABLE "research_questions"`);
  }
}
