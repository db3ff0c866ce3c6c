/** The rules of a group's discussions: who reads its threads, who posts, edits, deletes and flags messages. */
import { isActive as active, type Viewer } from '../../common/viewer';
import { canCoordinate, isNetworkCoordinator, type GroupFacts, type MembershipFacts } from '../groups/groups.policy';

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
