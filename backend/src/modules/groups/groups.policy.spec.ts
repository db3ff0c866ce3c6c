import type { NotificationKind } from '@pn/shared';
import {
  canCoordinate,
  canSeeGroup,
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
    ['members', 'visitor', false],
    ['members', 'pending', false],
    ['members', 'suspended', false],
    ['members', 'practitioner', true],
    ['members', 'admin', true],
    ['public', 'visitor', true],
    ['public', 'pending', true],
    ['archived', 'practitioner', true],
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
