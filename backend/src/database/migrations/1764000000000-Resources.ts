import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The resource library: resources (a file or a link, with a scope and a lineage of adaptations) and the
 * versions of their files. Removal is soft, so that the lineage of adaptations stays readable.
 */
export class Resources1764000000000 implements MigrationInterface {
  name = 'Resources1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" text NOT NULL, "summary" text NOT NULL, "type" text NOT NULL, "language" text NOT NULL, "country" character(2) NOT NULL, "audience" text NOT NULL, "licence" text NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "scope" text NOT NULL, "group_id" uuid, "url" text, "author_id" uuid, "adapted_from_id" uuid, "note" text, "adaptation_count" integer NOT NULL DEFAULT '0', "current_version" integer, "removed_at" TIMESTAMP WITH TIME ZONE, "removed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "resources_file_or_link_check" CHECK ((url IS NULL) <> (current_version IS NULL)), CONSTRAINT "resources_group_scope_check" CHECK (scope <> 'group' OR group_id IS NOT NULL), CONSTRAINT "resources_scope_check" CHECK (scope IN ('group', 'members', 'public')), CONSTRAINT "resources_licence_check" CHECK (licence IN ('cc-by', 'cc-by-sa', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nd', 'cc-by-nc-nd', 'cc0', 'all-rights-reserved', 'other')), CONSTRAINT "resources_audience_check" CHECK (audience IN ('people-who-fear-they-might-offend', 'people-who-have-offended', 'children', 'parents-and-caregivers', 'professionals', 'communities', 'general-public')), CONSTRAINT "resources_type_check" CHECK (type IN ('training-material', 'campaign-material', 'guideline', 'toolkit', 'research-paper', 'video', 'other')), CONSTRAINT "PK_632484ab9dff41bba94f9b7c85e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6ef375507e3ef53de4f0db5dbc" ON "resources"("type")`);
    await queryRunner.query(`CREATE INDEX "IDX_29e5ace0c9df0e0e3a9569e2e1" ON "resources"("language")`);
    await queryRunner.query(`CREATE INDEX "IDX_5f631c9661fce95a67eca4e84c" ON "resources"("country")`);
    await queryRunner.query(`CREATE INDEX "IDX_051108d6c96f6da642e8fe1304" ON "resources"("audience")`);
    await queryRunner.query(`CREATE INDEX "IDX_076546f5fce0f87c79fc95ecab" ON "resources"("group_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_85c20d7fca0e6d6f99cfe596ca" ON "resources"("author_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_7c9022d8d906b9f840b1468b50" ON "resources"("adapted_from_id")`);
    await queryRunner.query(
      `CREATE INDEX "resources_most_adapted_idx" ON "resources"("adaptation_count", "created_at", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "resources_newest_idx" ON "resources"("created_at", "id")`);
    await queryRunner.query(
      `CREATE TABLE "resource_versions" ("resource_id" uuid NOT NULL, "version" integer NOT NULL, "storage_key" text NOT NULL, "file_name" text NOT NULL, "media_type" text NOT NULL, "size" bigint NOT NULL, "checksum" text NOT NULL, "note" text, "uploaded_by" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_01012ede4a8d1fe1a1b768e7bd7" PRIMARY KEY ("resource_id", "version"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4fcc170a4b922355db7e679f44" ON "resource_versions"("checksum")`);
    await queryRunner.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "FK_076546f5fce0f87c79fc95ecabd" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "FK_85c20d7fca0e6d6f99cfe596ca6" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "FK_7c9022d8d906b9f840b1468b50e" FOREIGN KEY ("adapted_from_id") REFERENCES "resources"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resources" ADD CONSTRAINT "FK_1795b692e3b7f3e7338dbc0205e" FOREIGN KEY ("removed_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_versions" ADD CONSTRAINT "FK_f74d7700c1c114308647b166458" FOREIGN KEY ("resource_id") REFERENCES "resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resource_versions" ADD CONSTRAINT "FK_a4b2108e4dcd031e2a52e364cf3" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "resource_versions"`);
    await queryRunner.query(`DROP TABLE "resources"`);
  }
}
