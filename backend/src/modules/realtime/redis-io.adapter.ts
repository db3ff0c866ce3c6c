import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { ServerOptions } from 'socket.io';

/**
 * Socket.io over Redis Streams, so that an event emitted on one instance reaches sockets on all of them.
 * Chosen over the classic pub/sub adapter because it resumes the stream after a dropped Redis connection
 * instead of silently losing what was published meanwhile.
 */
export class RedisIoAdapter extends IoAdapter {
  private client?: ReturnType<typeof createClient>;

  constructor(
    app: INestApplicationContext,
    private readonly redisUrl: string,
  ) {
    super(app);
  }

  async connect(): Promise<void> {
    this.client = createClient({ url: this.redisUrl });
    this.client.on('error', () => {
      // The client reconnects by itself; errors while Redis is away are expected and not fatal.
    });
    await this.client.connect();
  }

  override createIOServer(port: number, options?: ServerOptions) {
    const server = super.createIOServer(port, options);
    server.adapter(createAdapter(this.client));
    return server;
  }

  override async close(server: Parameters<IoAdapter['close']>[0]): Promise<void> {
    await super.close(server);
    // quit() waits for Redis to answer, which a Redis that went away never does: shut down regardless.
    if (this.client?.isReady) await this.client.quit().catch(() => {});
    else if (this.client?.isOpen) this.client.destroy();
  }
}
