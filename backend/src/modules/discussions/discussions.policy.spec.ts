import { groups, ME, memberships, viewers } from '../groups/policy-cases.fixtures';
import {
  canDeleteMessage,
  canEditMessage,
  canFlag,
  canPost,
  canReadDiscussions,
  postRefusal,
} from './discussions.policy';

type V = keyof typeof viewers;
type M = keyof typeof memberships;
type G = keyof typeof groups;

describe('canReadDiscussions', () => {
  it.each([
    ['members', 'none', 'visitor', false],
    ['members', 'none', 'practitioner', false],
    ['members', 'requested', 'practitioner', false],
    ['members', 'member', 'practitioner', true],
    ['members', 'member', 'pending', false],
    ['members', 'member', 'suspended', false],
    ['members', 'none', 'coordinator', true],
    ['members', 'none', 'suspendedCoordinator', false],
    ['members', 'none', 'admin', false],
    ['members', 'member', 'admin', true],
    ['public', 'none', 'visitor', true],
    ['public', 'none', 'pending', true],
    ['archived', 'member', 'practitioner', true],
  ] as Array<[G, M, V, boolean]>)('%s group, membership %s, %s: %s', (group, membership, viewer, expected) => {
    expect(canReadDiscussions(groups[group], memberships[membership]!, viewers[viewer]!)).toBe(expected);
  });
});

describe('canPost and postRefusal', () => {
  it.each([
    ['members', 'member', 'practitioner', null],
    ['members', 'groupCoordinator', 'practitioner', null],
    ['members', 'none', 'practitioner', "only the group's active members can post here"],
    ['members', 'requested', 'practitioner', "only the group's active members can post here"],
    ['members', 'none', 'coordinator', "only the group's active members can post here"],
    ['public', 'none', 'practitioner', "only the group's active members can post here"],
    ['members', 'member', 'pending', 'an active account is needed to post'],
    ['members', 'member', 'visitor', 'an active account is needed to post'],
    ['archived', 'member', 'practitioner', 'this group is archived: its discussions are read only'],
  ] as Array<[G, M, V, string | null]>)('%s group, membership %s, %s: %s', (group, membership, viewer, refusal) => {
    expect(postRefusal(groups[group], memberships[membership]!, viewers[viewer]!)).toBe(refusal);
    expect(canPost(groups[group], memberships[membership]!, viewers[viewer]!)).toBe(refusal === null);
  });
});

describe('messages: edit, delete, flag', () => {
  const mine = { authorId: ME };
  const theirs = { authorId: '22222222-2222-4222-8222-222222222222' };
  const erased = { authorId: null };
  it.each([
    ['own message, member', true, true, true, mine, 'members', 'member', 'practitioner'],
    ['own message, no longer a member of a public group', false, true, true, mine, 'public', 'none', 'practitioner'],
    ['own message, archived group', false, true, true, mine, 'archived', 'member', 'practitioner'],
    ["another's message, member", false, false, true, theirs, 'members', 'member', 'practitioner'],
    ["another's message, group coordinator", false, true, true, theirs, 'members', 'groupCoordinator', 'practitioner'],
    ["another's message, network coordinator", false, true, true, theirs, 'members', 'none', 'coordinator'],
    ["another's message, admin outside the group", false, false, false, theirs, 'members', 'none', 'admin'],
    ["an erased author's message, member", false, false, true, erased, 'members', 'member', 'practitioner'],
    ['public group, pending account', false, false, false, theirs, 'public', 'none', 'pending'],
    ['public group, visitor', false, false, false, theirs, 'public', 'none', 'visitor'],
  ] as Array<[string, boolean, boolean, boolean, { authorId: string | null }, G, M, V]>)(
    '%s: edit %s, delete %s, flag %s',
    (_name, edit, remove, flag, message, group, membership, viewer) => {
      const facts = memberships[membership]!;
      expect(canEditMessage(message, groups[group], facts, viewers[viewer]!)).toBe(edit);
      expect(canDeleteMessage(message, facts, viewers[viewer]!)).toBe(remove);
      expect(canFlag(groups[group], facts, viewers[viewer]!)).toBe(flag);
    },
  );
});
