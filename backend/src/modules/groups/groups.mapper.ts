import type { Group, GroupMember, GroupText, MyMembership, UiLanguage } from '@pn/shared';
import type { Viewer } from '../../common/viewer';
import type { UserEntity } from '../users/user.entity';
import { displayNameOf } from '../users/users.mapper';
import type { GroupTextEntity } from './group-text.entity';
import type { GroupEntity } from './group.entity';
import { howToJoin } from './groups.policy';
import type { MembershipEntity } from './membership.entity';

/** What the caller's own view adds to a group: their membership (signed in) and unread messages (members). */
export interface GroupExtras {
  viewer: Viewer;
  membership?: MembershipEntity | null;
  unreadCount?: number;
  /** The language to show the texts in when the group has one in it; null for the original. */
  reader: UiLanguage | null;
  /** The group's translations. */
  translations: GroupTextEntity[];
  /** Add every language's text (the answers about one group). */
  allTexts?: boolean;
  countries: string[];
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

/** The group's texts, the original language's first. */
export function textsOfGroup(group: GroupEntity, translations: GroupTextEntity[]): GroupText[] {
  const original: GroupText = { language: group.language, name: group.name, description: group.description };
  const others = translations
    .filter((text) => text.language !== group.language)
    .map((text) => ({ language: text.language, name: text.name, description: text.description }));
  return [original, ...others];
}

export function toGroup(group: GroupEntity, extras: GroupExtras): Group {
  const texts = textsOfGroup(group, extras.translations);
  const shown = texts.find((text) => text.language === extras.reader) ?? texts[0]!;
  const result: Group = {
    id: group.id,
    slug: group.slug,
    name: shown.name,
    description: shown.description,
    language: shown.language,
    originalLanguage: group.language,
    ...(extras.allTexts ? { texts } : {}),
    kind: group.kind,
    joinPolicy: group.joinPolicy,
    visibility: group.visibility,
    memberCount: group.memberCount,
    countries: extras.countries,
    howToJoin: howToJoin(group, extras.membership ?? null, extras.viewer),
    archived: group.archivedAt !== null,
    createdAt: group.createdAt.toISOString(),
  };
  if (extras.viewer) result.myMembership = extras.membership ? toMyMembership(extras.membership) : null;
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
