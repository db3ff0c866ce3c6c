import * as pg from 'pg';

/** What node-postgres knows of a connection, beyond its typings: whether its last statement was answered. */
type TrackedClient = pg.PoolClient & { readyForQuery?: boolean; getTransactionStatus?: () => string | null };

/**
 * A connection given back to the pool while a statement of it is still unanswered (the app stopped waiting
 * for a frozen server), or while it is inside a transaction, is closed instead of being reused. Kept, it
 * would make the next request wait behind the old statement, or, once the server resumes and runs a late
 * BEGIN, run someone else's writes inside a transaction that nobody commits.
 */
function closeIfStuck(_error: Error | undefined, client: pg.PoolClient): void {
  const tracked = client as TrackedClient;
  const status = tracked.getTransactionStatus?.();
  if (tracked.readyForQuery === false || (status && status !== 'I')) {
    // end() marks the client as ending at once, so that the pool, deciding right after this event, removes
    // it instead of keeping it idle; with a statement in flight it destroys the socket.
    void client.end().catch(() => {});
  }
}

class GuardedPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on('release', closeIfStuck);
  }
}

/**
 * node-postgres with that guard on every pool, for TypeORM's `driver` option: every pool the data source
 * makes (it makes a new one each time it is initialised) has it.
 */
export const guardedPostgresDriver = Object.create(pg, {
  Pool: { value: GuardedPool, enumerable: true },
}) as typeof pg;
