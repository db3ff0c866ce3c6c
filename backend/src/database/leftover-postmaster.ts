import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** What the PID of a data folder's `postmaster.pid` is now. */
export type PostmasterState =
  | { kind: 'none' }
  /** The file names a process that is gone (or a zombie). */
  | { kind: 'gone'; pid: number }
  /** A PostgreSQL server of this very data folder, left running by an earlier start. */
  | { kind: 'running'; pid: number }
  /** The PID now belongs to another program (reused after a reboot, say): the file is stale. */
  | { kind: 'other'; pid: number };

/** The PID of the server that runs on `dataDir`, from the first line of its `postmaster.pid`. */
export function postmasterPid(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function postmasterState(dataDir: string): PostmasterState {
  let text: string;
  try {
    text = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return { kind: 'none' };
  }
  const pid = Number(text.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return { kind: 'other', pid: 0 };
  if (!isAlive(pid)) return { kind: 'gone', pid };
  return isPostgresOf(pid, dataDir) ? { kind: 'running', pid } : { kind: 'other', pid };
}

/**
 * Makes the data folder free for a new start. A server left by an earlier start (whose app was killed before
 * it could stop it) is stopped: fast shutdown, then immediate shutdown if it does not go. A `postmaster.pid`
 * naming another program is removed, as PostgreSQL would otherwise refuse to start. Throws, with a sentence
 * a person can act on, when the folder cannot be freed.
 */
export async function clearLeftoverPostmaster(dataDir: string, log: (message: string) => void): Promise<void> {
  const state = postmasterState(dataDir);
  switch (state.kind) {
    case 'none':
      return;
    case 'gone': {
      // PostgreSQL replaces such a file itself, unless the PID is a zombie that nobody reaped (a container
      // whose first process does not reap orphans): signal 0 still finds it, and PostgreSQL refuses to start.
      // Removed here once no process of the old server runs in the folder, which PostgreSQL checks too.
      if (!(await noSurvivors(dataDir, 10_000))) {
        throw new Error(
          `Processes of an earlier PostgreSQL server still run in ${dataDir} although its postmaster (PID ${state.pid}) is gone: stop them, then start again`,
        );
      }
      log(`Removing a stale postmaster.pid from ${dataDir} (PID ${state.pid} is gone)`);
      rmSync(join(dataDir, 'postmaster.pid'), { force: true });
      return;
    }
    case 'other':
      log(`Removing a stale postmaster.pid from ${dataDir} (PID ${state.pid} is not a PostgreSQL server of it)`);
      rmSync(join(dataDir, 'postmaster.pid'), { force: true });
      return;
    case 'running':
      log(`A PostgreSQL server (PID ${state.pid}) from an earlier start still runs on ${dataDir}: stopping it`);
      for (const [signal, waitMs] of [
        ['SIGINT', 20_000],
        ['SIGQUIT', 10_000],
      ] as const) {
        try {
          process.kill(state.pid, signal);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ESRCH') return clearLeftoverPostmaster(dataDir, log);
          throw new Error(
            `A PostgreSQL server (PID ${state.pid}) still runs on ${dataDir} and cannot be stopped from here ` +
              `(${(error as Error).message}): stop it, then start again`,
            { cause: error },
          );
        }
        if (await exited(state.pid, waitMs)) {
          log(`Stopped the PostgreSQL server left running (PID ${state.pid})`);
          // An immediate shutdown leaves its postmaster.pid behind.
          return clearLeftoverPostmaster(dataDir, log);
        }
      }
      throw new Error(`A PostgreSQL server (PID ${state.pid}) still runs on ${dataDir} and did not stop when asked to`);
  }
}

/**
 * Whether no live process runs in `dataDir` (every PostgreSQL process works from its data folder), waiting
 * up to `waitMs` for the backends of a killed postmaster, which notice its death and exit by themselves.
 * Without /proc (macOS) this cannot be told: PostgreSQL's own check of its shared memory decides then.
 */
async function noSurvivors(dataDir: string, waitMs: number): Promise<boolean> {
  const wanted = canonical(dataDir);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let pids: string[];
    try {
      pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
    } catch {
      return true;
    }
    const survivor = pids.some((pid) => {
      try {
        return canonical(readlinkSync(`/proc/${pid}/cwd`)) === wanted && isAlive(Number(pid));
      } catch {
        return false;
      }
    });
    if (!survivor) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

async function exited(pid: number, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/** Alive and not a zombie: a dead process that its parent has not reaped yet still answers signal 0. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    // No /proc (macOS): signal 0 is the answer.
    return true;
  }
}

/** Whether the process is a PostgreSQL server whose data folder is `dataDir`: it runs from that folder. */
function isPostgresOf(pid: number, dataDir: string): boolean {
  const wanted = canonical(dataDir);
  try {
    // PostgreSQL changes into its data folder at start; `-D` may have been given relative to elsewhere.
    if (canonical(readlinkSync(`/proc/${pid}/cwd`)) === wanted) return isPostgres(pid);
  } catch {
    // Not Linux, or not readable by this user: the command line says it too.
  }
  const args = commandLine(pid);
  if (!args || !isPostgresCommand(args[0])) return false;
  const folder = args[args.indexOf('-D') + 1];
  return args.includes('-D') && folder !== undefined && canonical(folder) === wanted;
}

function isPostgres(pid: number): boolean {
  const args = commandLine(pid);
  return !!args && isPostgresCommand(args[0]);
}

/** The postmaster runs as `.../postgres`; its children rename themselves `postgres: ...`. */
function isPostgresCommand(command: string | undefined): boolean {
  return !!command && /(^|\/)postgres(:|$)/.test(command);
}

function commandLine(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter(Boolean);
  } catch {
    try {
      return execFileSync('ps', ['-o', 'command=', '-p', String(pid)], { encoding: 'utf8' })
        .trim()
        .split(/\s+/);
    } catch {
      return null;
    }
  }
}

function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}
