import type {
  GroupVisibility,
  HowToJoin,
  JoinPolicy,
  MembershipRole,
  MembershipStatus,
  NotificationKind,
} from '@pn/shared';
import { isActive as active, type Viewer } from '../../common/viewer';

export type GroupFacts = { visibility: GroupVisibility; archivedAt: Date | null };
export type MembershipFacts = { role: MembershipRole; status: MembershipStatus } | null;

/**
 * Network coordinators moderate every group; admins do not read discussions by virtue of their role
 * (they manage accounts, not conversations).
 */
export function isNetworkCoordinator(viewer: Viewer): boolean {
  return active(viewer) && viewer.role === 'coordinator';
}

/**
 * The group's directory entry (name, description, member count, countries, how to join): every group that
 * is not archived, for anyone, so that practitioners find the group to join before they are members. An
 * archived group stays findable for active members, and for anyone when its discussions are public.
 * What is said in a group is another rule (`canReadDiscussions`).
 */
export function canSeeGroup(group: GroupFacts, viewer: Viewer): boolean {
  return !group.archivedAt || group.visibility === 'public' || active(viewer);
}

/** What the directory tells the caller about joining; mirrors `joinOutcome`. */
export function howToJoin(
  group: GroupFacts & { joinPolicy: JoinPolicy },
  membership: MembershipFacts,
  viewer: Viewer,
): HowToJoin {
  if (!viewer) return 'apply-to-network';
  if (viewer.status === 'pending') return 'await-vetting';
  if (!active(viewer)) return 'account-suspended';
  if (membership?.status === 'active') return 'member';
  if (membership?.status === 'pending') return 'requested';
  if (group.archivedAt) return 'archived';
  if (group.joinPolicy === 'invite') return 'invite-only';
  return group.joinPolicy === 'open' ? 'join' : 'request';
}

/** What a change to a group touches: its texts only, or its rules (join policy, visibility, archiving). */
export type GroupChange = 'texts' | 'rules';

/**
 * Change a group: network coordinators and admins change anything; the group's own coordinators keep its
 * texts (name, description, translations) but not its rules, which the network sets.
 */
export function canChangeGroup(change: GroupChange, membership: MembershipFacts, viewer: Viewer): boolean {
  if (!active(viewer)) return false;
  if (viewer.role === 'coordinator' || viewer.role === 'admin') return true;
  return change === 'texts' && membership?.status === 'active' && membership.role === 'coordinator';
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

/**
 * Whether a member who muted the group still hears of an event: muting silences new threads, never what
 * is addressed to the person (mentions, replies, decisions) nor what the coordinators announce.
 */
export function notifiesWhenMuted(kind: NotificationKind): boolean {
  return kind !== 'thread';
}
