import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working groups' directory: a group's texts in more than one language (its original language on the
 * group, the others in group_texts), and threads that a group coordinator pins to the top of the group.
 */
export class GroupDirectory1765600000000 implements MigrationInterface {
  name = 'GroupDirectory1765600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "groups" ADD "language" text NOT NULL DEFAULT 'en'`);
    await queryRunner.query(
      `ALTER TABLE "groups" ADD CONSTRAINT "groups_language_check" CHECK (language IN ('en', 'da', 'sv'))`,
    );
    await queryRunner.query(
      `CREATE TABLE "group_texts" ("group_id" uuid NOT NULL, "language" text NOT NULL, "name" text NOT NULL,
        "description" text NOT NULL,
        CONSTRAINT "group_texts_language_check" CHECK (language IN ('en', 'da', 'sv')),
        CONSTRAINT "PK_087af5e0e14d15136c848801a9b" PRIMARY KEY ("group_id", "language"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "group_texts" ADD CONSTRAINT "FK_79a386f94e82cb16f113362fe7d" FOREIGN KEY ("group_id")
        REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "threads" ADD "pinned_at" TIMESTAMP WITH TIME ZONE`);
    // A group's creator is its first group coordinator: groups made before that rule get theirs now.
    await queryRunner.query(
      `WITH added AS (
         INSERT INTO group_memberships (group_id, user_id, role, status, decided_at, decided_by)
         SELECT g.id, g.created_by, 'coordinator', 'active', now(), g.created_by FROM groups g
           JOIN users u ON u.id = g.created_by AND u.erased_at IS NULL
          WHERE NOT EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = g.id)
         ON CONFLICT DO NOTHING RETURNING group_id)
       UPDATE groups g SET member_count = member_count + 1 FROM added WHERE added.group_id = g.id`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "threads" DROP COLUMN "pinned_at"`);
    await queryRunner.query(`ALTER TABLE "group_texts" DROP CONSTRAINT "FK_79a386f94e82cb16f113362fe7d"`);
    await queryRunner.query(`DROP TABLE "group_texts"`);
    await queryRunner.query(`ALTER TABLE "groups" DROP CONSTRAINT "groups_language_check"`);
    await queryRunner.query(`ALTER TABLE "groups" DROP COLUMN "language"`);
  }
}
