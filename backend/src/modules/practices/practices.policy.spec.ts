import type { ReviewDecision } from '@pn/shared';
import {
  archiveProposalCutoff,
  canEvaluate,
  canFollowCuration,
  canGiveFeedback,
  canReadPractice,
  editOutcome,
  isArchiveProposed,
  isCurator,
  ratingReviewCutoff,
  ratingReviewReasons,
  reviewRefusal,
  reviewTransition,
  submitOutcome,
  type PracticeFacts,
  type Viewer,
} from './practices.policy';

const AUTHOR = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const viewers = {
  visitor: null,
  pending: { id: OTHER, role: 'practitioner', status: 'pending' },
  author: { id: AUTHOR, role: 'practitioner', status: 'active' },
  suspendedAuthor: { id: AUTHOR, role: 'practitioner', status: 'suspended' },
  practitioner: { id: OTHER, role: 'practitioner', status: 'active' },
  researcher: { id: OTHER, role: 'researcher', status: 'active' },
  coordinator: { id: OTHER, role: 'coordinator', status: 'active' },
  coordinatorAuthor: { id: AUTHOR, role: 'coordinator', status: 'active' },
  admin: { id: OTHER, role: 'admin', status: 'active' },
} satisfies Record<string, Viewer>;
type V = keyof typeof viewers;

const practice = (label: PracticeFacts['curationLabel'], more: Partial<PracticeFacts> = {}): PracticeFacts => ({
  authorId: AUTHOR,
  curationLabel: label,
  publishedRevision: ['inspiring', 'peer-reviewed', 'archived'].includes(label) ? 1 : null,
  pendingLabel: null,
  ...more,
});
const states = {
  draft: practice('draft'),
  submitted: practice('submitted'),
  returned: practice('returned'),
  inspiring: practice('inspiring'),
  peerReviewed: practice('peer-reviewed'),
  archived: practice('archived'),
  archivedUnpublished: practice('archived', { publishedRevision: null }),
  inspiringWithDraft: practice('inspiring', { pendingLabel: 'draft' }),
  inspiringWithSubmitted: practice('inspiring', { pendingLabel: 'submitted' }),
  inspiringWithReturned: practice('inspiring', { pendingLabel: 'returned' }),
};
type S = keyof typeof states;

describe('isCurator', () => {
  it.each([
    ['coordinator', true],
    ['admin', true],
    ['researcher', false],
    ['practitioner', false],
    ['visitor', false],
  ] as Array<[V, boolean]>)('%s: %s', (viewer, expected) => {
    expect(isCurator(viewers[viewer])).toBe(expected);
  });
});

describe('canReadPractice', () => {
  const readers: Array<[S, V[], V[]]> = [
    [
      'draft',
      ['author', 'coordinator', 'admin', 'coordinatorAuthor'],
      ['visitor', 'pending', 'practitioner', 'researcher', 'suspendedAuthor'],
    ],
    ['submitted', ['author', 'coordinator', 'admin'], ['visitor', 'practitioner', 'researcher']],
    ['returned', ['author', 'coordinator'], ['visitor', 'practitioner', 'researcher']],
    ['inspiring', ['visitor', 'pending', 'practitioner', 'researcher', 'author', 'coordinator'], []],
    ['peerReviewed', ['visitor', 'practitioner'], []],
    ['archived', ['visitor', 'practitioner'], []],
    ['archivedUnpublished', ['author', 'coordinator'], ['visitor', 'practitioner']],
  ];
  it.each(readers)('%s: read by %j, not by %j', (state, yes, no) => {
    for (const viewer of yes) expect([viewer, canReadPractice(states[state], viewers[viewer])]).toEqual([viewer, true]);
    for (const viewer of no) expect([viewer, canReadPractice(states[state], viewers[viewer])]).toEqual([viewer, false]);
  });

  it('shows the work in progress to the author and curators only', () => {
    expect(canFollowCuration(states.inspiring, viewers.author)).toBe(true);
    expect(canFollowCuration(states.inspiring, viewers.admin)).toBe(true);
    expect(canFollowCuration(states.inspiring, viewers.researcher)).toBe(false);
    expect(canFollowCuration(states.inspiring, viewers.visitor)).toBe(false);
  });
});

