import type { NotificationKind } from '@pn/shared';
import {
  canChangeGroup,
  canCoordinate,
  canSeeGroup,
  howToJoin,
  canSeeMembers,
  isActiveMember,
  joinOutcome,
  notifiesWhenMuted,
} from './groups.policy';
import { groups, memberships, viewers } from './policy-cases.fixtures';

type V = keyof typeof viewers;
type M = keyof typeof memberships;
type G = keyof typeof groups;

describe('canSeeGroup', () => {
  it.each([
    ['members', 'visitor', true],
    ['members', 'pending', true],
    ['members', 'suspended', true],
    ['members', 'practitioner', true],
    ['members', 'admin', true],
    ['public', 'visitor', true],
    ['public', 'pending', true],
    ['archived', 'practitioner', true],
    ['archived', 'visitor', false],
    ['archived', 'pending', false],
  ] as Array<[G, V, boolean]>)('%s group, %s: %s', (group, viewer, expected) => {
    expect(canSeeGroup(groups[group], viewers[viewer]!)).toBe(expected);
  });
});

describe('canCoordinate, canSeeMembers, isActiveMember', () => {
  it.each([
    ['none', 'practitioner', false, false, false],
    ['requested', 'practitioner', false, false, false],
    ['member', 'practitioner', false, true, true],
    ['groupCoordinator', 'practitioner', true, true, true],
    ['requestedCoordinator', 'practitioner', false, false, false],
    ['groupCoordinator', 'pending', false, false, false],
    ['none', 'coordinator', true, true, false],
    ['none', 'admin', false, false, false],
    ['none', 'visitor', false, false, false],
  ] as Array<[M, V, boolean, boolean, boolean]>)(
    'membership %s, %s: coordinate %s, see members %s, active member %s',
    (membership, viewer, coordinate, seeMembers, activeMember) => {
      expect(canCoordinate(memberships[membership]!, viewers[viewer]!)).toBe(coordinate);
      expect(canSeeMembers(memberships[membership]!, viewers[viewer]!)).toBe(seeMembers);
      expect(isActiveMember(memberships[membership]!, viewers[viewer]!)).toBe(activeMember);
    },
  );
});

describe('joinOutcome', () => {
  const open = { ...groups.members, joinPolicy: 'open' as const };
  const approval = { ...groups.members, joinPolicy: 'approval' as const };
  const invite = { ...groups.members, joinPolicy: 'invite' as const };
  const archived = { ...groups.archived, joinPolicy: 'open' as const };
  it.each([
    ['open', open, 'none', 'practitioner', 'joined'],
    ['approval', approval, 'none', 'practitioner', 'requested'],
    ['approval, network coordinator', approval, 'none', 'coordinator', 'requested'],
    ['invite', invite, 'none', 'practitioner', { status: 403 }],
    ['open, already a member', open, 'member', 'practitioner', { status: 409 }],
    ['approval, request waiting', approval, 'requested', 'practitioner', { status: 409 }],
    ['archived', archived, 'none', 'practitioner', { status: 409 }],
    ['open, pending account', open, 'none', 'pending', { status: 403 }],
  ] as const)('%s', (_name, group, membership, viewer, expected) => {
    const outcome = joinOutcome(group, memberships[membership]!, viewers[viewer]!);
    if (typeof expected === 'string') expect(outcome).toBe(expected);
    else expect(outcome).toMatchObject(expected);
  });
});

describe('notifiesWhenMuted', () => {
  it.each([
    ['thread', false],
    ['announcement', true],
    ['mention', true],
    ['reply', true],
    ['join-request', true],
    ['join-decision', true],
    ['added-to-group', true],
  ] as Array<[NotificationKind, boolean]>)('%s: %s', (kind, expected) => {
    expect(notifiesWhenMuted(kind)).toBe(expected);
  });
});

describe('howToJoin', () => {
  const open = { ...groups.members, joinPolicy: 'open' as const };
  const approval = { ...groups.members, joinPolicy: 'approval' as const };
  const invite = { ...groups.members, joinPolicy: 'invite' as const };
  const archived = { ...groups.archived, joinPolicy: 'open' as const };
  it.each([
    ['visitor', invite, 'none', 'visitor', 'apply-to-network'],
    ['pending account', open, 'none', 'pending', 'await-vetting'],
    ['suspended account', open, 'member', 'suspended', 'account-suspended'],
    ['member', invite, 'member', 'practitioner', 'member'],
    ['request waiting', approval, 'requested', 'practitioner', 'requested'],
    ['archived', archived, 'none', 'practitioner', 'archived'],
    ['open', open, 'none', 'practitioner', 'join'],
    ['approval', approval, 'none', 'coordinator', 'request'],
    ['invite only', invite, 'none', 'practitioner', 'invite-only'],
  ] as const)('%s', (_name, group, membership, viewer, expected) => {
    expect(howToJoin(group, memberships[membership]!, viewers[viewer]!)).toBe(expected);
  });
});

describe('canChangeGroup', () => {
  it.each([
    ['none', 'coordinator', true, true],
    ['none', 'admin', true, true],
    ['groupCoordinator', 'practitioner', true, false],
    ['member', 'practitioner', false, false],
    ['requestedCoordinator', 'practitioner', false, false],
    ['groupCoordinator', 'pending', false, false],
    ['none', 'suspendedCoordinator', false, false],
    ['none', 'visitor', false, false],
  ] as Array<[M, V, boolean, boolean]>)('membership %s, %s: texts %s, rules %s', (membership, viewer, texts, rules) => {
    expect(canChangeGroup('texts', memberships[membership]!, viewers[viewer]!)).toBe(texts);
    expect(canChangeGroup('rules', memberships[membership]!, viewers[viewer]!)).toBe(rules);
  });
});
