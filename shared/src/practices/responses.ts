import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { evaluationSchema, evidenceRatingSchema } from '../evaluations/responses';
import { resourceSummarySchema } from '../resources/responses';
import type {
  CurationEvent,
  ExportedPractice,
  Feedback,
  FeedbackSummary,
  PendingRevision,
  Practice,
  PracticeContent,
  PracticeRevision,
  PracticeSummary,
} from './types';
import {
  COMPLETENESS_LEVELS,
  CURATION_LABELS,
  PREVENTION_LEVELS,
  SETTINGS,
  SURVIVOR_INVOLVEMENTS,
  TARGET_GROUPS,
} from './vocabularies';

const contentFields = {
  title: responseText,
  summary: responseText,
  description: responseText,
  language: responseText,
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  preventionLevel: z.enum(PREVENTION_LEVELS),
  settings: z.array(z.enum(SETTINGS)),
  countries: z.array(responseText),
  languages: z.array(responseText),
  organisation: responseText,
  contact: responseText.nullable(),
  startYear: z.number().int().nullable(),
  survivorInvolvement: z.enum(SURVIVOR_INVOLVEMENTS),
  survivorNote: responseText.nullable(),
  mechanism: responseText.nullable(),
  context: responseText.nullable(),
  implementation: responseText.nullable(),
  cost: responseText.nullable(),
  relatedResourceIds: z.array(responseId),
};

export const practiceContentSchema = responseObject(contentFields);

const summaryFields = {
  id: responseId,
  slug: responseText,
  title: responseText,
  summary: responseText,
  language: responseText,
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  preventionLevel: z.enum(PREVENTION_LEVELS),
  settings: z.array(z.enum(SETTINGS)),
  countries: z.array(responseText),
  organisation: responseText,
  curationLabel: z.enum(CURATION_LABELS),
  evidenceRating: evidenceRatingSchema,
  feedbackCount: z.number().int(),
  archiveProposed: z.boolean(),
  updatedAt: responseTime,
};

export const practiceSummarySchema = responseObject(summaryFields);

export const feedbackSummarySchema = responseObject({
  count: z.number().int(),
  averageUsefulness: z.number().nullable(),
  totalReached: z.number().int(),
  countries: z.array(responseObject({ country: responseText, count: z.number().int() })),
});

export const feedbackSchema = responseObject({
  id: responseId,
  practiceId: responseId,
  country: responseText,
  setting: z.enum(SETTINGS),
  reached: z.number().int(),
  worked: responseText,
  didNotWork: responseText,
  usefulness: z.number().int(),
  author: authorSchema.nullable(),
  createdAt: responseTime,
});

export const pendingRevisionSchema = responseObject({
  number: z.number().int(),
  label: z.enum(['draft', 'submitted', 'returned']),
  content: practiceContentSchema,
  returnReason: responseText.nullable(),
  createdAt: responseTime,
});

export const practiceSchema = responseObject({
  ...contentFields,
  ...summaryFields,
  author: authorSchema.nullable(),
  revision: z.number().int(),
  publishedAt: responseTime.nullable(),
  ratingReviewedAt: responseTime,
  returnReason: responseText.nullable(),
  completeness: responseObject({
    mechanism: z.enum(COMPLETENESS_LEVELS),
    context: z.enum(COMPLETENESS_LEVELS),
    implementation: z.enum(COMPLETENESS_LEVELS),
    cost: z.enum(COMPLETENESS_LEVELS),
  }),
  evaluations: z.array(evaluationSchema),
  feedbackSummary: feedbackSummarySchema,
  relatedResources: z.array(resourceSummarySchema),
  pendingRevision: pendingRevisionSchema.nullable(),
  createdAt: responseTime,
  canEdit: z.boolean(),
  canReview: z.boolean(),
  canEvaluate: z.boolean(),
  canGiveFeedback: z.boolean(),
});

export const practiceRevisionSchema = responseObject({
  number: z.number().int(),
  content: practiceContentSchema,
  state: z.enum(['published', 'superseded', 'draft', 'submitted', 'returned']),
  author: authorSchema.nullable(),
  createdAt: responseTime,
  publishedAt: responseTime.nullable(),
  reviewComment: responseText.nullable(),
});

export const curationEventSchema = responseObject({
  id: responseId,
  action: z.enum(['submit', 'publish', 'peer-review', 'return', 'archive']),
  revision: z.number().int(),
  comment: responseText.nullable(),
  actor: authorSchema.nullable(),
  createdAt: responseTime,
});

export const exportedPracticeSchema = responseObject({
  id: responseId,
  slug: responseText,
  curationLabel: z.enum(CURATION_LABELS),
  createdAt: responseTime,
  revisions: z.array(practiceRevisionSchema),
});

export type PracticeResponseChecks = [
  Proves<SameShape<z.output<typeof practiceContentSchema>, PracticeContent>>,
  Proves<SameShape<z.output<typeof practiceSummarySchema>, PracticeSummary>>,
  Proves<SameShape<z.output<typeof feedbackSummarySchema>, FeedbackSummary>>,
  Proves<SameShape<z.output<typeof feedbackSchema>, Feedback>>,
  Proves<SameShape<z.output<typeof pendingRevisionSchema>, PendingRevision>>,
  Proves<SameShape<z.output<typeof practiceSchema>, Practice>>,
  Proves<SameShape<z.output<typeof practiceRevisionSchema>, PracticeRevision>>,
  Proves<SameShape<z.output<typeof curationEventSchema>, CurationEvent>>,
  Proves<SameShape<z.output<typeof exportedPracticeSchema>, ExportedPractice>>,
];
