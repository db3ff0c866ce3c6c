import { Inject, Logger } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  SubscribeMessage,
  WebSocketGateway,
  type OnGatewayConnection,
  type OnGatewayInit,
} from '@nestjs/websockets';
import { z } from 'zod';
import { isForeignOrigin } from '../../common/origin';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { RealtimeService } from './realtime.service';
import { rooms } from './rooms';
import { SOCKET_ACCESS, type SocketAccess } from './socket-access';
import type { AppServer, AppSocket } from './socket-data';

const threadPayload = z.object({ threadId: z.uuid() });

/**
 * The one socket.io gateway. The handshake must carry a session (the cookie, or `auth: { token }`); a
 * socket joins its user's, its session's and its groups' rooms at once, and a thread's room only after
 * the same read check as the HTTP API. What the account may do is read from the database at each
 * `thread:join` and `typing`, never kept from the handshake: a role or status changed since counts at once.
 */
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway implements OnGatewayInit<AppServer>, OnGatewayConnection<AppSocket> {
  private readonly logger = new Logger('RealtimeGateway');

  constructor(
    @Inject(SOCKET_ACCESS) private readonly access: SocketAccess,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
   * emitted right after the client sees `connect` already reaches it. Then the session is checked once
   * more: a suspension or sign-out committed while the handshake ran closed the sockets in these rooms
   * before this one was in them, so it is closed here instead.
   */
  async handleConnection(socket: AppSocket): Promise<void> {
    void socket.join(socket.data.initialRooms);
    try {
      if (!(await this.access.sessionIsLive(socket.data.sessionId))) socket.disconnect(true);
    } catch (error) {
      this.logger.error(error);
      socket.disconnect(true);
    }
  }

  private async authenticate(socket: AppSocket): Promise<void> {
    const auth = socket.handshake.auth as { token?: unknown } | undefined;
    const bearer = typeof auth?.token === 'string' ? auth.token : undefined;
    // A cookie comes with any page that opens a socket here, as with an HTTP write: only our own pages may
    // use it. A token in `auth` is a client's own and may come from anywhere, as a bearer token over HTTP.
    if (
      !bearer &&
      isForeignOrigin(socket.handshake.headers.origin, socket.handshake.headers.host, this.config.PUBLIC_URL)
    ) {
      throw new Error(`forbidden: cross-site connection from ${socket.handshake.headers.origin} refused`);
    }
    let found;
    try {
      found = await this.access.identify({ token: bearer, cookieHeader: socket.handshake.headers.cookie });
    } catch (error) {
      this.logger.error(error);
      throw new Error('the session could not be checked', { cause: error });
    }
    if (found === 'no-session') throw new Error('unauthenticated: sign in first');
    if (found === 'ended') throw new Error('unauthenticated: the session has ended');
    socket.data = {
      userId: found.userId,
      sessionId: found.sessionId,
      displayName: found.displayName,
      threads: {},
      initialRooms: [
        rooms.user(found.userId),
        rooms.session(found.sessionId),
        ...found.groupIds.map((groupId) => rooms.group(groupId)),
      ],
    };
  }

  @SubscribeMessage('thread:join')
  async joinThread(@ConnectedSocket() socket: AppSocket, @MessageBody() body: unknown) {
    const parsed = threadPayload.safeParse(body);
    if (!parsed.success) return { ok: false, error: 'threadId: must be a UUID' };
    const { threadId } = parsed.data;
    const refused = { ok: false, error: 'no thread with this id that you may read' };
    const before = await this.access.forSession(threadId, socket.data.sessionId);
    if (before.session === 'ended') return this.ended(socket);
    if (!before.thread) return refused;
    socket.data.threads[threadId] = before.thread.groupId;
    await socket.join(rooms.thread(threadId));
    // Checked again once in the room: a change of rights committed between the check and the join has
    // either been seen here, or found this socket in the room and taken it out (RealtimeService.rightsChanged).
    const after = await this.access.forSession(threadId, socket.data.sessionId);
    if (after.session === 'ended') return this.ended(socket);
    if (!after.thread) {
      delete socket.data.threads[threadId];
      await socket.leave(rooms.thread(threadId));
      return refused;
    }
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
    const access = await this.access.forSession(parsed.data.threadId, socket.data.sessionId);
    if (access.session === 'ended') {
      this.ended(socket);
      return;
    }
    if (!access.thread) {
      delete socket.data.threads[parsed.data.threadId];
      await socket.leave(rooms.thread(parsed.data.threadId));
      return;
    }
    if (!access.mayPost) return;
    socket.to(rooms.thread(parsed.data.threadId)).emit('typing', {
      threadId: parsed.data.threadId,
      user: { id: socket.data.userId, displayName: socket.data.displayName },
    });
  }

  /** The session ended or the account was suspended while the socket was open: it closes. */
  private ended(socket: AppSocket) {
    socket.disconnect(true);
    return { ok: false, error: 'the session has ended' };
  }
}
