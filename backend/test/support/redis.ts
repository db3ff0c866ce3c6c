import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createClient } from 'redis';

/** The Redis the multi-instance tests use: REDIS_URL, or the machine's own on the default port. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function redisReachable(url = TEST_REDIS_URL): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 1000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

export interface OwnRedis {
  url: string;
  /** Kills it (bounded wait): clients see their connection drop. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Waits (bounded) until no client but the caller's check is connected: everyone has let go of it. */
  waitUntilUnused(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise<number>((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/**
 * A Redis of the test's own on a free port, nothing saved, for tests that make Redis fail: the machine's
 * own Redis is shared and never stopped.
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    const deadline = Date.now() + 10_000;
    while (!(await redisReachable(url))) {
      if (Date.now() > deadline || child.exitCode !== null) {
        child.kill('SIGKILL');
        throw new Error(`redis-server did not start on port ${port}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  };
  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((done) => running.once('exit', () => done()));
    running.kill('SIGKILL');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  };
  const waitUntilUnused = async () => {
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
  };
  await start();
  return { url, stop, start, waitUntilUnused };
}