describe('editOutcome', () => {
  it.each([
    ['draft', 'author', 'in-place'],
    ['returned', 'author', 'in-place'],
    ['submitted', 'author', 409],
    ['inspiring', 'author', 'new-revision'],
    ['peerReviewed', 'author', 'new-revision'],
    ['inspiringWithDraft', 'author', 'in-place'],
    ['inspiringWithReturned', 'author', 'in-place'],
    ['inspiringWithSubmitted', 'author', 409],
    ['archived', 'author', 409],
    ['draft', 'coordinator', 403],
    ['inspiring', 'practitioner', 403],
    ['draft', 'suspendedAuthor', 403],
  ] as Array<[S, V, string | number]>)('%s by %s: %s', (state, viewer, expected) => {
    const outcome = editOutcome(states[state], viewers[viewer]);
    expect(typeof outcome === 'string' ? outcome : outcome.status).toBe(expected);
  });
});

describe('submitOutcome', () => {
  it.each([
    ['draft', 'author', 'practice'],
    ['returned', 'author', 'practice'],
    ['submitted', 'author', 409],
    ['inspiring', 'author', 409],
    ['inspiringWithDraft', 'author', 'pending'],
    ['inspiringWithReturned', 'author', 'pending'],
    ['inspiringWithSubmitted', 'author', 409],
    ['archived', 'author', 409],
    ['draft', 'coordinator', 403],
    ['draft', 'practitioner', 403],
  ] as Array<[S, V, string | number]>)('%s by %s: %s', (state, viewer, expected) => {
    const outcome = submitOutcome(states[state], viewers[viewer]);
    expect(typeof outcome === 'string' ? outcome : outcome.status).toBe(expected);
  });
});

describe('reviewRefusal', () => {
  it('lets coordinators and admins review, but never their own practice', () => {
    expect(reviewRefusal(states.submitted, viewers.coordinator)).toBeNull();
    expect(reviewRefusal(states.submitted, viewers.admin)).toBeNull();
    expect(reviewRefusal(states.submitted, viewers.coordinatorAuthor)).toMatchObject({ status: 403 });
    expect(reviewRefusal(states.submitted, viewers.researcher)).toMatchObject({ status: 403 });
    expect(reviewRefusal(states.submitted, viewers.visitor)).toMatchObject({ status: 403 });
  });
});

describe('reviewTransition', () => {
  const outcome = (state: S, decision: ReviewDecision) => {
    const result = reviewTransition(states[state], decision);
    return 'refused' in result ? result.status : result;
  };

  it.each([
    ['submitted', 'publish', { label: 'inspiring', pendingLabel: null, publishes: true }],
    ['submitted', 'peer-review', { label: 'peer-reviewed', pendingLabel: null, publishes: true }],
    ['submitted', 'return', { label: 'returned', pendingLabel: null, publishes: false }],
    ['submitted', 'archive', { label: 'archived', pendingLabel: null, publishes: false }],
    ['inspiring', 'peer-review', { label: 'peer-reviewed', pendingLabel: null, publishes: false }],
    ['inspiring', 'archive', { label: 'archived', pendingLabel: null, publishes: false }],
    ['peerReviewed', 'archive', { label: 'archived', pendingLabel: null, publishes: false }],
    ['inspiringWithSubmitted', 'publish', { label: 'inspiring', pendingLabel: null, publishes: true }],
    ['inspiringWithSubmitted', 'peer-review', { label: 'peer-reviewed', pendingLabel: null, publishes: true }],
    ['inspiringWithSubmitted', 'return', { label: 'inspiring', pendingLabel: 'returned', publishes: false }],
    ['inspiringWithDraft', 'peer-review', { label: 'peer-reviewed', pendingLabel: 'draft', publishes: false }],
  ] as Array<[S, ReviewDecision, object]>)('%s, %s: %j', (state, decision, expected) => {
    expect(outcome(state, decision)).toEqual(expected);
  });

  it.each([
    ['draft', 'publish'],
    ['draft', 'peer-review'],
    ['draft', 'return'],
    ['draft', 'archive'],
    ['returned', 'publish'],
    ['returned', 'archive'],
    ['inspiring', 'publish'],
    ['inspiring', 'return'],
    ['peerReviewed', 'peer-review'],
    ['peerReviewed', 'return'],
    ['inspiringWithDraft', 'publish'],
    ['archived', 'publish'],
    ['archived', 'peer-review'],
    ['archived', 'archive'],
  ] as Array<[S, ReviewDecision]>)('refuses %s, %s with 409', (state, decision) => {
    expect(outcome(state, decision)).toBe(409);
  });
});

