import { Inject, Injectable } from '@nestjs/common';
import type { ServerToClientEvents } from '@pn/shared';
import { rooms } from './rooms';
import { SOCKET_ACCESS, type SocketAccess } from './socket-access';
import type { AppServer } from './socket-data';

type EventName = keyof ServerToClientEvents;
type Payload<E extends EventName> = Parameters<ServerToClientEvents[E]>[0];

/**
 * What services use to push events: they never touch socket.io themselves. Call it after the transaction
 * that made the change has committed, so that a client refetching on the event finds the change.
 * With the Redis adapter, every call reaches the sockets of every instance.
 */
@Injectable()
export class RealtimeService {
  private server?: AppServer;

  constructor(@Inject(SOCKET_ACCESS) private readonly access: SocketAccess) {}

  attach(server: AppServer): void {
    this.server = server;
  }

  toThread<E extends EventName>(threadId: string, event: E, payload: Payload<E>): void {
    this.emit(rooms.thread(threadId), event, payload);
  }

  toUser<E extends EventName>(userId: string, event: E, payload: Payload<E>): void {
    this.emit(rooms.user(userId), event, payload);
  }

  toGroup<E extends EventName>(groupId: string, event: E, payload: Payload<E>): void {
    this.emit(rooms.group(groupId), event, payload);
  }

  /**
   * Activity in a thread, for the group's members who are not viewing it: those who are get the message
   * itself, and sending them both would double the writes of every fan-out.
   */
  groupActivity(groupId: string, threadId: string): void {
    const target = this.server?.to(rooms.group(groupId)).except(rooms.thread(threadId));
    target?.emit('group:activity', { groupId, threadId });
  }

  /** A membership ended: the user's sockets, on every instance, stop receiving the group's events. */
  async leaveGroup(userId: string, groupId: string): Promise<void> {
    if (!this.server) return;
    const sockets = await this.server.in(rooms.user(userId)).fetchSockets();
    for (const socket of sockets) {
      socket.leave(rooms.group(groupId));
      for (const [threadId, threadGroupId] of Object.entries(socket.data.threads ?? {})) {
        if (threadGroupId === groupId) socket.leave(rooms.thread(threadId));
      }
    }
  }

  /** A membership began: the user's open sockets start receiving the group's activity. */
  joinGroup(userId: string, groupId: string): void {
    this.server?.in(rooms.user(userId)).socketsJoin(rooms.group(groupId));
  }

  /**
   * An account's role or status changed (call it after the change committed): on every instance, its
   * sockets close if it is no longer active, or else leave each thread it may no longer read. Its group
   * rooms follow memberships, not the role; its later `thread:join` and `typing` read the new rights.
   */
  async rightsChanged(userId: string): Promise<void> {
    if (!this.server) return;
    const viewer = await this.access.viewer(userId);
    if (viewer?.status !== 'active') {
      this.disconnectUser(userId);
      return;
    }
    const sockets = await this.server.in(rooms.user(userId)).fetchSockets();
    const readable = new Map<string, Promise<boolean>>();
    const stillReadable = (threadId: string) => {
      if (!readable.has(threadId)) {
        readable.set(
          threadId,
          this.access.readableThread(threadId, viewer).then((thread) => thread !== null),
        );
      }
      return readable.get(threadId)!;
    };
    for (const socket of sockets) {
      const joined = [...socket.rooms].filter((room) => room.startsWith(rooms.thread('')));
      for (const room of joined) {
        if (!(await stillReadable(room.slice(rooms.thread('').length)))) socket.leave(room);
      }
    }
  }

  /** Suspension or erasure: every socket of the user is closed at once. */
  disconnectUser(userId: string): void {
    this.server?.in(rooms.user(userId)).disconnectSockets(true);
  }

  /** Sign-out: the sockets of that session are closed. */
  disconnectSession(sessionId: string): void {
    this.server?.in(rooms.session(sessionId)).disconnectSockets(true);
  }

  private emit<E extends EventName>(room: string, event: E, payload: Payload<E>): void {
    const target = this.server?.to(room);
    // The typed emit cannot follow a generic event name through socket.io's overloads.
    (target as { emit(event: string, payload: unknown): boolean } | undefined)?.emit(event, payload);
  }
}
