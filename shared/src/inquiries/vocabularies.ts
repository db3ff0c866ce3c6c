/** A member asks about a rating (`question`); the practice's author contests it (`appeal`). */
export const INQUIRY_KINDS = ['question', 'appeal'] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

/**
 * `open`: filed, waiting for a coordinator (an answer, or two appeal reviewers); `in-review`: two reviewers
 * assigned, not both decided; `awaiting-settlement`: the two reviewers disagree and a coordinator settles;
 * `closed`: answered or decided.
 */
export const INQUIRY_STATUSES = ['open', 'in-review', 'awaiting-settlement', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/**
 * What an appeal reviewer (or the settling coordinator) decides: the rating stands (`uphold`), an evaluation
 * must be coded again (`recode`, naming it), or only a new study could change it (`new-study`).
 */
export const APPEAL_DECISIONS = ['uphold', 'recode', 'new-study'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];

/** A coordinator's answer to a question, or one of the appeal decisions. */
export const INQUIRY_DECISIONS = ['answer', ...APPEAL_DECISIONS] as const;
export type InquiryDecision = (typeof INQUIRY_DECISIONS)[number];

/** CrimeSolutions' target: an inquiry or appeal is decided within 60 days of filing. */
export const INQUIRY_DEADLINE_DAYS = 60;

/** A rating is re-reviewed at least every two years (CEBC's rhythm). */
export const RATING_REVIEW_YEARS = 2;

export const INQUIRY_LIMITS = {
  reasonMax: 4000,
  evidenceMax: 8000,
  linksMax: 10,
  linkMax: 2000,
  commentMax: 4000,
} as const;
