import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AccountStatus, GroupVisibility, MembershipRole, MembershipStatus, Role } from '@pn/shared';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { Viewer } from '../../common/viewer';
import { canPost, canReadDiscussions } from './discussions.policy';
import { actingRole, secondFactorEnrolledSql } from '../second-factor/second-factor.policy';

interface ThreadFacts {
  thread_id: string;
  group_id: string;
  visibility: GroupVisibility;
  archived_at: Date | null;
  membership_role: MembershipRole | null;
  membership_status: MembershipStatus | null;
}

interface SessionThreadFacts extends Partial<ThreadFacts> {
  user_id: string;
  role: Role;
  status: AccountStatus;
  erased_at: Date | null;
  second_factor_enrolled: boolean;
}

/** What a socket's session may do in a thread, read fresh: the rights of the account as they are now. */
export type SessionThreadAccess =
  | { session: 'ended' }
  | {
      session: 'live';
      viewer: NonNullable<Viewer>;
      thread: { threadId: string; groupId: string } | null;
      mayPost: boolean;
    };

/**
 * Whether someone may read (or post in) a thread, in one query each: used by the socket gateway on every
 * `thread:join` and `typing`, with the account's role and status read at that moment, never from the
 * handshake.
 */
@Injectable()
export class ThreadAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async readableThread(threadId: string, viewer: Viewer): Promise<{ threadId: string; groupId: string } | null> {
    const rows = (await this.dataSource.query(
      `SELECT t.id AS thread_id, g.id AS group_id, g.visibility, g.archived_at,
              m.role AS membership_role, m.status AS membership_status
         FROM threads t
         JOIN groups g ON g.id = t.group_id
         LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $2
        WHERE t.id = $1`,
      [threadId, viewer?.id ?? null],
    )) as ThreadFacts[];
    const facts = rows[0];
    if (!facts) return null;
    return readable(facts, viewer) ? { threadId: facts.thread_id, groupId: facts.group_id } : null;
  }

  /**
   * The thread as the account behind a socket's session may use it now: `ended` once the session is gone
   * (signed out, expired) or the account is suspended or erased.
   */
  async forSession(threadId: string, sessionId: string): Promise<SessionThreadAccess> {
    const rows = (await this.dataSource.query(
      `SELECT u.id AS user_id, u.role, u.status, u.erased_at, ${secondFactorEnrolledSql('u.id')} AS second_factor_enrolled,
              t.id AS thread_id, g.id AS group_id, g.visibility, g.archived_at,
              m.role AS membership_role, m.status AS membership_status
         FROM sessions s
         JOIN users u ON u.id = s.user_id
         LEFT JOIN threads t ON t.id = $2
         LEFT JOIN groups g ON g.id = t.group_id
         LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = u.id
        WHERE s.id = $1 AND s.expires_at > now()`,
      [sessionId, threadId],
    )) as SessionThreadFacts[];
    const facts = rows[0];
    if (!facts || facts.status === 'suspended' || facts.erased_at) return { session: 'ended' };
    const role = actingRole(facts.role, facts.second_factor_enrolled, this.config.REQUIRE_2FA_ROLES);
    const viewer = { id: facts.user_id, role, status: facts.status };
    if (!facts.thread_id || !facts.group_id) return { session: 'live', viewer, thread: null, mayPost: false };
    const thread = facts as ThreadFacts;
    return {
      session: 'live',
      viewer,
      thread: readable(thread, viewer) ? { threadId: thread.thread_id, groupId: thread.group_id } : null,
      mayPost: canPost(groupOf(thread), membershipOf(thread), viewer),
    };
  }

  /** Whether a socket's session still stands: not ended, its account neither suspended nor erased. */
  async sessionIsLive(sessionId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now() AND u.status <> 'suspended' AND u.erased_at IS NULL`,
      [sessionId],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The account as it is now, for re-checking what its open sockets may still receive. */
  async viewer(userId: string): Promise<NonNullable<Viewer> | null> {
    const rows = (await this.dataSource.query(
      `SELECT u.id, u.role, u.status, u.erased_at, ${secondFactorEnrolledSql('u.id')} AS second_factor_enrolled
         FROM users u WHERE u.id = $1`,
      [userId],
    )) as Array<{
      id: string;
      role: Role;
      status: AccountStatus;
      erased_at: Date | null;
      second_factor_enrolled: boolean;
    }>;
    const row = rows[0];
    if (!row || row.erased_at) return null;
    const role = actingRole(row.role, row.second_factor_enrolled, this.config.REQUIRE_2FA_ROLES);
    return { id: row.id, role, status: row.status };
  }
}

const groupOf = (facts: ThreadFacts) => ({ visibility: facts.visibility, archivedAt: facts.archived_at });
const membershipOf = (facts: ThreadFacts) =>
  facts.membership_role && facts.membership_status
    ? { role: facts.membership_role, status: facts.membership_status }
    : null;
const readable = (facts: ThreadFacts, viewer: Viewer) =>
  canReadDiscussions(groupOf(facts), membershipOf(facts), viewer);
