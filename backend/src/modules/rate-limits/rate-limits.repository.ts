import type { DataSource } from 'typeorm';

/**
 * The table the counters live in, made by a migration (1765200000000-AccountSecurity), not by the library,
 * which reads and writes it itself (`RateLimiterPostgres`).
 */
export const RATE_LIMITS_TABLE = 'rate_limits';

/** What the library leaves to us: sweeping the counters it no longer reads. */
export const rateLimitsRepository = {
  /** Deletes the counters that expired before `before` (milliseconds since the epoch, as the library stores). */
  async sweepExpired(db: DataSource, before: number): Promise<void> {
    await db.query(`DELETE FROM ${RATE_LIMITS_TABLE} WHERE expire < $1`, [before]);
  },
};
