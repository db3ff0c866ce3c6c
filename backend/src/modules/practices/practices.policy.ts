import {
  ARCHIVE_PROPOSAL_MONTHS,
  PUBLISHED_LABELS,
  RATING_REVIEW_YEARS,
  type CurationLabel,
  type PendingRevision,
  type ReviewDecision,
} from '@pn/shared';
import type { Viewer } from '../../common/viewer';

export type { Viewer };

/** Where a change to a published practice stands, while the published text stays what everyone reads. */
export type PendingLabel = PendingRevision['label'];
export const PENDING_LABELS: readonly PendingLabel[] = ['draft', 'submitted', 'returned'];

/** What the rules read of a practice. */
export interface PracticeFacts {
  authorId: string | null;
  curationLabel: CurationLabel;
  publishedRevision: number | null;
  pendingLabel: PendingLabel | null;
}

/** A refusal: 403 for who is asking, 409 for the state the practice is in. */
export interface Refusal {
  refused: string;
  status: 403 | 409;
}

const active = (viewer: Viewer): viewer is NonNullable<Viewer> => viewer?.status === 'active';

/**
 * Who curates: network coordinators, and admins, who also vet accounts and create groups; curating the
 * public library is the same kind of trust.
 */
export function isCurator(viewer: Viewer): boolean {
  return active(viewer) && (viewer.role === 'coordinator' || viewer.role === 'admin');
}

export function isAuthor(practice: PracticeFacts, viewer: Viewer): boolean {
  return active(viewer) && practice.authorId !== null && practice.authorId === viewer.id;
}

/** Published: its text is public. Inspiring and peer-reviewed practices, and archived ones that were published. */
export function isPublic(practice: PracticeFacts): boolean {
  return practice.publishedRevision !== null && [...PUBLISHED_LABELS, 'archived'].includes(practice.curationLabel);
}

/** Open to new evaluations and feedback: published and not archived. */
export function isLive(practice: PracticeFacts): boolean {
  return practice.publishedRevision !== null && PUBLISHED_LABELS.includes(practice.curationLabel);
}

/**
 * Read the practice at all. A published one (archived included) is for everyone; drafts, submitted and
 * returned practices only for their author and the curators. Everyone else is told it does not exist.
 */
export function canReadPractice(practice: PracticeFacts, viewer: Viewer): boolean {
  return isPublic(practice) || canFollowCuration(practice, viewer);
}

/** See the work in progress: the pending revision, every revision, the curation history. */
export function canFollowCuration(practice: PracticeFacts, viewer: Viewer): boolean {
  return isAuthor(practice, viewer) || isCurator(viewer);
}

/** Start a practice: any active member. */
export function canCreatePractice(viewer: Viewer): boolean {
  return active(viewer);
}

/**
 * What an edit by the author does: change the revision being written in place, or start a new revision of
 * a published practice (a draft, so that the author can work on it before submitting it; the published
 * text stays what everyone reads). Only the author edits: curators return a practice with a reason instead.
 */
export function editOutcome(practice: PracticeFacts, viewer: Viewer): 'in-place' | 'new-revision' | Refusal {
  if (!isAuthor(practice, viewer)) return { refused: 'only the author edits a practice', status: 403 };
  if (practice.curationLabel === 'archived') {
    return { refused: 'this practice is archived: it is kept as it was', status: 409 };
  }
  if (practice.publishedRevision === null) {
    if (practice.curationLabel === 'submitted') return underReview();
    return 'in-place';
  }
  if (practice.pendingLabel === null) return 'new-revision';
  if (practice.pendingLabel === 'submitted') return underReview();
  return 'in-place';
}

const underReview = (): Refusal => ({
  refused: 'this practice is under review: it can be edited again once a coordinator has decided',
  status: 409,
});

/** What submitting does: the practice, or its pending change, goes to the curators. */
export function submitOutcome(practice: PracticeFacts, viewer: Viewer): 'practice' | 'pending' | Refusal {
  if (!isAuthor(practice, viewer)) return { refused: 'only the author submits a practice', status: 403 };
  if (practice.curationLabel === 'archived') return { refused: 'this practice is archived', status: 409 };
  if (practice.publishedRevision === null) {
    if (practice.curationLabel === 'submitted') return { refused: 'this practice is already submitted', status: 409 };
    return 'practice';
  }
  if (practice.pendingLabel === 'draft' || practice.pendingLabel === 'returned') return 'pending';
  if (practice.pendingLabel === 'submitted') return { refused: 'this change is already submitted', status: 409 };
  return { refused: 'this practice is published and has no change to submit', status: 409 };
}

