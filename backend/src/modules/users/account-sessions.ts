import type { FastifyReply } from 'fastify';
import type { EntityManager } from 'typeorm';

/**
 * What the users module needs of sessions, which belong to the auth module. Auth builds on users (its
 * sessions are of users), so users does not import it: auth provides this.
 */
export abstract class AccountSessions {
  /** Ends every session of the account but `exceptSessionId`, in the caller's transaction, and closes their sockets. */
  abstract endAllFor(userId: string, manager: EntityManager, exceptSessionId?: string): Promise<number>;
  /** Removes the session cookies from the answer: the browser is signed out. */
  abstract clearCookies(reply: FastifyReply): void;
}
