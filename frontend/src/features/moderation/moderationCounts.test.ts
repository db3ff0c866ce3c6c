import type { ModerationSummary } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { countsOf, moderates, moderationBadge } from './moderationCounts';

const group = (id: string, joinRequests: number, flags: number) => ({
  group: { id, slug: id, name: id },
  joinRequests,
  flags,
});
const summary = (overrides: Partial<ModerationSummary> = {}): ModerationSummary => ({
  total: 0,
  groups: [],
  applications: null,
  curation: null,
  ...overrides,
});

describe('moderation counts', () => {
  it('adds the requests and flags of every group', () => {
    expect(countsOf(summary({ groups: [group('a', 2, 1), group('b', 0, 3)] }))).toEqual({ joinRequests: 2, flags: 4 });
  });

  it('shows the link to those who vet or curate, and to others only when something waits', () => {
    expect(moderates(undefined)).toBe(false);
    expect(moderates(summary())).toBe(false);
    expect(moderates(summary({ total: 1, groups: [group('a', 1, 0)] }))).toBe(true);
    expect(moderates(summary({ applications: 0, curation: 0 }))).toBe(true);
  });

  it('caps the badge at 99+', () => {
    expect(moderationBadge(3)).toBe('3');
    expect(moderationBadge(100)).toBe('99+');
  });
});
