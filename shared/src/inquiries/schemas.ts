import { z } from 'zod';
import { httpUrl, optionalTextBlock, textBlock, uuid } from '../common/fields';
import { pageQuerySchema } from '../common/pagination';
import { INQUIRY_DECISIONS, INQUIRY_KINDS, INQUIRY_LIMITS } from './vocabularies';

/** `POST /api/practices/:id/inquiries`: a question (any active member) or an appeal (the practice's author). */
export const createInquirySchema = z.strictObject({
  kind: z.enum(INQUIRY_KINDS),
  reason: textBlock(INQUIRY_LIMITS.reasonMax),
  /** An appeal's new evidence, in words. */
  evidence: optionalTextBlock(INQUIRY_LIMITS.evidenceMax).optional(),
  /** Links to that evidence. */
  links: z
    .array(httpUrl(INQUIRY_LIMITS.linkMax))
    .max(INQUIRY_LIMITS.linksMax, `must list at most ${INQUIRY_LIMITS.linksMax} links`)
    .optional(),
});
export type CreateInquiryRequest = z.input<typeof createInquirySchema>;

/** `POST /api/inquiries/:id/reviewers`: the two people who decide an appeal. */
export const assignReviewersSchema = z.strictObject({
  reviewerIds: z
    .array(uuid)
    .length(2, 'must name exactly two reviewers')
    .refine((ids) => ids[0] !== ids[1], 'must name two different people'),
});
export type AssignReviewersRequest = z.input<typeof assignReviewersSchema>;

/**
 * `POST /api/inquiries/:id/decision`: a coordinator answers a question (`answer`); an assigned reviewer, who
 * declares no conflict of interest, decides an appeal; a coordinator settles one the reviewers disagree on.
 */
export const inquiryDecisionSchema = z
  .strictObject({
    decision: z.enum(INQUIRY_DECISIONS),
    reason: textBlock(INQUIRY_LIMITS.commentMax),
    /** The evaluation to code again, with `recode`. */
    evaluationId: uuid.optional(),
    /** An appeal reviewer's declaration that they have no conflict of interest with the practice. */
    noConflict: z.boolean().optional(),
  })
  .refine((body) => body.decision !== 'recode' || body.evaluationId !== undefined, {
    message: 'name the evaluation to code again',
    path: ['evaluationId'],
  });
export type InquiryDecisionRequest = z.input<typeof inquiryDecisionSchema>;

/** `POST /api/practices/:id/re-review`: a coordinator confirms the rating still stands. */
export const reReviewSchema = z.strictObject({
  comment: optionalTextBlock(INQUIRY_LIMITS.commentMax).optional(),
});
export type ReReviewRequest = z.input<typeof reReviewSchema>;

/** `GET /api/inquiries`: the open ones (coordinators: all; others: those assigned to them). */
export const listInquiriesQuerySchema = pageQuerySchema;
