import type { InvitationState, Role } from '@pn/shared';

/** Where an invitation stands, from its dates. */
export function invitationState(
  invitation: { acceptedAt: Date | null; withdrawnAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.withdrawnAt) return 'withdrawn';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** Network coordinators invite to the network and to any group; admins manage accounts, not invitations. */
export function isNetworkInviter(viewer: { role: Role; status: string }): boolean {
  return viewer.status === 'active' && viewer.role === 'coordinator';
}

/**
 * Why this person may not invite to this group (or to the network, with no group), or null when they may:
 * network coordinators anywhere; a group's own coordinators to their group.
 */
export function invitationRefusal(
  viewer: { role: Role; status: string },
  groupCoordinator: boolean,
  withGroup: boolean,
): string | null {
  if (isNetworkInviter(viewer)) return null;
  if (!withGroup) return 'only network coordinators can invite to the network without a group';
  if (!groupCoordinator) return "only the group's coordinators can invite to it";
  return null;
}
