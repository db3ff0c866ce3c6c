import { z } from 'zod';
import { optionalTextBlock, text, textBlock, textLine } from '../common/fields';
import {
  COMPARISON_CONDITIONS,
  EFFECT_DIRECTIONS,
  EVALUATION_DESIGNS,
  EVALUATOR_INDEPENDENCE,
  OUTCOME_CONSTRUCTS,
  OUTCOME_MEASURES,
  RISKS_OF_BIAS,
  VERIFICATION_DECISIONS,
  VERIFICATION_STATES,
} from './vocabularies';
import { pageQuerySchema } from '../common/pagination';

export const EVALUATION_LIMITS = {
  citationMax: 1000,
  summaryMax: 4000,
  outcomesMax: 20,
  outcomeNoteMax: 300,
  sampleSizeMax: 10_000_000,
  followUpMonthsMax: 600,
  conflictOfInterestMax: 1000,
  registrationIdMax: 100,
  verificationCommentMax: 2000,
} as const;

/** A DOI such as 10.1016/j.invent.2022.100542, also accepted as https://doi.org/... and stored bare. */
const doi = text()
  .trim()
  .transform((value) => value.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '').replace(/^doi:\s*/i, ''))
  .pipe(text().regex(/^10\.\d{4,9}\/\S{1,200}$/, 'must be a DOI such as 10.1000/xyz123'));

const effectSize = z.number().min(-100, 'must be between -100 and 100').max(100, 'must be between -100 and 100');

export const outcomeSchema = z
  .strictObject({
    construct: z.enum(OUTCOME_CONSTRUCTS),
    /** What exactly was measured, in the study's words ("sexual reconviction at 5 years"). */
    label: textLine(EVALUATION_LIMITS.outcomeNoteMax).optional(),
    measure: z.enum(OUTCOME_MEASURES),
    direction: z.enum(EFFECT_DIRECTIONS),
    significant: z.boolean(),
    effectSize: effectSize.nullable().default(null),
    /** The 95% confidence interval of the effect size, when reported. */
    ciLow: effectSize.nullable().default(null),
    ciHigh: effectSize.nullable().default(null),
    /** The effect was still there 12 months or more after the intervention. */
    sustained12Months: z.boolean().default(false),
  })
  .refine((o) => (o.ciLow === null) === (o.ciHigh === null), {
    message: 'give both ends of the confidence interval, or neither',
    path: ['ciHigh'],
  })
  .refine((o) => o.ciLow === null || o.ciHigh === null || o.ciLow <= o.ciHigh, {
    message: 'the lower end must not exceed the upper end',
    path: ['ciLow'],
  });
export type OutcomeInput = z.input<typeof outcomeSchema>;

const sampleCount = z
  .number()
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .max(EVALUATION_LIMITS.sampleSizeMax);

/** Attrition follows from these two, so the analysed can never outnumber the randomised. */
const analysedWithinRandomised = (body: { sampleRandomised?: number | null; sampleAnalysed?: number | null }) =>
  body.sampleRandomised == null || body.sampleAnalysed == null || body.sampleAnalysed <= body.sampleRandomised;
const analysedWithinRandomisedIssue = {
  message: 'must not exceed the number randomised or enrolled',
  path: ['sampleAnalysed'],
};

