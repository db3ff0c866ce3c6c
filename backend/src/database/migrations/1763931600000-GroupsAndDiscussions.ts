import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working groups and their discussions: memberships, threads, messages (ordered by their position in the
 * thread), flags, readers' positions and notifications. A fresh installation gets the network's groups
 * by profession (open to join) and by programme (by approval).
 */
export class GroupsAndDiscussions1763931600000 implements MigrationInterface {
  name = 'GroupsAndDiscussions1763931600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "kind" text NOT NULL, "join_policy" text NOT NULL DEFAULT 'open', "visibility" text NOT NULL DEFAULT 'members', "member_count" integer NOT NULL DEFAULT '0', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_eccfe767267171ae21e7cbf183d" UNIQUE ("slug"), CONSTRAINT "groups_visibility_check" CHECK (visibility IN ('members', 'public')), CONSTRAINT "groups_join_policy_check" CHECK (join_policy IN ('open', 'approval', 'invite')), CONSTRAINT "groups_kind_check" CHECK (kind IN ('profession', 'programme')), CONSTRAINT "PK_659d1483316afb28afd3a90646e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "group_id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "author_id" uuid, "announcement" boolean NOT NULL DEFAULT false, "message_count" integer NOT NULL DEFAULT '0', "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c8303060b2d8ba18d211089310" ON "threads" ("group_id", "last_message_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "position" integer NOT NULL, "client_id" uuid NOT NULL, "author_id" uuid, "body" text NOT NULL, "reply_to_id" uuid, "mentions" uuid array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "messages_author_client_id_key" UNIQUE ("author_id", "client_id"), CONSTRAINT "messages_thread_position_key" UNIQUE ("thread_id", "position"), CONSTRAINT "PK_18325f38ae6de43878487eff986" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_54e66104dd534ed1c191e44096" ON "messages" ("reply_to_id")`);
    await queryRunner.query(
      `CREATE TABLE "message_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "message_id" uuid NOT NULL, "flagged_by" uuid, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution" text, CONSTRAINT "message_flags_message_flagger_key" UNIQUE ("message_id", "flagged_by"), CONSTRAINT "message_flags_resolution_check" CHECK (resolution IN ('hidden', 'dismissed')), CONSTRAINT "PK_a5b3b8f05e0e5a58914dae6b178" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_54b69dd5c05ef9347a62647a18" ON "message_flags" ("message_id")`);
    await queryRunner.query(
      `CREATE TABLE "thread_readers" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, "last_read_position" integer NOT NULL DEFAULT '0', "muted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_319d0bd60c32e0e964a5e87fe26" PRIMARY KEY ("thread_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_d834605121e4d0e0cefa0db9cb" ON "thread_readers" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "group_memberships" ("group_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" text NOT NULL DEFAULT 'member', "status" text NOT NULL DEFAULT 'active', "request_message" text, "muted" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by" uuid, CONSTRAINT "group_memberships_status_check" CHECK (status IN ('pending', 'active')), CONSTRAINT "group_memberships_role_check" CHECK (role IN ('member', 'coordinator')), CONSTRAINT "PK_e9a383a45af8eff11505d527620" PRIMARY KEY ("group_id", "user_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_e232a617b3bc2de2e13c0289d6" ON "group_memberships" ("user_id")`);
    await queryRunner.query(
      `CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" text NOT NULL, "group_id" uuid, "thread_id" uuid, "actor_id" uuid, "count" integer NOT NULL DEFAULT '1', "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_kind_check" CHECK (kind IN ('mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group')), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_group_key" ON "notifications" ("user_id", "kind", "group_id") WHERE read_at IS NULL AND thread_id IS NULL AND group_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_thread_key" ON "notifications" ("user_id", "kind", "thread_id") WHERE read_at IS NULL AND thread_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_618b82b142cadbe24f8b977aec" ON "notifications" ("user_id", "updated_at")`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_d4e28c298c9143d02fc4e216f5a" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "threads" ADD CONSTRAINT "FK_71b6a8e2ea822297f14b96c3183" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_bb3af7f695d50083e6523290d41" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_05535bc695e9f7ee104616459d3" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "messages" ADD CONSTRAINT "FK_54e66104dd534ed1c191e44096f" FOREIGN KEY ("reply_to_id") REFERENCES "messages"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_flags" ADD CONSTRAINT "FK_54b69dd5c05ef9347a62647a18e" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "message_flags" ADD CONSTRAINT "FK_8538137f54911253f4ea0e9b7f4" FOREIGN KEY ("flagged_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_readers" ADD CONSTRAINT "FK_dac3b06204ab28d97929e77601a" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "thread_readers" ADD CONSTRAINT "FK_d834605121e4d0e0cefa0db9cbc" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_memberships" ADD CONSTRAINT "FK_cad344fe877fcee0ac7e065ed05" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_memberships" ADD CONSTRAINT "FK_e232a617b3bc2de2e13c0289d62" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_eaba0138c54227e2eafd7288122" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_62d82d3f01c9d9836d27fe48a67" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_20f8b51fd9655c0b69feed5efc6" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`INSERT INTO "groups" ("slug", "name", "description", "kind", "join_policy", "visibility") VALUES
      ('health-professionals', 'Health professionals', 'Doctors, psychologists, psychiatrists, nurses and therapists who treat people at risk of offending, people who have offended, and those affected by abuse.', 'profession', 'open', 'members'),
      ('social-workers', 'Social workers', 'Social workers in child protection, family services and community work who meet risk and disclosure in daily practice.', 'profession', 'open', 'members'),
      ('educators', 'Educators', 'Teachers, school leaders, early-years staff and youth workers who teach children about their bodies, boundaries and where to get help.', 'profession', 'open', 'members'),
      ('law-enforcement', 'Law enforcement', 'Police officers and investigators working on prevention, online deterrence and the referral of people who seek help.', 'profession', 'open', 'members'),
      ('judicial-authorities', 'Judicial authorities', 'Judges, prosecutors and court staff who decide on measures, treatment orders and the conditions of release.', 'profession', 'open', 'members'),
      ('prison-and-probation', 'Prison and probation services', 'Staff of prisons and probation services who run treatment programmes and support reintegration after release.', 'profession', 'open', 'members'),
      ('policy-makers', 'Policy makers', 'People in ministries, agencies and parliaments who fund, commission and shape national prevention strategies.', 'profession', 'open', 'members'),
      ('researchers', 'Researchers', 'Researchers who study why abuse happens and evaluate prevention programmes, and who want their findings used in practice.', 'profession', 'open', 'members'),
      ('people-who-fear-they-might-offend', 'People who fear they might offend', 'Programmes for people who are worried about their sexual thoughts or behaviour towards children and seek help before anyone is harmed: helplines, anonymous therapy and online self-help.', 'programme', 'approval', 'members'),
      ('people-who-have-offended', 'People who have offended', 'Programmes for people who have offended, in and after the criminal process, in and outside prison: treatment, risk management and support for a life without offending.', 'programme', 'approval', 'members'),
      ('children', 'Education and awareness for children', 'Programmes that teach children about their bodies, boundaries, safe and unsafe secrets, and the adults they can turn to.', 'programme', 'approval', 'members'),
      ('parents-and-caregivers', 'Parents and caregivers', 'Programmes that help parents and caregivers recognise warning signs, talk with children, and act when something worries them.', 'programme', 'approval', 'members'),
      ('communities-and-organisations', 'Communities and organisations working with children', 'Programmes for sports clubs, faith communities, schools and youth organisations: safe recruitment, codes of conduct, training and reporting routes.', 'programme', 'approval', 'members')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
    await queryRunner.query(`DROP TABLE "thread_readers"`);
    await queryRunner.query(`DROP TABLE "message_flags"`);
    await queryRunner.query(`DROP TABLE "messages"`);
    await queryRunner.query(`DROP TABLE "threads"`);
    await queryRunner.query(`DROP TABLE "group_memberships"`);
    await queryRunner.query(`DROP TABLE "groups"`);
  }
}
