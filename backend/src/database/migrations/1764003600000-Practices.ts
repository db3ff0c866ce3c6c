import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Best practices with their revisions and related resources, evaluations with their outcome rows, and
 * practitioners' feedback. The practice row carries the facets and the evidence rating of what it shows, with
 * GIN indexes for the array filters, so that public lists read one table. Notifications gain a practice
 * line, grouped by its own partial unique index, and the four kinds about practices.
 */
export class Practices1764003600000 implements MigrationInterface {
  name = 'Practices1764003600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "practices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "author_id" uuid, "curation_label" text NOT NULL DEFAULT 'draft', "published_revision" integer, "current_revision" integer NOT NULL DEFAULT '1', "pending_label" text, "return_reason" text, "title" text NOT NULL, "summary" text NOT NULL, "organisation" text NOT NULL, "language" text NOT NULL, "target_groups" text array NOT NULL, "prevention_level" text NOT NULL, "settings" text array NOT NULL, "countries" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "evidence_rating" jsonb NOT NULL, "rating_directions" text array NOT NULL DEFAULT '{}', "best_strength" integer NOT NULL DEFAULT '0', "feedback_count" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "practices_rating_directions_check" CHECK (rating_directions <@ ARRAY['effective', 'promising', 'no-effect', 'possible-harm', 'inconclusive']::text[]), CONSTRAINT "practices_best_strength_check" CHECK (best_strength BETWEEN 0 AND 4), CONSTRAINT "practices_prevention_level_check" CHECK (prevention_level IN ('primary', 'secondary', 'tertiary')), CONSTRAINT "practices_pending_label_check" CHECK (pending_label IN ('draft', 'submitted', 'returned')), CONSTRAINT "practices_curation_label_check" CHECK (curation_label IN ('draft', 'submitted', 'inspiring', 'peer-reviewed', 'returned', 'archived')), CONSTRAINT "PK_0934829c5859a843625e6ff1c34" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_11383687601c025fbebc4a3d76" ON "practices"("author_id")`);
    await queryRunner.query(`CREATE INDEX "practices_list_idx" ON "practices"("curation_label", "updated_at", "id")`);
    await queryRunner.query(`CREATE INDEX "practices_target_groups_idx" ON "practices" USING gin ("target_groups")`);
    await queryRunner.query(`CREATE INDEX "practices_settings_idx" ON "practices" USING gin ("settings")`);
    await queryRunner.query(`CREATE INDEX "practices_countries_idx" ON "practices" USING gin ("countries")`);
    await queryRunner.query(`CREATE INDEX "practices_languages_idx" ON "practices" USING gin ("languages")`);
    await queryRunner.query(
      `CREATE INDEX "practices_rating_directions_idx" ON "practices" USING gin ("rating_directions")`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "author_id" uuid, "design" text NOT NULL, "sample_size" integer NOT NULL, "follow_up_months" integer, "risk_of_bias" text NOT NULL, "independent" boolean NOT NULL DEFAULT false, "citation" text NOT NULL, "doi" text, "summary" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "evaluations_follow_up_months_check" CHECK (follow_up_months >= 0), CONSTRAINT "evaluations_sample_size_check" CHECK (sample_size >= 1), CONSTRAINT "evaluations_risk_of_bias_check" CHECK (risk_of_bias IN ('low', 'some-concerns', 'high')), CONSTRAINT "evaluations_design_check" CHECK (design IN ('rct', 'quasi-experimental', 'pre-post', 'qualitative', 'systematic-review', 'other')), CONSTRAINT "PK_f683b433eba0e6dae7e19b29e29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_48f83e076df210f7d01e907968" ON "evaluations"("author_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c5d541dca1611b4662cc1eff76" ON "evaluations"("practice_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_outcomes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "position" integer NOT NULL, "construct" text NOT NULL, "label" text, "measure" text NOT NULL, "direction" text NOT NULL, "significant" boolean NOT NULL, "effect_size" double precision, "ci_low" double precision, "ci_high" double precision, "sustained_12_months" boolean NOT NULL DEFAULT false, CONSTRAINT "evaluation_outcomes_ci_check" CHECK ((ci_low IS NULL) = (ci_high IS NULL) AND (ci_low IS NULL OR ci_low <= ci_high)), CONSTRAINT "evaluation_outcomes_direction_check" CHECK (direction IN ('positive', 'none', 'negative', 'mixed')), CONSTRAINT "evaluation_outcomes_measure_check" CHECK (measure IN ('official-records', 'self-report', 'validated-scale')), CONSTRAINT "evaluation_outcomes_construct_check" CHECK (construct IN ('sexual-reoffending', 'any-reoffending', 'csam-use', 'dynamic-risk-factors', 'help-seeking', 'knowledge-and-attitudes', 'reporting-behaviour', 'wellbeing', 'other')), CONSTRAINT "PK_67855cba992dc07342c97a735a2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_5fdb0632433e519e5b09891345" ON "evaluation_outcomes"("evaluation_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "author_id" uuid, "country" character(2) NOT NULL, "setting" text NOT NULL, "reached" integer NOT NULL, "worked" text NOT NULL, "did_not_work" text NOT NULL, "usefulness" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "practice_feedback_reached_check" CHECK (reached >= 0), CONSTRAINT "practice_feedback_usefulness_check" CHECK (usefulness BETWEEN 1 AND 5), CONSTRAINT "practice_feedback_setting_check" CHECK (setting IN ('online', 'community', 'health-care', 'school', 'prison-and-probation', 'other')), CONSTRAINT "PK_e30e360f48c656fa497942d0955" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9e25d45d7200066cb86c8a531e" ON "practice_feedback"("author_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c046fb0727393b4e1d5acad6d2" ON "practice_feedback"("practice_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_revisions" ("practice_id" uuid NOT NULL, "number" integer NOT NULL, "state" text NOT NULL, "author_id" uuid, "title" text NOT NULL, "summary" text NOT NULL, "description" text NOT NULL, "language" text NOT NULL, "target_groups" text array NOT NULL, "prevention_level" text NOT NULL, "settings" text array NOT NULL, "countries" text array NOT NULL DEFAULT '{}', "languages" text array NOT NULL DEFAULT '{}', "organisation" text NOT NULL, "contact" text, "start_year" integer, "survivor_involvement" text NOT NULL DEFAULT 'none', "survivor_note" text, "mechanism" text, "context" text, "implementation" text, "cost" text, "review_comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "practice_revisions_survivor_involvement_check" CHECK (survivor_involvement IN ('none', 'consulted', 'co-designed')), CONSTRAINT "practice_revisions_prevention_level_check" CHECK (prevention_level IN ('primary', 'secondary', 'tertiary')), CONSTRAINT "practice_revisions_state_check" CHECK (state IN ('draft', 'submitted', 'returned', 'published', 'superseded')), CONSTRAINT "PK_bd2b0b84ca00cc542e0446deb2c" PRIMARY KEY ("practice_id", "number"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "practice_resources" ("practice_id" uuid NOT NULL, "revision" integer NOT NULL, "resource_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_2044ff86e367373a4a747ef3543" PRIMARY KEY ("practice_id", "revision", "resource_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_abd482d70e241f9534600213b0" ON "practice_resources"("resource_id")`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "practice_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_practice_key" ON "notifications"("user_id", "kind", "practice_id") WHERE read_at IS NULL AND thread_id IS NULL AND group_id IS NULL AND practice_id IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "practices" ADD CONSTRAINT "FK_11383687601c025fbebc4a3d76d" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_7b095bee10d74648fe38b3bce1f" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluations" ADD CONSTRAINT "FK_48f83e076df210f7d01e9079688" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "evaluation_outcomes" ADD CONSTRAINT "FK_9e12108f1c2724411754d6b06e4" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_e0bdb3393b3fab07e767d2f5a9d" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_feedback" ADD CONSTRAINT "FK_d5ba98f98fb1ecb2cc039c88a1a" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_feedback" ADD CONSTRAINT "FK_9e25d45d7200066cb86c8a531e3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_revisions" ADD CONSTRAINT "FK_de548345516cbe5adf4b513de2e" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_revisions" ADD CONSTRAINT "FK_3240ebc3cec68e65befcc039593" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_resources" ADD CONSTRAINT "FK_f4662dad1f909c41552b3688141" FOREIGN KEY ("practice_id", "revision") REFERENCES "practice_revisions"("practice_id","number") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "practice_resources" ADD CONSTRAINT "FK_abd482d70e241f9534600213b01" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN ('mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group', 'practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "notifications" WHERE kind IN ('practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback')`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "notifications_kind_check"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "notifications_kind_check" CHECK (kind IN ('mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group'))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_e0bdb3393b3fab07e767d2f5a9d"`);
    await queryRunner.query(`DROP INDEX "notifications_unread_practice_key"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "practice_id"`);
    await queryRunner.query(`DROP TABLE "practice_resources"`);
    await queryRunner.query(`DROP TABLE "practice_feedback"`);
    await queryRunner.query(`DROP TABLE "evaluation_outcomes"`);
    await queryRunner.query(`DROP TABLE "evaluations"`);
    await queryRunner.query(`DROP TABLE "practice_revisions"`);
    await queryRunner.query(`DROP TABLE "practices"`);
  }
}
