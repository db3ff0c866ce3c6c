import type { AccountStatus, GroupVisibility, MembershipRole, MembershipStatus, Role } from '@pn/shared';

/** Who is asking: null for a visitor. */
export type Viewer = { id: string; role: Role; status: AccountStatus } | null;
export type GroupFacts = { visibility: GroupVisibility; archivedAt: Date | null };
export type MembershipFacts = { role: MembershipRole; status: MembershipStatus } | null;

const active = (viewer: Viewer): viewer is NonNullable<Viewer> => viewer?.status === 'active';

/**
 * Network coordinators moderate every group; admins do not read discussions by virtue of their role
 * (they manage accounts, not conversations).
 */
export function isNetworkCoordinator(viewer: Viewer): boolean {
  return active(viewer) && viewer.role === 'coordinator';
}

/** The group's page (name, description, member count): public groups for anyone, all groups for active members. */
export function canSeeGroup(group: GroupFacts, viewer: Viewer): boolean {
  return group.visibility === 'public' || active(viewer);
}

/** Threads and messages: anyone in a public-read group; otherwise its active members and network coordinators. */
export function canReadDiscussions(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): boolean {
  if (group.visibility === 'public') return true;
  if (!active(viewer)) return false;
  return membership?.status === 'active' || isNetworkCoordinator(viewer);
}

/** Start threads and post messages: active members of a group that is not archived. */
export function canPost(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): boolean {
  return active(viewer) && !group.archivedAt && membership?.status === 'active';
}

/** Approve requests, promote, remove, review flags, post announcements. */
export function canCoordinate(membership: MembershipFacts, viewer: Viewer): boolean {
  if (!active(viewer)) return false;
  return (membership?.status === 'active' && membership.role === 'coordinator') || isNetworkCoordinator(viewer);
}

/** See the member directory: the group's active members and those who coordinate it. */
export function canSeeMembers(membership: MembershipFacts, viewer: Viewer): boolean {
  return active(viewer) && (membership?.status === 'active' || isNetworkCoordinator(viewer));
}

/** Join or ask to join: active accounts, not already in, group not archived, not invite-only. */
export function joinOutcome(
  group: GroupFacts & { joinPolicy: 'open' | 'approval' | 'invite' },
  membership: MembershipFacts,
  viewer: Viewer,
): 'joined' | 'requested' | { refused: string } {
  if (!active(viewer)) return { refused: 'an active account is needed to join groups' };
  if (group.archivedAt) return { refused: 'this group is archived' };
  if (membership?.status === 'active') return { refused: 'you are already a member' };
  if (membership?.status === 'pending') return { refused: 'your request to join is waiting for a decision' };
  if (group.joinPolicy === 'invite') return { refused: 'this group is invite only: a group coordinator can add you' };
  return group.joinPolicy === 'open' ? 'joined' : 'requested';
}
