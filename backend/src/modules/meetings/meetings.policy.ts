/** The rules of meetings: who reads, schedules and answers, and how the waiting list moves. */
import type { MeetingResponse, ResourceScope } from '@pn/shared';
import { isActive as active, type Viewer } from '../../common/viewer';
import { canReadDiscussions } from '../discussions/discussions.policy';
import { canCoordinate, isNetworkCoordinator, type GroupFacts, type MembershipFacts } from '../groups/groups.policy';

export type MeetingFacts = { networkWide: boolean; cancelledAt: Date | null; endsAt: Date };

/**
 * A group's meetings are read as its discussions are: anyone in a public-read group, otherwise its active
 * members and network coordinators. A network-wide meeting is every active member's too.
 */
export function canReadMeeting(
  meeting: Pick<MeetingFacts, 'networkWide'>,
  group: GroupFacts,
  membership: MembershipFacts,
  viewer: Viewer,
): boolean {
  return canReadDiscussions(group, membership, viewer) || (meeting.networkWide && active(viewer));
}

/** Schedule, edit and cancel: the group's coordinators and network coordinators, in a group not archived. */
export function canOrganise(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): boolean {
  return !group.archivedAt && canCoordinate(membership, viewer);
}

/** Why someone may not schedule a meeting like this one, or null when they may. */
export function scheduleRefusal(
  group: GroupFacts,
  membership: MembershipFacts,
  viewer: Viewer,
  networkWide: boolean,
): { status: 400 | 403; message: string } | null {
  if (!active(viewer)) return { status: 403, message: 'an active account is needed to schedule meetings' };
  if (!canCoordinate(membership, viewer)) {
    return { status: 403, message: "only the group's coordinators and network coordinators schedule its meetings" };
  }
  if (group.archivedAt) return { status: 403, message: 'this group is archived' };
  if (networkWide && !isNetworkCoordinator(viewer)) {
    return { status: 403, message: 'only network coordinators schedule network-wide meetings' };
  }
  if (networkWide && group.visibility !== 'public') {
    return {
      status: 400,
      message:
        'networkWide: a network-wide meeting is held by a group whose discussions are public, so that everyone invited can read its thread',
    };
  }
  return null;
}

/** Answer: those the meeting is for (the group's active members, or everyone active), until it ends. */
export function respondRefusal(
  meeting: MeetingFacts,
  group: GroupFacts,
  membership: MembershipFacts,
  viewer: Viewer,
  now: Date,
): string | null {
  if (!active(viewer)) return 'an active account is needed to answer';
  if (!meeting.networkWide && membership?.status !== 'active') return "only the group's members answer its meetings";
  if (group.archivedAt) return 'this group is archived';
  if (meeting.cancelledAt) return 'this meeting is cancelled';
  if (meeting.endsAt.getTime() <= now.getTime()) return 'this meeting is over';
  return null;
}

/**
 * Where an answer puts its author: `going` is a place while places are left (or they already hold one),
 * otherwise the waiting list; other answers never wait.
 */
export function placeFor(
  response: MeetingResponse,
  capacity: number | null,
  goingOthers: number,
  alreadyPlaced: boolean,
): { waitlisted: boolean } {
  if (response !== 'going' || capacity === null || alreadyPlaced) return { waitlisted: false };
  return { waitlisted: goingOthers >= capacity };
}

/** How many of those waiting move up: as many as places are free. */
export function placesFree(capacity: number | null, going: number, waiting: number): number {
  if (capacity === null) return waiting;
  return Math.max(0, Math.min(waiting, capacity - going));
}

/**
 * Whether a library resource may be a meeting's output: its whole audience may see it. A group meeting's
 * audience are the group's members (a resource shared in that group, with the members, or public); a
 * network-wide one's, all members (not a group's resource).
 */
export function fitsAudience(
  resource: { scope: ResourceScope; groupId: string | null },
  meeting: { groupId: string; networkWide: boolean },
): boolean {
  if (resource.scope === 'public' || resource.scope === 'members') return true;
  return !meeting.networkWide && resource.groupId === meeting.groupId;
}
