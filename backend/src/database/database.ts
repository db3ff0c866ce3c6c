import type { AppConfig } from '../config/env.schema';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface Database {
  url: string;
  embedded: boolean;
  /** True on the embedded server's first start, when the demo network is seeded. */
  fresh: boolean;
  stop(): Promise<void>;
}

/**
 * The configured database, or, with no DATABASE_URL, an embedded PostgreSQL that this process runs. With
 * `stopsOnSignals: false` the caller stops it on SIGTERM and SIGINT itself, in its own order.
 */
export async function openDatabase(
  config: AppConfig,
  log: (message: string) => void,
  options: { stopsOnSignals?: boolean } = {},
): Promise<Database> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, embedded: false, fresh: false, stop: async () => {} };
  }
  log(
    `No DATABASE_URL: starting the embedded PostgreSQL (data in ${config.EMBEDDED_PG_DIR}, port ${config.EMBEDDED_PG_PORT})`,
  );
  const server = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT, log, options);
  return { url: server.url, embedded: true, fresh: server.created, stop: server.stop };
}
