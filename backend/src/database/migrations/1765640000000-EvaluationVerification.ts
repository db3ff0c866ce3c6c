import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kinds as 1765610000000-Meetings left them. */
const BEFORE =
  "'mention', 'reply', 'thread', 'announcement', 'join-request', 'join-decision', 'added-to-group', 'practice-submitted', 'practice-decision', 'practice-evaluation', 'practice-feedback', 'message-flagged', 'meeting'";

/** A practice's visibility, as the search index has read it since 1764007200000-Search. */
const PRACTICE_PUBLIC = `p.published_revision IS NOT NULL AND p.curation_label IN ('inspiring', 'peer-reviewed', 'archived')`;

/** The search documents of evaluations, as 1764007200000-Search made them but for their `visibility`. */
const evaluationDocs = (visibility: string) => `
    SELECT 'evaluation'::text AS kind, e.id AS entity_id, p.title, false AS titled,
      concat_ws(E'\\n', e.citation, e.summary, e.doi) AS body, p.language,
      setweight(to_tsvector(pn_search_config(p.language), e.citation), 'A')
        || setweight(to_tsvector(pn_search_config(p.language), e.summary), 'B')
        || setweight(to_tsvector(pn_search_config(p.language), p.title), 'C') AS vector,
      NULL::text AS resource_type, p.countries, p.target_groups, p.rating_directions,
      ${visibility} AS visibility, NULL::uuid AS group_id, p.author_id AS owner_id, e.created_at,
      jsonb_build_object('practiceId', p.id, 'evaluationId', e.id) AS target
    FROM evaluations e JOIN practices p ON p.id = e.practice_id`;

/**
 * A second reviewer verifies an evaluation's coding before it rates, or returns it with a comment; a
 * coordinator's decision reconciles a disagreement for good. Who reviewed is in the audit log only, so that
 * the evaluation holds no one's data but its author's. The author hears of each decision. Search finds an
 * evaluation not yet verified for members only, as the practice's page shows it: visitors never see it.
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
    // The index's functions read the view, and every update of an evaluation reindexes it (its verification too).
    await queryRunner.query(
      `CREATE OR REPLACE VIEW search_evaluation_docs AS ${evaluationDocs(
        `CASE WHEN ${PRACTICE_PUBLIC} AND e.verification = 'verified' THEN 'public' WHEN ${PRACTICE_PUBLIC} THEN 'members' ELSE 'private' END`,
      )}`,
    );
    await queryRunner.query(`SELECT pn_search_reindex_evaluations(ARRAY(SELECT id FROM evaluations))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE OR REPLACE VIEW search_evaluation_docs AS ${evaluationDocs(
        `CASE WHEN ${PRACTICE_PUBLIC} THEN 'public' ELSE 'private' END`,
      )}`,
    );
    await queryRunner.query(`SELECT pn_search_reindex_evaluations(ARRAY(SELECT id FROM evaluations))`);
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
