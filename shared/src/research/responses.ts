import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { OUTCOME_CONSTRUCTS, RATING_DIRECTIONS } from '../evaluations/vocabularies';
import { TARGET_GROUPS } from '../practices/vocabularies';
import type { GapMap, ResearchQuestion } from './types';
import { RESEARCH_QUESTION_STATUSES } from './vocabularies';

export const gapMapCellSchema = responseObject({
  targetGroup: z.enum(TARGET_GROUPS),
  construct: z.enum(OUTCOME_CONSTRUCTS),
  practices: z.number().int(),
  evaluations: z.number().int(),
  bestStrength: z.number().int().min(0).max(4),
  direction: z.enum(RATING_DIRECTIONS).nullable(),
});

export const gapMapSchema = responseObject({
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  constructs: z.array(z.enum(OUTCOME_CONSTRUCTS)),
  cells: z.array(gapMapCellSchema),
});

export const researchQuestionSchema = responseObject({
  id: responseId,
  title: responseText,
  body: responseText,
  status: z.enum(RESEARCH_QUESTION_STATUSES),
  practice: responseObject({ id: responseId, title: responseText }).nullable(),
  targetGroup: z.enum(TARGET_GROUPS).nullable(),
  construct: z.enum(OUTCOME_CONSTRUCTS).nullable(),
  feedbackId: responseId.nullable(),
  author: authorSchema.nullable(),
  claimer: authorSchema.nullable(),
  answerEvaluationId: responseId.nullable(),
  mergedIntoId: responseId.nullable(),
  votes: z.number().int(),
  myVote: z.boolean(),
  following: z.boolean(),
  createdAt: responseTime,
  updatedAt: responseTime,
});

export type ResearchResponseChecks = [
  Proves<SameShape<z.output<typeof gapMapSchema>, GapMap>>,
  Proves<SameShape<z.output<typeof researchQuestionSchema>, ResearchQuestion>>,
];
