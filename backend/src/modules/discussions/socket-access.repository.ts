import type { AccountStatus, Role } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import {
  MEMBERSHIP_FACTS_COLUMNS,
  membershipFactsOf,
  membershipJoin,
  type MembershipFactsOf,
  type MembershipFactsRow,
} from '../groups/membership-facts';
import { secondFactorEnrolledSql } from '../second-factor/second-factor.policy';

/** An account as it is now: what decides what its sockets may do. */
export interface AccountNow {
  id: string;
  role: Role;
  status: AccountStatus;
  erasedAt: Date | null;
  secondFactorEnrolled: boolean;
}

const ACCOUNT_COLUMNS = `u.id AS "userId", u.role AS "userRole", u.status AS "userStatus", u.erased_at AS "userErasedAt",
  ${secondFactorEnrolledSql('u.id')} AS "secondFactorEnrolled"`;

interface AccountRow {
  userId: string;
  userRole: Role;
  userStatus: AccountStatus;
  userErasedAt: Date | null;
  secondFactorEnrolled: boolean;
}

const accountOf = (row: AccountRow): AccountNow => ({
  id: row.userId,
  role: row.userRole,
  status: row.userStatus,
  erasedAt: row.userErasedAt,
  secondFactorEnrolled: row.secondFactorEnrolled,
});

/**
 * A live session's account as it is now, with a thread's membership facts for it, in one statement (every
 * `thread:join` and `typing`); null once the session has ended, `thread` null when there is no such thread.
 */
export async function sessionThreadFacts(
  db: EntityManager,
  threadId: string,
  sessionId: string,
): Promise<{ account: AccountNow; thread: (MembershipFactsOf & { threadId: string }) | null } | null> {
  const rows = (await db.query(
    `SELECT ${ACCOUNT_COLUMNS}, t.id AS "threadId", ${MEMBERSHIP_FACTS_COLUMNS}
       FROM sessions s
       JOIN users u ON u.id = s.user_id
       LEFT JOIN threads t ON t.id = $2
       LEFT JOIN groups g ON g.id = t.group_id
       ${membershipJoin('u.id')}
      WHERE s.id = $1 AND s.expires_at > now()`,
    [sessionId, threadId],
  )) as Array<AccountRow & Partial<MembershipFactsRow> & { threadId: string | null }>;
  const row = rows[0];
  if (!row) return null;
  return {
    account: accountOf(row),
    thread:
      row.threadId && row.groupId ? { threadId: row.threadId, ...membershipFactsOf(row as MembershipFactsRow) } : null,
  };
}

/** An account as it is now, or null. */
export async function accountNow(db: EntityManager, userId: string): Promise<AccountNow | null> {
  const rows = (await db.query(`SELECT ${ACCOUNT_COLUMNS} FROM users u WHERE u.id = $1`, [userId])) as AccountRow[];
  return rows[0] ? accountOf(rows[0]) : null;
}
