import { groups, memberships, viewers } from '../groups/policy-cases.fixtures';
import {
  canOrganise,
  canReadMeeting,
  fitsAudience,
  placeFor,
  placesFree,
  respondRefusal,
  scheduleRefusal,
} from './meetings.policy';

type V = keyof typeof viewers;
type M = keyof typeof memberships;
type G = keyof typeof groups;

const NOW = new Date('2026-06-01T12:00:00Z');
const coming = { networkWide: false, cancelledAt: null, endsAt: new Date('2026-06-02T12:00:00Z') };

describe('canReadMeeting', () => {
  it.each([
    ['members', 'none', 'visitor', false, false],
    ['members', 'none', 'practitioner', false, true],
    ['members', 'member', 'practitioner', true, true],
    ['members', 'none', 'coordinator', true, true],
    ['members', 'none', 'pending', false, false],
    ['public', 'none', 'visitor', true, true],
  ] as Array<[G, M, V, boolean, boolean]>)('%s group, %s, %s: %s, network-wide %s', (group, m, v, expected, wide) => {
    expect(canReadMeeting({ networkWide: false }, groups[group], memberships[m]!, viewers[v]!)).toBe(expected);
    expect(canReadMeeting({ networkWide: true }, groups[group], memberships[m]!, viewers[v]!)).toBe(wide);
  });
});

describe('scheduling', () => {
  it.each([
    ['members', 'groupCoordinator', 'practitioner', false, null],
    ['members', 'none', 'coordinator', false, null],
    ['members', 'member', 'practitioner', false, 403],
    ['members', 'groupCoordinator', 'pending', false, 403],
    ['members', 'none', 'admin', false, 403],
    ['archived', 'groupCoordinator', 'practitioner', false, 403],
    ['public', 'groupCoordinator', 'practitioner', true, 403],
    ['members', 'none', 'coordinator', true, 400],
    ['public', 'none', 'coordinator', true, null],
  ] as Array<[G, M, V, boolean, number | null]>)('%s group, %s, %s, network-wide %s: %s', (g, m, v, wide, status) => {
    expect(scheduleRefusal(groups[g], memberships[m]!, viewers[v]!, wide)?.status ?? null).toBe(status);
  });

  it('organising needs a group that is not archived', () => {
    expect(canOrganise(groups.members, memberships.groupCoordinator!, viewers.practitioner!)).toBe(true);
    expect(canOrganise(groups.archived, memberships.groupCoordinator!, viewers.practitioner!)).toBe(false);
  });
});

describe('answering', () => {
  it('members of the group, or everyone active for a network-wide meeting, until it ends', () => {
    const member = memberships.member!;
    expect(respondRefusal(coming, groups.members, member, viewers.practitioner!, NOW)).toBeNull();
    expect(respondRefusal(coming, groups.members, null, viewers.practitioner!, NOW)).toMatch(/members/);
    expect(
      respondRefusal({ ...coming, networkWide: true }, groups.public, null, viewers.practitioner!, NOW),
    ).toBeNull();
    expect(respondRefusal(coming, groups.members, member, viewers.pending!, NOW)).toMatch(/active/);
    expect(respondRefusal({ ...coming, cancelledAt: NOW }, groups.members, member, viewers.practitioner!, NOW)).toMatch(
      /cancelled/,
    );
    expect(respondRefusal({ ...coming, endsAt: NOW }, groups.members, member, viewers.practitioner!, NOW)).toMatch(
      /over/,
    );
  });

  it('going past capacity waits; other answers and unlimited meetings never do', () => {
    expect(placeFor('going', 2, 1, false)).toEqual({ waitlisted: false });
    expect(placeFor('going', 2, 2, false)).toEqual({ waitlisted: true });
    expect(placeFor('going', 2, 5, true)).toEqual({ waitlisted: false });
    expect(placeFor('maybe', 2, 5, false)).toEqual({ waitlisted: false });
    expect(placeFor('going', null, 500, false)).toEqual({ waitlisted: false });
  });

  it('moves up as many as places are free', () => {
    expect(placesFree(3, 1, 5)).toBe(2);
    expect(placesFree(3, 3, 5)).toBe(0);
    expect(placesFree(3, 4, 5)).toBe(0);
    expect(placesFree(3, 0, 1)).toBe(1);
    expect(placesFree(null, 10, 4)).toBe(4);
  });
});

describe('fitsAudience', () => {
  const meeting = { groupId: 'g1', networkWide: false };
  it.each([
    [{ scope: 'public', groupId: null }, meeting, true],
    [{ scope: 'members', groupId: null }, meeting, true],
    [{ scope: 'group', groupId: 'g1' }, meeting, true],
    [{ scope: 'group', groupId: 'g2' }, meeting, false],
    [{ scope: 'group', groupId: 'g1' }, { ...meeting, networkWide: true }, false],
  ] as const)('%j for %j: %s', (resource, target, expected) => {
    expect(fitsAudience(resource, target)).toBe(expected);
  });
});
