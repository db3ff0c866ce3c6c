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
    // A client that failed to connect is closed already.
    if (client.isOpen) client.destroy();
  }
}
