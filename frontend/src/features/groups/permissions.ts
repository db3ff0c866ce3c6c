import type { Group, Role, User } from '@pn/shared';
import { hasRole, isActive } from '../../lib/permissions';

/**
 * What the interface offers in a group, mirroring the server's rules (backend groups.policy.ts). The API
 * decides for real; these only shape the page.
 */
type GroupFacts = Pick<Group, 'visibility' | 'archived' | 'joinPolicy' | 'myMembership'>;

export const isNetworkCoordinator = (user: User | null): boolean => isActive(user) && user.role === 'coordinator';

/** Who creates, edits, archives and restores groups: network coordinators and admins. */
export const GROUP_MANAGER_ROLES: readonly Role[] = ['coordinator', 'admin'];

export const canManageGroups = (user: User | null): boolean => hasRole(user, GROUP_MANAGER_ROLES);

export const isGroupMember = (group: GroupFacts): boolean => group.myMembership?.status === 'active';

export const isGroupCoordinator = (group: GroupFacts): boolean =>
  group.myMembership?.status === 'active' && group.myMembership.role === 'coordinator';

/** Threads and messages: anyone in a public-read group; otherwise its members and network coordinators. */
export function canReadDiscussions(group: GroupFacts, user: User | null): boolean {
  if (group.visibility === 'public') return true;
  return isActive(user) && (isGroupMember(group) || isNetworkCoordinator(user));
}

/** Start threads and post: active members of a group that is not archived. */
export function canPost(group: GroupFacts, user: User | null): boolean {
  return isActive(user) && !group.archived && isGroupMember(group);
}

/** Approve requests, change roles, remove members, review flags, post announcements, delete others' messages. */
export function canCoordinate(group: GroupFacts, user: User | null): boolean {
  return isActive(user) && (isGroupCoordinator(group) || isNetworkCoordinator(user));
}

/**
 * Change the group's name and description and their translations: network coordinators and admins, and the
 * group's own coordinators (who do not change its rules: who may join and read, archiving).
 */
export function canEditGroupTexts(group: GroupFacts, user: User | null): boolean {
  return canManageGroups(user) || (isActive(user) && isGroupCoordinator(group));
}

/** Add someone directly (how invite-only groups grow): those who coordinate it, while it is not archived. */
export function canAddMembers(group: GroupFacts, user: User | null): boolean {
  return canCoordinate(group, user) && !group.archived;
}

/** The member directory: the group's members and network coordinators. */
export function canSeeMembers(group: GroupFacts, user: User | null): boolean {
  return isActive(user) && (isGroupMember(group) || isNetworkCoordinator(user));
}

/** What the membership panel offers. */
export type JoinState =
  | 'sign-in' // a visitor
  | 'account-not-active' // pending or suspended account
  | 'archived'
  | 'member'
  | 'requested' // a request to join waits for a decision
  | 'join' // open group
  | 'request' // by approval
  | 'invite-only';

export function joinState(group: GroupFacts, user: User | null): JoinState {
  if (!user) return 'sign-in';
  if (!isActive(user)) return 'account-not-active';
  if (group.myMembership?.status === 'active') return 'member';
  if (group.myMembership?.status === 'pending') return 'requested';
  if (group.archived) return 'archived';
  if (group.joinPolicy === 'open') return 'join';
  return group.joinPolicy === 'approval' ? 'request' : 'invite-only';
}
