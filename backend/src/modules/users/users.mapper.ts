import type { PublicProfile, User } from '@pn/shared';
import type { UserEntity } from './user.entity';

/** What an erased account is shown as beside the content it leaves behind. */
export const ERASED_DISPLAY_NAME = 'Former member';

export function displayNameOf(user: Pick<UserEntity, 'displayName' | 'erasedAt'>): string {
  return user.erasedAt ? ERASED_DISPLAY_NAME : user.displayName;
}

export function toUser(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    displayName: displayNameOf(user),
    role: user.role,
    status: user.status,
    profession: user.profession,
    country: user.country,
    organisation: user.organisation,
    languages: user.languages,
    locale: user.locale,
    timeZone: user.timeZone,
    emailConfirmed: user.emailConfirmedAt !== null,
    pendingEmail: user.pendingEmail,
    createdAt: user.createdAt.toISOString(),
    approvedAt: user.approvedAt?.toISOString() ?? null,
  };
}

export function toPublicProfile(user: UserEntity): PublicProfile {
  return {
    id: user.id,
    displayName: displayNameOf(user),
    role: user.role,
    profession: user.profession,
    country: user.country,
    organisation: user.organisation,
    languages: user.languages,
    memberSince: (user.approvedAt ?? user.createdAt).toISOString(),
  };
}
