import { EVIDENCE_RULE_VERSION, rateEvidence, type EvidenceRating, type RatingInput } from '@pn/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

interface EvaluationRow extends Omit<RatingInput, 'outcomes'> {
  practiceId: string;
}

interface OutcomeRow {
  evaluationId: string;
  construct: RatingInput['outcomes'][number]['construct'];
  measure: RatingInput['outcomes'][number]['measure'];
  direction: RatingInput['outcomes'][number]['direction'];
  significant: boolean;
  sustained12Months: boolean;
}

/** Practices written per statement: a large library updates in a few round trips, not one per practice. */
const BATCH = 500;

/**
 * The evidence rule's version 2 (sample size, attrition, independent replication; verified evaluations only)
 * recomputes every stored rating, so that no practice shows a rating of a rule no longer in force, and says so in
 * the audit log (no actor: the system did it), with the versions replaced and the one applied.
 *
 * The rule itself is the shared package's pure `rateEvidence`, the one the app applies: a migration copying it
 * would be a second rule. What this reads of the tables is its own SQL, fixed as the schema is at this point of
 * history. The version stored is the one the shared rule declares when this runs: on a database older than a
 * later rule, this and that rule's own migration both run, and the ratings end computed, and labelled, by the
 * newest rule.
 *
 * `down()` leaves the ratings as they are: rule 1 is no longer in the code to compute them with.
 */
export class EvidenceRuleVersion21765640100000 implements MigrationInterface {
  name = 'EvidenceRuleVersion21765640100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const practices: Array<{ id: string; rating: EvidenceRating | null }> = await queryRunner.query(
      `SELECT id, evidence_rating AS rating FROM practices ORDER BY id`,
    );
    // A new installation has no rating to replace: nothing to do, and nothing to record.
    if (practices.length === 0) return;
    const evaluations: EvaluationRow[] = await queryRunner.query(`
      SELECT id, practice_id AS "practiceId", design, risk_of_bias AS "riskOfBias", verification, independence,
             sample_size AS "sampleSize", sample_randomised AS "sampleRandomised", sample_analysed AS "sampleAnalysed"
        FROM evaluations
       ORDER BY created_at, id`);
    const outcomes: OutcomeRow[] = await queryRunner.query(`
      SELECT evaluation_id AS "evaluationId", construct, measure, direction, significant,
             sustained_12_months AS "sustained12Months"
        FROM evaluation_outcomes
       ORDER BY evaluation_id, position`);

    const outcomesOf = new Map<string, RatingInput['outcomes'][number][]>();
    for (const { evaluationId, ...outcome } of outcomes) {
      outcomesOf.set(evaluationId, [...(outcomesOf.get(evaluationId) ?? []), outcome]);
    }
    const inputsOf = new Map<string, RatingInput[]>();
    for (const { practiceId, ...evaluation } of evaluations) {
      const input = { ...evaluation, outcomes: outcomesOf.get(evaluation.id) ?? [] };
      inputsOf.set(practiceId, [...(inputsOf.get(practiceId) ?? []), input]);
    }

    const fromVersions = new Set<number>();
    let changed = 0;
    const rows = practices.map((practice) => {
      fromVersions.add(practice.rating?.ruleVersion ?? 1);
      const rating = rateEvidence(inputsOf.get(practice.id) ?? []);
      const { ruleVersion: _before, ...previous } = practice.rating ?? ({} as Partial<EvidenceRating>);
      const { ruleVersion: _after, ...next } = rating;
      if (JSON.stringify(previous) !== JSON.stringify(next)) changed += 1;
      return {
        id: practice.id,
        rating,
        directions: [...new Set(rating.outcomes.map((outcome) => outcome.direction))],
        best: rating.bestStrength,
      };
    });
    for (let start = 0; start < rows.length; start += BATCH) {
      await queryRunner.query(
        `UPDATE practices p
            SET evidence_rating = v.rating,
                rating_directions = ARRAY(SELECT jsonb_array_elements_text(v.directions)),
                best_strength = v.best
           FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, rating jsonb, directions jsonb, best int)
          WHERE p.id = v.id`,
        [JSON.stringify(rows.slice(start, start + BATCH))],
      );
    }
    await queryRunner.query(
      `INSERT INTO audit_log (actor_id, action, target_type, target_id, details)
       VALUES (NULL, 'evidence.rule-recompute', 'evidence-rule', NULL, $1)`,
      [
        JSON.stringify({
          fromVersions: [...fromVersions].sort((a, b) => a - b),
          toVersion: EVIDENCE_RULE_VERSION,
          practices: rows.length,
          changed,
        }),
      ],
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo in the schema; see above for the ratings.
  }
}