const evaluationFields = {
  design: z.enum(EVALUATION_DESIGNS),
  sampleSize: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(EVALUATION_LIMITS.sampleSizeMax),
  followUpMonths: z
    .number()
    .int('must be a whole number of months')
    .min(0, 'must not be negative')
    .max(EVALUATION_LIMITS.followUpMonthsMax)
    .nullable()
    .default(null),
  riskOfBias: z.enum(RISKS_OF_BIAS),
  /**
   * Kept for clients written before `independence`: true reads as `independent`, false as `developer`.
   * `independence`, when given, wins.
   */
  independent: z.boolean().optional(),
  independence: z.enum(EVALUATOR_INDEPENDENCE).optional(),
  /** The evaluator's declared conflicts of interest (funding, roles); null or empty when there are none. */
  conflictOfInterest: optionalTextBlock(EVALUATION_LIMITS.conflictOfInterestMax).nullable().default(null),
  sampleRandomised: sampleCount.nullable().default(null),
  sampleAnalysed: sampleCount.nullable().default(null),
  comparison: z.enum(COMPARISON_CONDITIONS).nullable().default(null),
  /** A trial registration such as ISRCTN76841676, NCT05831657 or an OSF id. */
  registrationId: textLine(EVALUATION_LIMITS.registrationIdMax).nullable().default(null),
  citation: textLine(EVALUATION_LIMITS.citationMax),
  doi: doi.nullable().default(null),
  summary: textBlock(EVALUATION_LIMITS.summaryMax),
  outcomes: z
    .array(outcomeSchema)
    .min(1, 'must report at least one outcome')
    .max(EVALUATION_LIMITS.outcomesMax, `must report at most ${EVALUATION_LIMITS.outcomesMax} outcomes`),
};

/** Researchers only; one per study. */
export const createEvaluationSchema = z
  .strictObject(evaluationFields)
  .refine(analysedWithinRandomised, analysedWithinRandomisedIssue);
export type CreateEvaluationRequest = z.input<typeof createEvaluationSchema>;

/** Its author corrects an evaluation; outcomes, when given, replace the previous ones. */
export const updateEvaluationSchema = z
  .strictObject({
    design: evaluationFields.design.optional(),
    sampleSize: evaluationFields.sampleSize.optional(),
    followUpMonths: evaluationFields.followUpMonths.optional(),
    riskOfBias: evaluationFields.riskOfBias.optional(),
    independent: z.boolean().optional(),
    independence: evaluationFields.independence,
    conflictOfInterest: optionalTextBlock(EVALUATION_LIMITS.conflictOfInterestMax).nullable().optional(),
    sampleRandomised: sampleCount.nullable().optional(),
    sampleAnalysed: sampleCount.nullable().optional(),
    comparison: z.enum(COMPARISON_CONDITIONS).nullable().optional(),
    registrationId: textLine(EVALUATION_LIMITS.registrationIdMax).nullable().optional(),
    citation: evaluationFields.citation.optional(),
    doi: doi.nullable().optional(),
    summary: evaluationFields.summary.optional(),
    outcomes: evaluationFields.outcomes.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: 'nothing to change' })
  .refine(analysedWithinRandomised, analysedWithinRandomisedIssue);
export type UpdateEvaluationRequest = z.input<typeof updateEvaluationSchema>;

/**
 * A second reviewer's decision on an evaluation's coding: `verify` lets it count in the rating, `return` sends
 * it back to its author with the comment saying what to correct. A reviewer who declares a conflict of interest
 * (any non-empty `conflictOfInterest`) cannot decide: the request is refused, so that only reviewers without
 * one verify.
 */
export const verificationSchema = z
  .strictObject({
    decision: z.enum(VERIFICATION_DECISIONS),
    comment: optionalTextBlock(EVALUATION_LIMITS.verificationCommentMax).default(''),
    conflictOfInterest: optionalTextBlock(EVALUATION_LIMITS.conflictOfInterestMax).nullable().default(null),
  })
  .refine((body) => body.decision !== 'return' || body.comment.length > 0, {
    message: 'say what the author should correct',
    path: ['comment'],
  });
export type VerificationRequest = z.input<typeof verificationSchema>;

/** The verification queue: evaluations in one state, oldest first (those waiting longest on top). */
export const evaluationQueueQuerySchema = pageQuerySchema.extend({
  verification: z.enum(VERIFICATION_STATES).default('awaiting'),
});
export type EvaluationQueueQuery = z.input<typeof evaluationQueueQuerySchema>;
