import { z } from 'zod';
import { countryCode, languageCode, textBlock, textLine, uuid } from '../common/fields';
import { pageQuerySchema } from '../common/pagination';
import { OUTCOME_CONSTRUCTS } from '../evaluations/vocabularies';
import { PREVENTION_LEVELS, SETTINGS, TARGET_GROUPS } from '../practices/vocabularies';
import { EXPORT_FORMATS, RESEARCH_QUESTION_STATUSES } from './vocabularies';

export const RESEARCH_QUESTION_LIMITS = { titleMax: 200, bodyMax: 4000 } as const;

export const gapMapQuerySchema = z.object({
  country: countryCode.optional(),
  language: languageCode.optional(),
  setting: z.enum(SETTINGS).optional(),
  preventionLevel: z.enum(PREVENTION_LEVELS).optional(),
});
export type GapMapQuery = z.input<typeof gapMapQuerySchema>;

export const exportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default('json') });

/** A question is tied to a practice, to a cell of the gap map (a target group and a construct), or both. */
export const createResearchQuestionSchema = z
  .strictObject({
    title: textLine(RESEARCH_QUESTION_LIMITS.titleMax),
    body: textBlock(RESEARCH_QUESTION_LIMITS.bodyMax),
    practiceId: uuid.optional(),
    feedbackId: uuid.optional(),
    targetGroup: z.enum(TARGET_GROUPS).optional(),
    construct: z.enum(OUTCOME_CONSTRUCTS).optional(),
  })
  .superRefine((body, context) => {
    if ((body.targetGroup === undefined) !== (body.construct === undefined)) {
      const path = body.targetGroup === undefined ? 'targetGroup' : 'construct';
      context.addIssue({
        code: 'custom',
        path: [path],
        message: 'a gap-map cell needs both a target group and a construct',
      });
    }
    if (!body.practiceId && !body.targetGroup) {
      context.addIssue({ code: 'custom', path: ['practiceId'], message: 'must name a practice or a gap-map cell' });
    }
    if (body.feedbackId && !body.practiceId) {
      context.addIssue({ code: 'custom', path: ['practiceId'], message: 'feedback belongs to a practice: name it' });
    }
  });
export type CreateResearchQuestionRequest = z.input<typeof createResearchQuestionSchema>;

export const listResearchQuestionsQuerySchema = pageQuerySchema.extend({
  status: z.enum(RESEARCH_QUESTION_STATUSES).optional(),
  practiceId: uuid.optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  construct: z.enum(OUTCOME_CONSTRUCTS).optional(),
  /** The questions an evaluation answers. */
  evaluationId: uuid.optional(),
});
export type ListResearchQuestionsQuery = z.input<typeof listResearchQuestionsQuerySchema>;

/** The claimer moves its question on: under way, or answered by an evaluation. */
export const moveResearchQuestionSchema = z
  .strictObject({
    status: z.enum(['planned', 'under-way', 'answered']),
    evaluationId: uuid.optional(),
  })
  .superRefine((body, context) => {
    if (body.status === 'answered' && !body.evaluationId) {
      context.addIssue({
        code: 'custom',
        path: ['evaluationId'],
        message: 'an answered question names its evaluation',
      });
    }
    if (body.status !== 'answered' && body.evaluationId) {
      context.addIssue({
        code: 'custom',
        path: ['evaluationId'],
        message: 'only an answered question names an evaluation',
      });
    }
  });
export type MoveResearchQuestionRequest = z.input<typeof moveResearchQuestionSchema>;

export const mergeResearchQuestionSchema = z.strictObject({ intoId: uuid });
export type MergeResearchQuestionRequest = z.input<typeof mergeResearchQuestionSchema>;
