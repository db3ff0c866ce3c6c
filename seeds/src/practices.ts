import { PUBLISHED_LABELS, rateEvidence, type CurationLabel } from '@pn/shared';
import type { Queryable } from './db';
import { demoMemberId } from './members';
import { DEMO_PRACTICES } from './practices-content';

const rowsOf = (result: unknown): unknown[] =>
  Array.isArray(result) ? result : ((result as { rows?: unknown[] }).rows ?? []);

/** Evaluation and feedback ids follow their practice's: fixed, so that seeding twice adds nothing. */
const childId = (practiceId: string, kind: 4 | 5, n: number) =>
  `${practiceId.slice(0, -6)}${kind}${practiceId.slice(-2)}${String(n).padStart(3, '0')}`;

function revisionState(label: CurationLabel): string {
  if (PUBLISHED_LABELS.includes(label) || label === 'archived') return 'published';
  return label;
}

/**
 * The demo best practices with their evaluations and feedback, written as the application keeps them: the
 * shown content on the practice row and in its first revision, the evidence rating computed by the same rule
 * (`rateEvidence`), counters matching the rows. Fixed ids and ON CONFLICT DO NOTHING: safe to run again.
 */
export async function seedDemoPractices(db: Queryable): Promise<void> {
  for (const practice of DEMO_PRACTICES) {
    const { content } = practice;
    const evaluations = practice.evaluations.map((evaluation, n) => ({
      id: childId(practice.id, 4, n + 1),
      author: demoMemberId(evaluation.author),
      verification: evaluation.verification ?? 'verified',
      verificationComment: evaluation.verificationComment ?? null,
      ...evaluation.body,
      independence: evaluation.body.independence ?? (evaluation.body.independent ? 'independent' : 'developer'),
    }));
    const rating = rateEvidence(
      evaluations.map((evaluation) => ({
        id: evaluation.id,
        design: evaluation.design,
        riskOfBias: evaluation.riskOfBias,
        verification: evaluation.verification,
        independence: evaluation.independence,
        sampleSize: evaluation.sampleSize,
        sampleRandomised: evaluation.sampleRandomised ?? null,
        sampleAnalysed: evaluation.sampleAnalysed ?? null,
        outcomes: evaluation.outcomes.map((outcome) => ({
          construct: outcome.construct,
          measure: outcome.measure,
          direction: outcome.direction,
          significant: outcome.significant,
          sustained12Months: outcome.sustained12Months ?? false,
        })),
      })),
    );
    const published = revisionState(practice.label) === 'published';
    const author = demoMemberId(practice.author);
    const inserted = rowsOf(
      await db.query(
        `INSERT INTO practices (id, author_id, curation_label, published_revision, current_revision, return_reason,
                                title, summary, organisation, language, target_groups, prevention_level, settings,
                                countries, languages, evidence_rating, rating_directions, best_strength,
                                feedback_count, created_at, updated_at, published_at, rating_reviewed_at,
                                rating_reviewed_revision)
         VALUES ($1, $2, $3, $4, 1, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16, $17, $18,
                 now() - make_interval(months => $19 + 1), now() - make_interval(months => $19),
                 CASE WHEN $4::int IS NULL THEN NULL ELSE now() - make_interval(months => $19) END,
                 now() - make_interval(months => $20), $4)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [
          practice.id,
          author,
          practice.label,
          published ? 1 : null,
          practice.returnReason ?? null,
          content.title,
          content.summary,
          content.organisation,
          content.language,
          content.targetGroups,
          content.preventionLevel,
          content.settings,
          content.countries ?? [],
          content.languages ?? [],
          JSON.stringify(rating),
          [...new Set(rating.outcomes.map((outcome) => outcome.direction))],
          rating.bestStrength,
          practice.feedback.length,
          practice.updatedMonthsAgo,
          practice.ratingReviewedMonthsAgo ?? 2,
        ],
      ),
    );
    if (inserted.length === 0) continue;

    await db.query(
      `INSERT INTO practice_revisions (practice_id, number, state, author_id, title, summary, description, language,
                                       target_groups, prevention_level, settings, countries, languages, organisation,
                                       contact, start_year, survivor_involvement, survivor_note, mechanism, context,
                                       implementation, cost, created_at, published_at)
       SELECT id, 1, $2, author_id, title, summary, $3, language, target_groups, prevention_level, settings, countries,
              languages, organisation, $4, $5, $6, $7, $8, $9, $10, $11, created_at, published_at
         FROM practices WHERE id = $1`,
      [
        practice.id,
        revisionState(practice.label),
        content.description,
        content.contact ?? null,
        content.startYear ?? null,
        content.survivorInvolvement ?? 'none',
        content.survivorNote ?? null,
        content.mechanism ?? null,
        content.context ?? null,
        content.implementation ?? null,
        content.cost ?? null,
      ],
    );
    for (const [position, resourceId] of (content.relatedResourceIds ?? []).entries()) {
      await db.query(
        `INSERT INTO practice_resources (practice_id, revision, resource_id, position) VALUES ($1, 1, $2, $3)`,
        [practice.id, resourceId, position],
      );
    }
    for (const [n, evaluation] of evaluations.entries()) {
      await db.query(
        `INSERT INTO evaluations (id, practice_id, author_id, design, sample_size, follow_up_months, risk_of_bias,
                                  independence, citation, doi, summary, verification, verification_comment,
                                  conflict_of_interest, sample_randomised, sample_analysed, comparison,
                                  registration_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $13, $14, $15, $16, $17, $18, $19,
                 now() - make_interval(days => $12), now() - make_interval(days => $12))`,
        [
          evaluation.id,
          practice.id,
          evaluation.author,
          evaluation.design,
          evaluation.sampleSize,
          evaluation.followUpMonths ?? null,
          evaluation.riskOfBias,
          evaluation.independence,
          evaluation.citation,
          evaluation.doi ?? null,
          evaluation.summary,
          60 - n * 10,
          evaluation.verification,
          evaluation.verificationComment,
          evaluation.conflictOfInterest ?? null,
          evaluation.sampleRandomised ?? null,
          evaluation.sampleAnalysed ?? null,
          evaluation.comparison ?? null,
          evaluation.registrationId ?? null,
        ],
      );
      for (const [position, outcome] of evaluation.outcomes.entries()) {
        await db.query(
          `INSERT INTO evaluation_outcomes (evaluation_id, position, construct, label, measure, direction, significant,
                                            effect_size, ci_low, ci_high, sustained_12_months)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            evaluation.id,
            position,
            outcome.construct,
            outcome.label ?? null,
            outcome.measure,
            outcome.direction,
            outcome.significant,
            outcome.effectSize ?? null,
            outcome.ciLow ?? null,
            outcome.ciHigh ?? null,
            outcome.sustained12Months ?? false,
          ],
        );
      }
    }
    for (const [n, feedback] of practice.feedback.entries()) {
      const { body } = feedback;
      await db.query(
        `INSERT INTO practice_feedback (id, practice_id, author_id, country, setting, reached, worked, did_not_work,
                                        usefulness, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - make_interval(days => $10))`,
        [
          childId(practice.id, 5, n + 1),
          practice.id,
          demoMemberId(feedback.author),
          body.country.toUpperCase(),
          body.setting,
          body.reached,
          body.worked,
          body.didNotWork,
          body.usefulness,
          20 - n * 5,
        ],
      );
    }
  }
}
