import type { Role } from '../common/vocabularies';
import type { Author } from '../discussions/types';
import type { AppealDecision, InquiryKind, InquiryStatus } from './vocabularies';

/** One appeal reviewer's decision. Reviewers are named only to coordinators and to themselves. */
export interface InquiryReview {
  reviewer: Author | null;
  mine: boolean;
  decision: AppealDecision | null;
  evaluationId: string | null;
  reason: string | null;
  decidedAt: string | null;
}

/**
 * A question about a rating or an appeal of it. Public: that an appeal exists, its status and outcome.
 * Members also read the texts; the asker is named only to coordinators.
 */
export interface Inquiry {
  id: string;
  practice: { id: string; title: string };
  kind: InquiryKind;
  status: InquiryStatus;
  /** Null for visitors. */
  reason: string | null;
  evidence: string | null;
  links: string[];
  asker: Author | null;
  mine: boolean;
  /** A question's answer, or why the coordinator settled an appeal as they did. */
  answer: string | null;
  /** An appeal's outcome once closed. */
  outcome: AppealDecision | null;
  outcomeEvaluationId: string | null;
  reviews: InquiryReview[];
  createdAt: string;
  /** 60 days after filing. */
  dueAt: string;
  overdue: boolean;
  closedAt: string | null;
  /** What the caller may do. */
  canAssign: boolean;
  canDecide: boolean;
}

export interface PracticeInquiries {
  items: Inquiry[];
  canAsk: boolean;
  canAppeal: boolean;
}

/** A practice whose rating awaits re-review, for the coordinators' queue. */
export interface ReviewDuePractice {
  id: string;
  title: string;
  curationLabel: string;
  ratingReviewedAt: string;
  /** Why it is due: its age, a newer published revision, or both. */
  reasons: Array<'age' | 'revised'>;
}

/** Someone who may review an appeal: active, a researcher or coordinator, with no part in what is appealed. */
export interface ReviewerCandidate {
  id: string;
  displayName: string;
  role: Role;
}
