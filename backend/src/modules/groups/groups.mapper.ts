import type { Group, GroupMember, MyMembership } from '@pn/shared';
import type { UserEntity } from '../users/user.entity';
import { displayNameOf } from '../users/users.mapper';
import type { GroupEntity } from './group.entity';
import type { MembershipEntity } from './membership.entity';

/** What the caller's own view adds to a group: their membership (signed in) and unread messages (members). */
export interface GroupExtras {
  signedIn: boolean;
  membership?: MembershipEntity | null;
  unreadCount?: number;
}

/** Since when: the decision for an approved request or a direct addition, the request itself otherwise. */
const sinceOf = (membership: MembershipEntity) =>
  (membership.status === 'active'
    ? (membership.decidedAt ?? membership.createdAt)
    : membership.createdAt
  ).toISOString();

export function toMyMembership(membership: MembershipEntity): MyMembership {
  return {
    role: membership.role,
    status: membership.status,
    muted: membership.muted,
    requestMessage: membership.requestMessage,
    since: sinceOf(membership),
  };
}

export function toGroup(group: GroupEntity, extras: GroupExtras): Group {
  const result: Group = {
    id: group.id,
    slug: group.slug,
    name: group.name,
    description: group.description,
    kind: group.kind,
    joinPolicy: group.joinPolicy,
    visibility: group.visibility,
    memberCount: group.memberCount,
    archived: group.archivedAt !== null,
    createdAt: group.createdAt.toISOString(),
  };
  if (extras.signedIn) result.myMembership = extras.membership ? toMyMembership(extras.membership) : null;
  if (extras.membership?.status === 'active') result.unreadCount = extras.unreadCount ?? 0;
  return result;
}

/** `showRequest`: the words sent with a request to join are for the group's coordinators. */
export function toGroupMember(membership: MembershipEntity & { user: UserEntity }, showRequest: boolean): GroupMember {
  const user = membership.user;
  return {
    userId: user.id,
    displayName: displayNameOf(user),
    profession: user.profession,
    country: user.country,
    organisation: user.erasedAt ? null : user.organisation,
    networkRole: user.role,
    role: membership.role,
    status: membership.status,
    requestMessage: showRequest ? membership.requestMessage : null,
    since: sinceOf(membership),
  };
}
