import type {
  AccountStatus,
  GroupVisibility,
  MembershipRole,
  MembershipStatus,
  NotificationKind,
  Role,
} from '@pn/shared';

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
): 'joined' | 'requested' | { refused: string; status: 403 | 409 } {
  if (!active(viewer)) return { refused: 'an active account is needed to join groups', status: 403 };
  if (group.archivedAt) return { refused: 'this group is archived', status: 409 };
  if (membership?.status === 'active') return { refused: 'you are already a member', status: 409 };
  if (membership?.status === 'pending') {
    return { refused: 'your request to join is waiting for a decision', status: 409 };
  }
  if (group.joinPolicy === 'invite') {
    return { refused: 'this group is invite only: a group coordinator can add you', status: 403 };
  }
  return group.joinPolicy === 'open' ? 'joined' : 'requested';
}

/** An active account with an active membership: mute the group, mute its threads. */
export function isActiveMember(membership: MembershipFacts, viewer: Viewer): boolean {
  return active(viewer) && membership?.status === 'active';
}

/** Why someone may not start a thread or post in this group, or null when they may (canPost, with the reason). */
export function postRefusal(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): string | null {
  if (!active(viewer)) return 'an active account is needed to post';
  if (membership?.status !== 'active') return "only the group's active members can post here";
  if (group.archivedAt) return 'this group is archived: its discussions are read only';
  return null;
}

/** Flag a message for the coordinators: active accounts that can read it. */
export function canFlag(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): boolean {
  return active(viewer) && canReadDiscussions(group, membership, viewer);
}

/** Edit a message: its author, while they may still post in the group. */
export function canEditMessage(
  message: { authorId: string | null },
  group: GroupFacts,
  membership: MembershipFacts,
  viewer: Viewer,
): boolean {
  return !!viewer && message.authorId === viewer.id && canPost(group, membership, viewer);
}

/** Delete a message: its author (their words are theirs to withdraw), or whoever coordinates the group. */
export function canDeleteMessage(
  message: { authorId: string | null },
  membership: MembershipFacts,
  viewer: Viewer,
): boolean {
  return (active(viewer) && message.authorId === viewer.id) || canCoordinate(membership, viewer);
}

/**
 * Whether a member who muted the group still hears of an event: muting silences new threads, never what
 * is addressed to the person (mentions, replies, decisions) nor what the coordinators announce.
 */
export function notifiesWhenMuted(kind: NotificationKind): boolean {
  return kind !== 'thread';
}
