import type { PendingRevision, Practice } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { authorStep, availableDecisions } from './curation';
import { content } from './testData';

type Facts = Pick<Practice, 'curationLabel' | 'publishedAt' | 'pendingRevision'>;
const facts = (curationLabel: Facts['curationLabel'], pending: PendingRevision['label'] | null = null): Facts => ({
  curationLabel,
  publishedAt: null,
  pendingRevision: pending
    ? { number: 2, label: pending, content: content(), returnReason: null, createdAt: '2026-01-01T00:00:00.000Z' }
    : null,
});

describe('availableDecisions', () => {
  it('offers every decision on a submitted practice', () => {
    expect(availableDecisions(facts('submitted'))).toEqual(['publish', 'peer-review', 'return', 'archive']);
  });

  it('offers peer review and archiving on an inspiring practice, and the rest once a change is submitted', () => {
    expect(availableDecisions(facts('inspiring'))).toEqual(['peer-review', 'archive']);
    expect(availableDecisions(facts('peer-reviewed'))).toEqual(['archive']);
    expect(availableDecisions(facts('peer-reviewed', 'submitted'))).toEqual([
      'publish',
      'peer-review',
      'return',
      'archive',
    ]);
  });

  it('offers nothing on drafts, returned and archived practices', () => {
    expect(availableDecisions(facts('draft'))).toEqual([]);
    expect(availableDecisions(facts('returned'))).toEqual([]);
    expect(availableDecisions(facts('archived'))).toEqual([]);
  });
});

describe('authorStep', () => {
  it('lets the author submit a draft or a returned practice, and wait while it is reviewed', () => {
    expect(authorStep(facts('draft'))).toBe('submit');
    expect(authorStep(facts('returned'))).toBe('submit');
    expect(authorStep(facts('submitted'))).toBe('under-review');
  });

  it('lets the author submit a change to a published practice', () => {
    expect(authorStep(facts('inspiring'))).toBe('none');
    expect(authorStep(facts('inspiring', 'draft'))).toBe('submit-change');
    expect(authorStep(facts('inspiring', 'returned'))).toBe('submit-change');
    expect(authorStep(facts('inspiring', 'submitted'))).toBe('under-review');
    expect(authorStep(facts('archived'))).toBe('none');
  });
});
