import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The evidence gap map's cells per practice, kept beside the practice's rating: for each outcome a verified
 * evaluation of it measured, how many such evaluations there are and the rating's strength and direction as
 * one rank (strength * 10 + 9 - the direction's place, so that the best of a cell is a max). Reading the
 * ratings' JSON and the evaluations on every request took most of a second at the scale data set.
 * `practice_evidence_cells_refresh(ids)` rewrites the cells of those practices (all of them for NULL): the
 * backend calls it with every rating it stores, the seeds once they have written theirs.
 */
export class GapMapCells1765670000000 implements MigrationInterface {
  name = 'GapMapCells1765670000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "practice_evidence_cells" (
        "practice_id" uuid NOT NULL,
        "construct" text NOT NULL,
        "evaluations" integer NOT NULL,
        "rank" integer NOT NULL,
        CONSTRAINT "PK_practice_evidence_cells" PRIMARY KEY ("practice_id", "construct"),
        CONSTRAINT "FK_practice_evidence_cells_practice" FOREIGN KEY ("practice_id")
          REFERENCES "practices"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE FUNCTION practice_evidence_cells_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        DELETE FROM practice_evidence_cells WHERE ids IS NULL OR practice_id = ANY(ids);
        INSERT INTO practice_evidence_cells (practice_id, construct, evaluations, rank)
        SELECT m.practice_id, m.construct, m.evaluations,
               (rating ->> 'strength')::int * 10 + 9
                 - coalesce(array_position(ARRAY['effective', 'promising', 'no-effect', 'possible-harm',
                                                 'inconclusive']::text[], rating ->> 'direction'), 9)
          FROM (SELECT e.practice_id, o.construct, count(DISTINCT e.id)::int AS evaluations
                  FROM evaluations e JOIN evaluation_outcomes o ON o.evaluation_id = e.id
                 WHERE e.verification = 'verified' AND (ids IS NULL OR e.practice_id = ANY(ids))
                 GROUP BY e.practice_id, o.construct) AS m
          JOIN practices p ON p.id = m.practice_id
         CROSS JOIN LATERAL jsonb_array_elements(p.evidence_rating -> 'outcomes') AS rating
         WHERE rating ->> 'construct' = m.construct;
      $$`);
    await queryRunner.query(`SELECT practice_evidence_cells_refresh(NULL)`);
    // The facets the map filters on, read from the index alone for the practices that can be in a cell.
    await queryRunner.query(`
      CREATE INDEX "practices_gap_facets_idx" ON "practices" ("id")
        INCLUDE ("target_groups", "countries", "languages", "settings", "prevention_level", "language")
        WHERE "published_revision" IS NOT NULL AND "curation_label" IN ('inspiring', 'peer-reviewed')
          AND "best_strength" > 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "practices_gap_facets_idx"`);
    await queryRunner.query(`DROP FUNCTION practice_evidence_cells_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "practice_evidence_cells"`);
  }
}
