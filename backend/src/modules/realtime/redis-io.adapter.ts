import { Logger, type INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { ServerOptions } from 'socket.io';

type RedisClient = ReturnType<typeof createClient>;

/**
 * Socket.io over Redis Streams, so that an event emitted on one instance reaches sockets on all of them.
 * Chosen over the classic pub/sub adapter because it resumes the stream after a dropped Redis connection
 * instead of silently losing what was published meanwhile.
 *
 * Redis is a convenience, never a condition: an instance starts, serves HTTP and delivers events to its own
 * sockets while Redis is unreachable (at start or later), says so in its log, and rejoins the other
 * instances by itself once Redis is back.
 */
export class RedisIoAdapter extends IoAdapter {
  private readonly logger = new Logger('Redis');
  private client?: RedisClient;
  /** The clients the streams adapter makes for itself (one reading the stream, one subscribed). */
  private readonly copies: RedisClient[] = [];
  private reachable?: boolean;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
  ) {
    super(app);
  }

  /** Starts connecting, and returns at once: the connection comes when Redis is there. */
  connect(): void {
    const client = createClient({
      url: this.redisUrl,
      // While Redis is away, publishing fails at once instead of queueing: the adapter then delivers the
      // event to this instance's own sockets right away rather than when Redis comes back.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries) => Math.min(100 * (retries + 1), 2000) },
    });
    const host = new URL(this.redisUrl).host;
    client.on('error', (error: Error) => {
      if (this.reachable === false) return;
      this.reachable = false;
      this.logger.warn(
        `Redis at ${host} is unreachable (${error.message}): real-time events reach this instance's sockets only, until it is back`,
      );
    });
    client.on('ready', () => {
      if (this.reachable === false) this.logger.log(`Redis at ${host} is reachable again`);
      this.reachable = true;
    });
    this.client = withDroppedRepliesHandled(client, this.copies);
    client.connect().catch(() => {
      // Not reached: the client retries for as long as it is open, and says so through 'error'.
    });
  }

  override createIOServer(port: number, options?: ServerOptions) {
    const server = super.createIOServer(port, options);
    server.adapter(createAdapter(this.client));
    return server;
  }

  override async close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    await super.close(server);
    // The adapter stops its own clients after their current read, or never if Redis is away: they would
    // keep reconnecting forever. Its reads fail on closed clients and it ends them quietly.
    for (const client of [...this.copies, this.client]) {
      if (client?.isOpen) client.destroy();
    }
  }
}

/**
 * The streams adapter drops some of the promises it gets from the client: an ephemeral PUBLISH, and the
 * disconnect of a client it finds already closed. A rejection there would be unhandled, and stop the
 * process. Its copies of the client also keep their commands queued while Redis is away, so that its
 * reading loop waits for Redis instead of spinning on failures.
 */
function withDroppedRepliesHandled(client: RedisClient, copies: RedisClient[]): RedisClient {
  const mutable = client as unknown as Record<string, unknown>;
  for (const name of ['publish', 'sPublish'] as const) {
    const send = (client[name] as (...args: unknown[]) => Promise<unknown>).bind(client);
    mutable[name] = (...args: unknown[]) => {
      const reply = send(...args);
      reply.catch(() => {});
      return reply;
    };
  }
  const duplicate = client.duplicate.bind(client);
  mutable.duplicate = (overrides?: Parameters<RedisClient['duplicate']>[0]) => {
    const copy = duplicate({ ...overrides, disableOfflineQueue: false });
    const disconnect = copy.disconnect.bind(copy);
    (copy as unknown as Record<string, unknown>).disconnect = () => (copy.isOpen ? disconnect() : Promise.resolve());
    copies.push(copy as RedisClient);
    return copy;
  };
  return client;
}
