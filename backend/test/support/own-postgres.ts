import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { letPostgresUserReach } from '../../src/database/embedded-postgres';
import { clearLeftoverPostmaster, postmasterPid } from '../../src/database/leftover-postmaster';
import { freePort } from './ports';

/**
 * A PostgreSQL server of the test's own (embedded, in a temporary folder, on a free port), for tests that
 * stop, kill or freeze the database: never the machine's server or the one the other tests share.
 */
export interface OwnPostgres {
  url: string;
  /** SIGSTOP to the postmaster and every process of the cluster, as a machine that stalls. */
  freeze(): void;
  thaw(): void;
  /** A clean shutdown. */
  stop(): Promise<void>;
  /** SIGKILL to every process of the cluster. */
  kill(): void;
  /** Starts it again on the same folder and port. */
  start(): Promise<void>;
  /** Whatever state it is in: thawed, stopped, its folder removed. */
  dispose(): Promise<void>;
}

const SERVER_SCRIPT = join(__dirname, 'postgres-server.cjs');

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pn-own-pg-'));
  const port = await freePort();
  if (process.getuid?.() === 0) {
    // As root the server runs as the `postgres` user, which must reach its binaries.
    const binaries = dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
    letPostgresUserReach(join(binaries, '..', 'native', 'bin', 'postgres'), () => {});
  }
  let runner: ChildProcess | null = await launch(dataDir, port);

  const signalCluster = (signal: NodeJS.Signals) => {
    for (const pid of clusterPids(dataDir)) {
      try {
        process.kill(pid, signal);
      } catch {
        // gone meanwhile
      }
    }
  };
  const stop = async () => {
    const current = runner;
    runner = null;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.send('stop');
    await exited;
  };

  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/prevention_network`,
    freeze: () => signalCluster('SIGSTOP'),
    thaw: () => signalCluster('SIGCONT'),
    stop,
    kill() {
      signalCluster('SIGKILL');
      // Its runner would wait for a clean exit that cannot come.
      runner?.kill('SIGKILL');
      runner = null;
    },
    async start() {
      await stop();
      // After a kill, as the app's own start does: the dead postmaster may linger as a zombie.
      await clearLeftoverPostmaster(dataDir, () => {});
      runner = await launch(dataDir, port);
    },
    async dispose() {
      signalCluster('SIGCONT');
      await stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function launch(dataDir: string, port: number): Promise<ChildProcess> {
  const child = fork(SERVER_SCRIPT, [dataDir, String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the test PostgreSQL did not start within 60 s'));
    }, 60_000);
    child.once('message', (message: { ready?: boolean; error?: string }) => {
      clearTimeout(timer);
      if (message.ready) resolve(child);
      else reject(new Error(message.error));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test PostgreSQL's runner exited (${code})`));
    });
  });
}

/** The postmaster of `dataDir` and its children (backends, checkpointer, walwriter...). */
function clusterPids(dataDir: string): number[] {
  const postmaster = postmasterPid(dataDir);
  if (postmaster === null) return [];
  const table = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  const children = table
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, ppid]) => ppid === postmaster)
    .map(([pid]) => pid!);
  // The postmaster first: stopped, it forks no new backend while the others are being stopped.
  return [postmaster, ...children];
}
