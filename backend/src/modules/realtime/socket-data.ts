import type { ClientToServerEvents, ServerToClientEvents } from '@pn/shared';
import type { Server, Socket } from 'socket.io';

/** What a socket keeps from its handshake. Never its rights: those are read fresh at each privileged event. */
export interface SocketData {
  userId: string;
  sessionId: string;
  displayName: string;
  /** Threads this socket has joined, with their group: what to leave when a membership ends. */
  threads: Record<string, string>;
  /** The user's, the session's and the active memberships' rooms, found at the handshake. */
  initialRooms: string[];
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
