import type { Group, User } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import {
  canAddMembers,
  canCoordinate,
  canEditGroupTexts,
  canManageGroups,
  canPost,
  canReadDiscussions,
  canSeeMembers,
  joinState,
} from './permissions';

function user(overrides: Partial<User> = {}): User {
  return {
    id: 'u1',
    email: 'anna@example.org',
    displayName: 'Anna',
    profession: 'social-workers',
    country: 'DK',
    organisation: null,
    languages: [],
    locale: 'en',
    timeZone: 'Europe/Brussels',
    emailConfirmed: true,
    pendingEmail: null,
    role: 'practitioner',
    status: 'active',
    createdAt: '2026-01-01T00:00:00.000Z',
    approvedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  };
}

type Facts = Pick<Group, 'visibility' | 'archived' | 'joinPolicy' | 'myMembership'>;
const group = (overrides: Partial<Facts> = {}): Facts => ({
  visibility: 'members',
  archived: false,
  joinPolicy: 'open',
  myMembership: null,
  ...overrides,
});
const membership = (role: 'member' | 'coordinator', status: 'active' | 'pending' = 'active') => ({
  role,
  status,
  muted: false,
  requestMessage: null,
  since: '2026-01-01T00:00:00.000Z',
});

describe('group permissions in the interface', () => {
  it('lets members read and post, and visitors read public groups only', () => {
    const member = group({ myMembership: membership('member') });
    expect(canReadDiscussions(member, user())).toBe(true);
    expect(canPost(member, user())).toBe(true);
    expect(canReadDiscussions(group(), null)).toBe(false);
    expect(canReadDiscussions(group({ visibility: 'public' }), null)).toBe(true);
    expect(canPost(group({ visibility: 'public' }), null)).toBe(false);
    expect(canPost({ ...member, archived: true }, user())).toBe(false);
  });

  it('lets group coordinators and network coordinators moderate, but not admins by their role', () => {
    expect(canCoordinate(group({ myMembership: membership('coordinator') }), user())).toBe(true);
    expect(canCoordinate(group({ myMembership: membership('member') }), user())).toBe(false);
    expect(canCoordinate(group(), user({ role: 'coordinator' }))).toBe(true);
    expect(canCoordinate(group(), user({ role: 'admin' }))).toBe(false);
    expect(canSeeMembers(group(), user({ role: 'coordinator' }))).toBe(true);
    expect(canSeeMembers(group(), user())).toBe(false);
    expect(canCoordinate(group({ myMembership: membership('coordinator', 'pending') }), user())).toBe(false);
  });

  it('offers the right way in', () => {
    expect(joinState(group(), null)).toBe('sign-in');
    expect(joinState(group(), user({ status: 'pending' }))).toBe('account-not-active');
    expect(joinState(group(), user())).toBe('join');
    expect(joinState(group({ joinPolicy: 'approval' }), user())).toBe('request');
    expect(joinState(group({ joinPolicy: 'invite' }), user())).toBe('invite-only');
    expect(joinState(group({ myMembership: membership('member', 'pending') }), user())).toBe('requested');
    expect(joinState(group({ myMembership: membership('member') }), user())).toBe('member');
    expect(joinState(group({ archived: true }), user())).toBe('archived');
  });

  it('lets network coordinators and admins manage groups, when their account is active', () => {
    expect(canManageGroups(user({ role: 'coordinator' }))).toBe(true);
    expect(canManageGroups(user({ role: 'admin' }))).toBe(true);
    expect(canManageGroups(user())).toBe(false);
    expect(canManageGroups(user({ role: 'coordinator', status: 'suspended' }))).toBe(false);
    expect(canManageGroups(null)).toBe(false);
  });

  it('lets coordinators add members to groups that are not archived', () => {
    expect(canAddMembers(group({ myMembership: membership('coordinator') }), user())).toBe(true);
    expect(canAddMembers(group(), user({ role: 'coordinator' }))).toBe(true);
    expect(canAddMembers(group({ archived: true }), user({ role: 'coordinator' }))).toBe(false);
    expect(canAddMembers(group({ myMembership: membership('member') }), user())).toBe(false);
  });
});

describe('canEditGroupTexts', () => {
  const coordinating = group({
    myMembership: {
      role: 'coordinator',
      status: 'active',
      muted: false,
      requestMessage: null,
      since: '2026-01-01T00:00:00.000Z',
    },
  });
  const member = group({
    myMembership: {
      role: 'member',
      status: 'active',
      muted: false,
      requestMessage: null,
      since: '2026-01-01T00:00:00.000Z',
    },
  });
  it.each([
    ['a network coordinator', group(), user({ role: 'coordinator' }), true],
    ['an admin', group(), user({ role: 'admin' }), true],
    ['a group coordinator', coordinating, user(), true],
    ['a suspended group coordinator', coordinating, user({ status: 'suspended' }), false],
    ['a member', member, user(), false],
    ['a visitor', coordinating, null, false],
  ] as const)('%s: %s', (_name, facts, who, expected) => {
    expect(canEditGroupTexts(facts, who)).toBe(expected);
  });
});