describe('canEvaluate and canGiveFeedback', () => {
  it.each([
    ['inspiring', 'researcher', true, true],
    ['peerReviewed', 'researcher', true, true],
    ['inspiring', 'practitioner', false, true],
    ['inspiring', 'coordinator', false, true],
    ['inspiring', 'pending', false, false],
    ['inspiring', 'visitor', false, false],
    ['archived', 'researcher', false, false],
    ['submitted', 'researcher', false, false],
    ['draft', 'author', false, false],
  ] as Array<[S, V, boolean, boolean]>)('%s, %s: evaluate %s, feedback %s', (state, viewer, evaluate, feedback) => {
    expect(canEvaluate(states[state], viewers[viewer])).toBe(evaluate);
    expect(canGiveFeedback(states[state], viewers[viewer])).toBe(feedback);
  });
});

describe('isArchiveProposed', () => {
  const now = new Date('2026-03-15T12:00:00Z');
  it('proposes published practices unchanged for 24 months', () => {
    expect(archiveProposalCutoff(now).toISOString()).toBe('2024-03-15T12:00:00.000Z');
    const old = new Date('2024-02-01T00:00:00Z');
    const recent = new Date('2025-02-01T00:00:00Z');
    expect(isArchiveProposed({ ...states.inspiring, updatedAt: old }, now)).toBe(true);
    expect(isArchiveProposed({ ...states.peerReviewed, updatedAt: old }, now)).toBe(true);
    expect(isArchiveProposed({ ...states.inspiring, updatedAt: recent }, now)).toBe(false);
    expect(isArchiveProposed({ ...states.archived, updatedAt: old }, now)).toBe(false);
    expect(isArchiveProposed({ ...states.draft, updatedAt: old }, now)).toBe(false);
  });
});

describe('ratingReviewReasons', () => {
  const now = new Date('2026-03-15T12:00:00Z');
  const old = new Date('2024-03-14T00:00:00Z');
  const recent = new Date('2025-03-01T00:00:00Z');
  it('asks for a re-review two years on, or after a newer revision is published', () => {
    expect(ratingReviewCutoff(now).toISOString()).toBe('2024-03-15T12:00:00.000Z');
    const reviewed = (ratingReviewedAt: Date, ratingReviewedRevision: number | null) => ({
      ratingReviewedAt,
      ratingReviewedRevision,
    });
    expect(ratingReviewReasons({ ...states.inspiring, ...reviewed(recent, 1) }, now)).toEqual([]);
    expect(ratingReviewReasons({ ...states.inspiring, ...reviewed(old, 1) }, now)).toEqual(['age']);
    expect(ratingReviewReasons({ ...states.peerReviewed, publishedRevision: 2, ...reviewed(recent, 1) }, now)).toEqual([
      'revised',
    ]);
    expect(ratingReviewReasons({ ...states.inspiring, publishedRevision: 3, ...reviewed(old, 1) }, now)).toEqual([
      'age',
      'revised',
    ]);
    expect(ratingReviewReasons({ ...states.archived, ...reviewed(old, null) }, now)).toEqual([]);
    expect(ratingReviewReasons({ ...states.draft, ...reviewed(old, null) }, now)).toEqual([]);
  });
});
