import type { Author } from '@pn/shared';
import type { UserEntity } from './user.entity';
import { displayNameOf } from './users.mapper';

/** What an author's name needs of their account. */
export type AuthorFacts = Pick<UserEntity, 'id' | 'displayName' | 'erasedAt'>;

/** Who wrote something (a message, a practice, a review...), as every module shows it. */
export function toAuthor(user: AuthorFacts | null | undefined): Author | null {
  return user ? { id: user.id, displayName: displayNameOf(user) } : null;
}
