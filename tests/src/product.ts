import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The repository root, found upwards from here: this file runs from sources (tests) and compiled (bench). */
export const REPO_ROOT = ((): string => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'backend', 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root not found');
    dir = parent;
  }
  return dir;
})();

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export interface RunningProduct {
  url: string;
  dataDir: string;
  databasePort: number;
  process: ChildProcess;
  output(): string;
  /** SIGTERM, and the exit code once the process has stopped. */
  stop(): Promise<number | null>;
  /** SIGKILL to the app alone, as a crash or the out-of-memory killer: nothing of its own shutdown runs. */
  kill(): Promise<void>;
  /**
   * SIGKILL to the product and everything it started (its embedded PostgreSQL, its mail catcher), as a
   * crash of the machine would: nothing gets to finish. Only for products started with `killable`.
   */
  killAll(): Promise<void>;
}

export interface StartOptions {
  /** Keep the data folder of an earlier start (a restart); a new temporary one otherwise. */
  dataDir?: string;
  env?: Record<string, string>;
  /** Run in a process group of its own, so that `kill()` can stop it and all it started at once. */
  killable?: boolean;
}

/**
 * Starts the built product as `npm start` does (`node backend/dist/main.js`), with no DATABASE_URL, so
 * that it runs its own embedded PostgreSQL and seeds the demo network on a first start.
 */
export async function startProduct(options: StartOptions = {}): Promise<RunningProduct> {
  try {
    return await startOnce(options);
  } catch (error) {
    // Between freePort() finding a port and the product binding it, another process may take it.
    if (!String(error).includes('EADDRINUSE')) throw error;
    return startOnce(options);
  }
}

async function startOnce(options: StartOptions): Promise<RunningProduct> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'pn-e2e-'));
  const port = await freePort();
  const databasePort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(databasePort),
    EMBEDDED_PG_DIR: join(dataDir, 'postgres'),
    UPLOAD_DIR: join(dataDir, 'uploads'),
    LOG_LEVEL: 'info',
    ...options.env,
  };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [join(REPO_ROOT, 'backend', 'dist', 'main.js')], {
    env,
    cwd: REPO_ROOT,
    detached: options.killable ?? false,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the product exited while starting:\n${output.slice(-4000)}`);
    try {
      // Waiting for it to listen, where failures are expected: the tests check its answers.
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the product did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }

  return {
    url,
    dataDir,
    databasePort,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async killAll() {
      if (!options.killable) throw new Error('killAll() needs a product started with killable: true');
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
      // Every process of the group (PostgreSQL's too) must be gone before the data folder is used again.
      for (let i = 0; i < 200 && (groupAlive(child.pid!) || (await portInUse(databasePort))); i++) {
        await new Promise((done) => setTimeout(done, 100));
      }
    },
  };
}

function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(true));
    server.listen(port, '127.0.0.1', () => server.close(() => done(false)));
  });
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}
