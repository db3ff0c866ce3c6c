import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { RULE_THRESHOLD_KEYS, type EvidenceRule } from './rule';
import type { Evaluation, EvidenceRating, Outcome, OutcomeRating, QueuedEvaluation, RatingReason } from './types';
import {
  COMPARISON_CONDITIONS,
  EFFECT_DIRECTIONS,
  EVALUATION_DESIGNS,
  EVALUATOR_INDEPENDENCE,
  EVIDENCE_STRENGTHS,
  OUTCOME_CONSTRUCTS,
  OUTCOME_MEASURES,
  RATING_DIRECTIONS,
  RISKS_OF_BIAS,
  VERIFICATION_STATES,
} from './vocabularies';

/** An outcome as an evaluation reports it (the request side is `outcomeSchema`). */
export const evaluationOutcomeSchema = responseObject({
  id: responseId,
  construct: z.enum(OUTCOME_CONSTRUCTS),
  label: responseText.nullable(),
  measure: z.enum(OUTCOME_MEASURES),
  direction: z.enum(EFFECT_DIRECTIONS),
  significant: z.boolean(),
  effectSize: z.number().nullable(),
  ciLow: z.number().nullable(),
  ciHigh: z.number().nullable(),
  sustained12Months: z.boolean(),
});

export const evaluationSchema = responseObject({
  id: responseId,
  practiceId: responseId,
  design: z.enum(EVALUATION_DESIGNS),
  sampleSize: z.number().int(),
  followUpMonths: z.number().int().nullable(),
  riskOfBias: z.enum(RISKS_OF_BIAS),
  independent: z.boolean(),
  independence: z.enum(EVALUATOR_INDEPENDENCE),
  conflictOfInterest: responseText.nullable(),
  sampleRandomised: z.number().int().nullable(),
  sampleAnalysed: z.number().int().nullable(),
  comparison: z.enum(COMPARISON_CONDITIONS).nullable(),
  registrationId: responseText.nullable(),
  verification: z.enum(VERIFICATION_STATES),
  verificationComment: responseText.nullable(),
  citation: responseText,
  doi: responseText.nullable(),
  summary: responseText,
  outcomes: z.array(evaluationOutcomeSchema),
  author: authorSchema.nullable(),
  createdAt: responseTime,
  updatedAt: responseTime,
  canEdit: z.boolean(),
  canVerify: z.boolean(),
});

export const queuedEvaluationSchema = evaluationSchema.extend({
  practice: responseObject({ id: responseId, title: responseText }),
});

export const ratingReasonSchema = responseObject({
  code: z.enum([
    'no-evaluation',
    'strongest-study',
    'high-risk-of-bias',
    'replicated',
    'not-sustained',
    'not-independently-replicated',
    'sample-too-small',
    'high-attrition',
    'harm',
    'strong-positive',
    'strong-mixed',
    'strong-null',
    'preliminary-positive',
    'weak-only',
    'conflicting',
    'self-report-only',
  ]),
  evaluationIds: z.array(responseId).optional(),
  design: z.enum(EVALUATION_DESIGNS).optional(),
  riskOfBias: z.enum(RISKS_OF_BIAS).optional(),
  count: z.number().int().optional(),
});

const evidenceStrength = z.union(
  EVIDENCE_STRENGTHS.map((level) => z.literal(level)) as [
    z.ZodLiteral<0>,
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
  ],
);

export const outcomeRatingSchema = responseObject({
  construct: z.enum(OUTCOME_CONSTRUCTS),
  strength: evidenceStrength,
  direction: z.enum(RATING_DIRECTIONS),
  selfReportOnly: z.boolean(),
  evaluationCount: z.number().int(),
  reasons: z.array(ratingReasonSchema),
});

export const evidenceRatingSchema = responseObject({
  outcomes: z.array(outcomeRatingSchema),
  bestStrength: evidenceStrength,
  harm: z.array(z.enum(OUTCOME_CONSTRUCTS)),
  reviewDue: z.boolean(),
  ruleVersion: z.number().int(),
});

export const evidenceRuleSchema = responseObject({
  version: z.number().int(),
  levels: z.array(responseObject({ level: evidenceStrength, designs: z.array(z.enum(EVALUATION_DESIGNS)) })),
  thresholds: z.array(
    responseObject({ key: z.enum(RULE_THRESHOLD_KEYS), value: z.number(), sources: z.array(responseText) }),
  ),
  crosswalk: z.array(
    responseObject({
      strengths: z.array(evidenceStrength),
      directions: z.array(z.enum(RATING_DIRECTIONS)),
      eif: responseText,
      blueprints: responseText,
      crimeSolutions: responseText,
      inspire: responseText,
    }),
  ),
});

export type EvaluationResponseChecks = [
  Proves<SameShape<z.output<typeof evaluationOutcomeSchema>, Outcome>>,
  Proves<SameShape<z.output<typeof evaluationSchema>, Evaluation>>,
  Proves<SameShape<z.output<typeof queuedEvaluationSchema>, QueuedEvaluation>>,
  Proves<SameShape<z.output<typeof ratingReasonSchema>, RatingReason>>,
  Proves<SameShape<z.output<typeof outcomeRatingSchema>, OutcomeRating>>,
  Proves<SameShape<z.output<typeof evidenceRatingSchema>, EvidenceRating>>,
  Proves<SameShape<z.output<typeof evidenceRuleSchema>, EvidenceRule>>,
];
