import { PUBLISHED_LABELS, type Practice, type ReviewDecision } from '@pn/shared';

type CurationFacts = Pick<Practice, 'curationLabel' | 'publishedAt' | 'pendingRevision'>;

export const isPublished = (practice: Pick<Practice, 'curationLabel'>) =>
  PUBLISHED_LABELS.includes(practice.curationLabel);

/** Something waits for a coordinator: a submitted practice, or a submitted change to a published one. */
export function awaitsReview(practice: CurationFacts): boolean {
  return isPublished(practice)
    ? practice.pendingRevision?.label === 'submitted'
    : practice.curationLabel === 'submitted';
}

/**
 * The review decisions that make sense now (the API has the last word): publish, peer-review and return
 * what awaits review; an inspiring practice can also be marked peer-reviewed after review; a submitted or
 * published practice can be archived.
 */
export function availableDecisions(practice: CurationFacts): ReviewDecision[] {
  const awaiting = awaitsReview(practice);
  const decisions: ReviewDecision[] = [];
  if (awaiting) decisions.push('publish');
  if (awaiting || practice.curationLabel === 'inspiring') decisions.push('peer-review');
  if (awaiting) decisions.push('return');
  if (isPublished(practice) || practice.curationLabel === 'submitted') decisions.push('archive');
  return decisions;
}

/** What the author can do next with the text they are writing. */
export type AuthorStep = 'submit' | 'submit-change' | 'under-review' | 'none';

export function authorStep(practice: CurationFacts): AuthorStep {
  if (practice.curationLabel === 'archived') return 'none';
  if (isPublished(practice)) {
    const pending = practice.pendingRevision?.label;
    if (pending === 'draft' || pending === 'returned') return 'submit-change';
    return pending === 'submitted' ? 'under-review' : 'none';
  }
  if (practice.curationLabel === 'submitted') return 'under-review';
  return 'submit';
}
