import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../auth/auth.cookies';
import { SessionsService } from '../auth/sessions.service';
import { ThreadAccessService } from '../discussions/thread-access.service';
import { canPost } from '../groups/groups.policy';
import { RealtimeService } from './realtime.service';
import { rooms } from './rooms';
import type { AppServer, AppSocket } from './socket-data';

const threadPayload = z.object({ threadId: z.uuid() });

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * The one socket.io gateway. The handshake must carry a session (the cookie, or `auth: { token }`); a
 * socket joins its user's, its session's and its groups' rooms at once, and a thread's room only after
 * the same read check as the HTTP API.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway implements OnGatewayInit<AppServer>, OnGatewayConnection<AppSocket> {
  private readonly logger = new Logger('RealtimeGateway');

  constructor(
    private readonly sessions: SessionsService,
    private readonly threads: ThreadAccessService,
    private readonly realtime: RealtimeService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  afterInit(server: AppServer): void {
    this.realtime.attach(server);
    server.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
      );
    });
  }

  /**
   * Joins the rooms found at the handshake synchronously, before the client can send anything: an event
   * emitted right after the client sees `connect` already reaches it.
   */
  handleConnection(socket: AppSocket): void {
    void socket.join(socket.data.initialRooms);
  }

  private async authenticate(socket: AppSocket): Promise<void> {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const token =
      typeof auth?.token === 'string' ? auth.token : cookieValue(socket.handshake.headers.cookie, SESSION_COOKIE);
    if (!token) throw new Error('unauthenticated: sign in first');
    let found;
    try {
      found = await this.sessions.resolve(token);
    } catch (error) {
      this.logger.error(error);
      throw new Error('the session could not be checked', { cause: error });
    }
    if (!found) throw new Error('unauthenticated: the session has ended');
    const { user, session } = found;
    const groups =
      user.status === 'active'
        ? ((await this.dataSource.query(
            `SELECT group_id FROM group_memberships WHERE user_id = $1 AND status = 'active'`,
            [user.id],
          )) as Array<{ group_id: string }>)
        : [];
    socket.data = {
      userId: user.id,
      sessionId: session.id,
      displayName: user.displayName,
      role: user.role,
      status: user.status,
      threads: {},
      initialRooms: [rooms.user(user.id), rooms.session(session.id), ...groups.map((row) => rooms.group(row.group_id))],
    };
  }

  @SubscribeMessage('thread:join')
  async joinThread(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown) {
    const parsed = threadPayload.safeParse(body);
    if (!parsed.success) return { ok: false, error: 'threadId: must be a UUID' };
    const readable = await this.threads.readableThread(parsed.data.threadId, this.viewer(socket));
    if (!readable) return { ok: false, error: 'no thread with this id that you may read' };
    socket.data.threads[readable.threadId] = readable.groupId;
    await socket.join(rooms.thread(readable.threadId));
    return { ok: true };
  }

  @SubscribeMessage('thread:leave')
  async leaveThread(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = threadPayload.safeParse(body);
    if (!parsed.success) return;
    delete socket.data.threads[parsed.data.threadId];
    await socket.leave(rooms.thread(parsed.data.threadId));
  }

  /** Typing is shown only from people who may post there, and only to the thread's other viewers. */
  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown): Promise<void> {
    const parsed = threadPayload.safeParse(body);
    if (!parsed.success || !socket.rooms.has(rooms.thread(parsed.data.threadId))) return;
    const rows = (await this.dataSource.query(
      `SELECT g.archived_at, g.visibility, m.role, m.status
         FROM threads t JOIN groups g ON g.id = t.group_id
         LEFT JOIN group_memberships m ON m.group_id = g.id AND m.user_id = $2
        WHERE t.id = $1`,
      [parsed.data.threadId, socket.data.userId],
    )) as Array<{
      archived_at: Date | null;
      visibility: 'members' | 'public';
      role: 'member' | 'coordinator' | null;
      status: 'pending' | 'active' | null;
    }>;
    const row = rows[0];
    if (!row) return;
    const membership = row.role && row.status ? { role: row.role, status: row.status } : null;
    if (!canPost({ visibility: row.visibility, archivedAt: row.archived_at }, membership, this.viewer(socket))) return;
    socket.to(rooms.thread(parsed.data.threadId)).emit('typing', {
      threadId: parsed.data.threadId,
      user: { id: socket.data.userId, displayName: socket.data.displayName },
    });
  }

  private viewer(socket: AppSocket) {
    return { id: socket.data.userId, role: socket.data.role, status: socket.data.status };
  }
}
