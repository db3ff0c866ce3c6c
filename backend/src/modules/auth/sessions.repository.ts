import type { DataSource, EntityManager } from 'typeorm';
import { entityRows, type EntityRows } from '../../database/entity-rows';
import { runPrepared, type PreparedStatement } from '../../database/prepared';
import { secondFactorFactsSql, type SecondFactorFacts } from '../second-factor/second-factor.policy';
import { UserEntity } from '../users/user.entity';
import { SessionEntity } from './session.entity';

/** A live session with its account as stored and what that account has of second factors. */
export interface SessionRecord {
  session: SessionEntity;
  account: UserEntity;
  secondFactor: SecondFactorFacts;
}

/**
 * The session lookup of every authenticated request, in one statement: the live session for a token's hash,
 * its account, its second factors (which decide a withheld role, and which `GET /api/auth/me` shows), and, at most once a minute per session, its
 * `last_seen_at` moved to now (refreshing it on every request would make every read a write). Built once per
 * data source: the statement is written out and prepared, and the rows become entities without the query builder.
 * The row comes as one JSON value: `pg` describes a result's columns anew on every execution, and for this row's
 * thirty columns that cost more than parsing one JSON text (timestamps arrive as ISO strings, which the
 * entities' conversion turns into dates as it does the driver's).
 */
export class SessionLookupStatement {
  private readonly statement: PreparedStatement;
  private readonly sessions: EntityRows<SessionEntity>;
  private readonly users: EntityRows<UserEntity>;

  constructor(
    private readonly dataSource: DataSource,
    lastSeenPrecisionSeconds: number,
  ) {
    this.sessions = entityRows(dataSource, SessionEntity, 's_');
    this.users = entityRows(dataSource, UserEntity, 'u_');
    const text = `WITH found AS (
        SELECT ${this.sessions.columns('s')}, ${this.users.columns('u')},
               ${secondFactorFactsSql('s.user_id')} AS second_factor
          FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > now()),
      touched AS (
        UPDATE sessions SET last_seen_at = now()
         WHERE id = (SELECT s_id FROM found WHERE u_status <> 'suspended' AND u_erased_at IS NULL)
           AND last_seen_at < now() - interval '${lastSeenPrecisionSeconds} seconds')
      SELECT row_to_json(found) AS found FROM found`;
    this.statement = { name: 'session-lookup', text };
  }

  async find(tokenHash: string): Promise<SessionRecord | null> {
    const rows = await runPrepared<{ found: Record<string, unknown> }>(this.dataSource.manager, this.statement, [
      tokenHash,
    ]);
    const row = rows[0]?.found;
    if (!row) return null;
    return {
      session: this.sessions.hydrate(row),
      account: this.users.hydrate(row),
      secondFactor: row.second_factor as SecondFactorFacts,
    };
  }
}

/** Whether a session still stands: not ended, its account neither suspended nor erased. */
export async function sessionIsLive(db: EntityManager, sessionId: string): Promise<boolean> {
  const rows = (await db.query(
    `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.id = $1 AND s.expires_at > now() AND u.status <> 'suspended' AND u.erased_at IS NULL`,
    [sessionId],
  )) as unknown[];
  return rows.length > 0;
}

export function insertSession(db: EntityManager, session: Partial<SessionEntity>): Promise<SessionEntity> {
  const repository = db.getRepository(SessionEntity);
  return repository.save(repository.create(session));
}

export async function deleteSession(db: EntityManager, sessionId: string): Promise<void> {
  await db.delete(SessionEntity, { id: sessionId });
}

/** Deletes one of a person's sessions; false when they have none with this id. */
export async function deleteOwnSession(db: EntityManager, userId: string, sessionId: string): Promise<boolean> {
  const result = await db.delete(SessionEntity, { id: sessionId, userId });
  return !!result.affected;
}

/** Deletes every session of a person, or all but one; the ids of those deleted. */
export async function deleteSessionsOf(db: EntityManager, userId: string, exceptSessionId?: string): Promise<string[]> {
  const query = db
    .createQueryBuilder()
    .delete()
    .from(SessionEntity)
    .where('user_id = :userId', { userId })
    .returning('id');
  if (exceptSessionId) query.andWhere('id <> :exceptSessionId', { exceptSessionId });
  const result = await query.execute();
  return (result.raw as Array<{ id: string }>).map((row) => row.id);
}

export function sessionsOf(db: EntityManager, userId: string): Promise<SessionEntity[]> {
  return db.find(SessionEntity, { where: { userId }, order: { createdAt: 'DESC' } });
}

/** A person's live sessions, the most recently used first. */
export function liveSessionsOf(db: EntityManager, userId: string): Promise<SessionEntity[]> {
  return db
    .getRepository(SessionEntity)
    .createQueryBuilder('session')
    .where('session.user_id = :userId AND session.expires_at > now()', { userId })
    .orderBy('session.last_seen_at', 'DESC')
    .addOrderBy('session.id', 'ASC')
    .getMany();
}
