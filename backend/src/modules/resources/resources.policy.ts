import { PREVIEWABLE_MEDIA_TYPES } from '@pn/shared';
import type { Viewer } from '../../common/viewer';
import { isNetworkCoordinator, type GroupFacts, type MembershipFacts } from '../groups/groups.policy';

export type ResourceFacts = { authorId: string | null; groupId: string | null; removedAt: Date | null };

const active = (viewer: Viewer): viewer is NonNullable<Viewer> => viewer?.status === 'active';

/** Change the description, the scope, the file: the author, while their account is active. */
export function canEditResource(resource: ResourceFacts, viewer: Viewer): boolean {
  return active(viewer) && !resource.removedAt && resource.authorId === viewer.id;
}

/**
 * Remove: the author; the coordinators of the group it was shared in (`membership` is the viewer's in that
 * group); network coordinators, who moderate the whole library. Admins manage accounts, not content.
 */
export function canRemoveResource(resource: ResourceFacts, membership: MembershipFacts, viewer: Viewer): boolean {
  if (!active(viewer) || resource.removedAt) return false;
  if (resource.authorId === viewer.id || isNetworkCoordinator(viewer)) return true;
  return resource.groupId !== null && membership?.status === 'active' && membership.role === 'coordinator';
}

/** A removal by anyone but the author is moderation, and goes to the audit log. */
export function removalIsModeration(resource: ResourceFacts, viewer: NonNullable<Viewer>): boolean {
  return resource.authorId !== viewer.id;
}

/** Why someone may not share in a group, or null when they may: its active members, while it is not archived. */
export function shareRefusal(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): string | null {
  if (!active(viewer)) return 'an active account is needed to share resources';
  if (membership?.status !== 'active') return "only the group's active members can share resources in it";
  if (group.archivedAt) return 'this group is archived';
  return null;
}

/**
 * Shown in the browser only when asked and when the type is safe to preview (PDF, images); everything else
 * is always a download.
 */
export function dispositionOf(mediaType: string, inlineAsked: boolean): 'inline' | 'attachment' {
  return inlineAsked && PREVIEWABLE_MEDIA_TYPES.includes(mediaType) ? 'inline' : 'attachment';
}
