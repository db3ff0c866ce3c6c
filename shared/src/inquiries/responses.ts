import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { ROLES } from '../common/vocabularies';
import type { Inquiry, InquiryReview, PracticeInquiries, ReviewDuePractice, ReviewerCandidate } from './types';
import { APPEAL_DECISIONS, INQUIRY_KINDS, INQUIRY_STATUSES } from './vocabularies';

export const inquiryReviewSchema = responseObject({
  reviewer: authorSchema.nullable(),
  mine: z.boolean(),
  decision: z.enum(APPEAL_DECISIONS).nullable(),
  evaluationId: responseId.nullable(),
  reason: responseText.nullable(),
  decidedAt: responseTime.nullable(),
});

export const inquirySchema = responseObject({
  id: responseId,
  practice: responseObject({ id: responseId, title: responseText }),
  kind: z.enum(INQUIRY_KINDS),
  status: z.enum(INQUIRY_STATUSES),
  reason: responseText.nullable(),
  evidence: responseText.nullable(),
  links: z.array(responseText),
  asker: authorSchema.nullable(),
  mine: z.boolean(),
  answer: responseText.nullable(),
  outcome: z.enum(APPEAL_DECISIONS).nullable(),
  outcomeEvaluationId: responseId.nullable(),
  reviews: z.array(inquiryReviewSchema),
  createdAt: responseTime,
  dueAt: responseTime,
  overdue: z.boolean(),
  closedAt: responseTime.nullable(),
  canAssign: z.boolean(),
  canDecide: z.boolean(),
});

export const practiceInquiriesSchema = responseObject({
  items: z.array(inquirySchema),
  canAsk: z.boolean(),
  canAppeal: z.boolean(),
});

export const reviewDuePracticeSchema = responseObject({
  id: responseId,
  title: responseText,
  curationLabel: responseText,
  ratingReviewedAt: responseTime,
  reasons: z.array(z.enum(['age', 'revised'])),
});

export const reviewerCandidateSchema = responseObject({
  id: responseId,
  displayName: responseText,
  role: z.enum(ROLES),
});

export type InquiryResponseChecks = [
  Proves<SameShape<z.output<typeof reviewerCandidateSchema>, ReviewerCandidate>>,
  Proves<SameShape<z.output<typeof inquiryReviewSchema>, InquiryReview>>,
  Proves<SameShape<z.output<typeof inquirySchema>, Inquiry>>,
  Proves<SameShape<z.output<typeof practiceInquiriesSchema>, PracticeInquiries>>,
  Proves<SameShape<z.output<typeof reviewDuePracticeSchema>, ReviewDuePractice>>,
];
