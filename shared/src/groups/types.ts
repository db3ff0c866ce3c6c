import type { Profession, Role, UiLanguage } from '../common/vocabularies';
import type {
  GroupKind,
  GroupVisibility,
  HowToJoin,
  JoinPolicy,
  MembershipRole,
  MembershipStatus,
} from './vocabularies';

export interface MyMembership {
  role: MembershipRole;
  status: MembershipStatus;
  muted: boolean;
  requestMessage: string | null;
  since: string;
}

/** A group's name and description in one language. */
export interface GroupText {
  language: UiLanguage;
  name: string;
  description: string;
}

export interface Group {
  id: string;
  slug: string;
  /** In the reader's language when the group has a text in it, else in the group's original language. */
  name: string;
  description: string;
  /** The language of `name` and `description` as shown. */
  language: UiLanguage;
  /** The language the group's texts were first written in. */
  originalLanguage: UiLanguage;
  /** Every language's text, the original first: in the answers about one group (to read or edit them). */
  texts?: GroupText[];
  kind: GroupKind;
  joinPolicy: JoinPolicy;
  visibility: GroupVisibility;
  /** Active members. */
  memberCount: number;
  /** The countries of the active members, ISO 3166-1 alpha-2, sorted. */
  countries: string[];
  howToJoin: HowToJoin;
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
