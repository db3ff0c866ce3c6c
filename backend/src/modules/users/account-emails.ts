import type { EntityManager } from 'typeorm';
import type { UserEntity } from './user.entity';

/**
 * What a profile change sends by email, which the accounts module owns. Accounts build on users (their
 * emails are about users' accounts), so users does not import them: the accounts module provides this.
 */
export abstract class ProfileChangeEmails {
  /** The new address waits for its confirmation link; the old one is told. In the caller's transaction. */
  abstract requestAddressChange(manager: EntityManager, user: UserEntity, email: string): Promise<void>;
  /** The member is told that their password changed, from their profile. */
  abstract passwordChanged(manager: EntityManager, user: UserEntity): Promise<void>;
}
