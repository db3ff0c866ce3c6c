import type { AccountStatus, ClientToServerEvents, Role, ServerToClientEvents } from '@pn/shared';
import type { Server, Socket } from 'socket.io';

export interface SocketData {
  userId: string;
  sessionId: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  /** Threads this socket has joined, with their group: what to leave when a membership ends. */
  threads: Record<string, string>;
  /** The user's, the session's and the active memberships' rooms, found at the handshake. */
  initialRooms: string[];
}

export type AppServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
