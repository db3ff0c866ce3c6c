import type { Profession, Role } from '../common/vocabularies';
import type { GroupKind, GroupVisibility, JoinPolicy, MembershipRole, MembershipStatus } from './vocabularies';

export interface MyMembership {
  role: MembershipRole;
  status: MembershipStatus;
  muted: boolean;
  requestMessage: string | null;
  since: string;
}

export interface Group {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: GroupKind;
  joinPolicy: JoinPolicy;
  visibility: GroupVisibility;
  memberCount: number;
  archived: boolean;
  createdAt: string;
  /** Present when the caller is signed in: null when they are not a member and have not asked to be. */
  myMembership?: MyMembership | null;
  /** Unread messages in the group's threads, for its active members. */
  unreadCount?: number;
}

export interface GroupMember {
  userId: string;
  displayName: string;
  profession: Profession;
  country: string;
  organisation: string | null;
  networkRole: Role;
  role: MembershipRole;
  status: MembershipStatus;
  /** The message sent with a join request; shown to group coordinators and kept after the decision. */
  requestMessage: string | null;
  since: string;
}
