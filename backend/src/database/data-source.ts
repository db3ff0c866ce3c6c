import { DataSource, type DataSourceOptions } from 'typeorm';
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
