import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/env.schema';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { prepareJobQueues } from '../modules/mail/job-queue';

export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    ...overrides,
  } as DataSourceOptions;
}

export type DatabaseLimits = Pick<
  AppConfig,
  | 'DATABASE_CONNECT_TIMEOUT_MS'
  | 'DATABASE_STATEMENT_TIMEOUT_MS'
  | 'DATABASE_QUERY_TIMEOUT_MS'
  | 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS'
>;

/**
 * The app's pool (node-postgres options, through TypeORM's `extra`): every wait on the database is bounded,
 * so that a database that is down or frozen costs a request a few seconds and a 503, never a hang.
 * `connectionTimeoutMillis` bounds both opening a connection and waiting for a free one in a full pool.
 * Migrations, seeders and benchmarks open their own connections without these limits.
 */
export function poolLimits(limits: DatabaseLimits): Record<string, number> {
  return {
    connectionTimeoutMillis: limits.DATABASE_CONNECT_TIMEOUT_MS,
    statement_timeout: limits.DATABASE_STATEMENT_TIMEOUT_MS,
    query_timeout: limits.DATABASE_QUERY_TIMEOUT_MS,
    idle_in_transaction_session_timeout: limits.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
  };
}

/** Any constant will do, as long as every instance uses the same one. */
const MIGRATION_LOCK = 72_616_263;

/**
 * Brings the schema of the database at `url` up to date, pg-boss's own schema included. Several instances
 * starting at once queue on an advisory lock, so that each migration runs exactly once.
 */
export async function runMigrations(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations();
    await prepareJobQueues(url);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await lock.release();
    await dataSource.destroy();
  }
}
