import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createClient } from 'redis';
import { freePort } from './ports';
import { redisReachable } from './redis';

/** Whether this machine can run a Redis of a test's own (`redis-server` on the PATH). */
export const canRunRedis = spawnSync('redis-server', ['--version']).status === 0;

/**
 * A Redis server of the test's own, on a free port, without persistence: tests stop and start it, never the
 * machine's Redis.
 */
export interface OwnRedis {
  url: string;
  port: number;
  /** SIGKILL, as a server that dies. */
  stop(): Promise<void>;
  /** Again on the same port. */
  start(): Promise<void>;
  dispose(): Promise<void>;
  /** Waits (bounded) until no client but the caller's check is connected: everyone has let go of it. */
  waitUntilUnused(): Promise<void>;
}

export async function startOwnRedis(port?: number): Promise<OwnRedis> {
  const chosen = port ?? (await freePort());
  const url = `redis://127.0.0.1:${chosen}`;
  let server: ChildProcess | null = await launch(chosen, url);
  const stop = async () => {
    const current = server;
    server = null;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };
  return {
    url,
    port: chosen,
    stop,
    async start() {
      await stop();
      server = await launch(chosen, url);
    },
    dispose: stop,
    async waitUntilUnused() {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
        client.on('error', () => {});
        await client.connect();
        const clients = (await client.sendCommand(['CLIENT', 'LIST'])) as string;
        client.destroy();
        if (clients.trim().split('\n').length <= 1 || Date.now() > deadline) return;
        await new Promise((done) => setTimeout(done, 250));
      }
    },
  };
}

async function launch(port: number, url: string): Promise<ChildProcess> {
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  try {
    while (!(await redisReachable(url))) {
      if (server.exitCode !== null || Date.now() > deadline) {
        throw new Error(`the test's redis-server did not start on port ${port}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } catch (error) {
    server.kill('SIGKILL');
    throw error;
  }
  return server;
}