/** The state a review decision leads to. */
export interface ReviewTransition {
  label: CurationLabel;
  pendingLabel: PendingLabel | null;
  /** The revision under review becomes the published one (the previous published one is superseded). */
  publishes: boolean;
}

/** Review at all: curators, never on their own practice (another curator reviews it). */
export function reviewRefusal(practice: PracticeFacts, viewer: Viewer): Refusal | null {
  if (!isCurator(viewer)) return { refused: 'only coordinators review practices', status: 403 };
  if (isAuthor(practice, viewer)) {
    return { refused: 'you wrote this practice: another coordinator reviews it', status: 403 };
  }
  return null;
}

/**
 * The curation rules. A decision on a practice with a submitted change applies to that change:
 * - publish: the submitted text becomes the published one, labelled inspiring (a new text has not been
 *   peer-reviewed yet);
 * - peer-review: publishes the submitted text as peer-reviewed, or marks an inspiring practice
 *   peer-reviewed when no change waits;
 * - return: the submitted text goes back to its author with the comment; a published text stays published;
 * - archive: a submitted, inspiring or peer-reviewed practice is archived (and read only).
 */
export function reviewTransition(practice: PracticeFacts, decision: ReviewDecision): ReviewTransition | Refusal {
  const published = practice.publishedRevision !== null && PUBLISHED_LABELS.includes(practice.curationLabel);
  const awaiting = published ? practice.pendingLabel === 'submitted' : practice.curationLabel === 'submitted';
  const stay = { label: practice.curationLabel, pendingLabel: practice.pendingLabel };
  switch (decision) {
    case 'publish':
      if (awaiting) return { label: 'inspiring', pendingLabel: null, publishes: true };
      return conflict('only a submitted practice or change can be published');
    case 'peer-review':
      if (awaiting) return { label: 'peer-reviewed', pendingLabel: null, publishes: true };
      if (published && practice.curationLabel === 'inspiring') {
        return { ...stay, label: 'peer-reviewed', publishes: false };
      }
      return conflict('only a submitted or inspiring practice can be marked peer-reviewed');
    case 'return':
      if (!awaiting) return conflict('only a submitted practice or change can be returned');
      return published
        ? { ...stay, pendingLabel: 'returned', publishes: false }
        : { label: 'returned', pendingLabel: null, publishes: false };
    case 'archive':
      if (published || practice.curationLabel === 'submitted') {
        return { ...stay, label: 'archived', publishes: false };
      }
      return conflict('only a submitted or published practice can be archived');
  }
}

const conflict = (refused: string): Refusal => ({ refused, status: 409 });

export const isRefusal = (outcome: unknown): outcome is Refusal =>
  typeof outcome === 'object' && outcome !== null && 'refused' in outcome;

/** Post an evaluation: active researchers, on a published practice that is not archived. */
export function canEvaluate(practice: PracticeFacts, viewer: Viewer): boolean {
  return active(viewer) && viewer.role === 'researcher' && isLive(practice);
}

/** Report having implemented it: any active member, on a published practice that is not archived. */
export function canGiveFeedback(practice: PracticeFacts, viewer: Viewer): boolean {
  return active(viewer) && isLive(practice);
}

/** A published practice whose content has not changed for 24 months is proposed for archiving. */
export function isArchiveProposed(practice: PracticeFacts & { updatedAt: Date }, now: Date = new Date()): boolean {
  return isLive(practice) && practice.updatedAt < archiveProposalCutoff(now);
}

export function archiveProposalCutoff(now: Date = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - ARCHIVE_PROPOSAL_MONTHS);
  return cutoff;
}

/** What the re-review rule reads of a practice. */
export interface RatingReviewFacts extends PracticeFacts {
  ratingReviewedAt: Date;
  ratingReviewedRevision: number | null;
}

export function ratingReviewCutoff(now: Date = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - RATING_REVIEW_YEARS);
  return cutoff;
}

/**
 * Why a live practice's rating is due for re-review: two years since it was computed or re-reviewed
 * (`age`), or a newer revision published since (`revised`). Empty when it is not due, and always for drafts
 * and archived practices, which nobody is asked to act on.
 */
export function ratingReviewReasons(practice: RatingReviewFacts, now: Date = new Date()): Array<'age' | 'revised'> {
  if (!isLive(practice)) return [];
  const reasons: Array<'age' | 'revised'> = [];
  if (practice.ratingReviewedAt < ratingReviewCutoff(now)) reasons.push('age');
  if (practice.ratingReviewedRevision !== practice.publishedRevision) reasons.push('revised');
  return reasons;
}
