import type { Viewer } from '../../common/viewer';

/** Who a socket's handshake stands for, and the rooms of the groups it hears from at once. */
export interface SocketIdentity {
  userId: string;
  sessionId: string;
  displayName: string;
  groupIds: string[];
}

/** A thread a viewer may read, with its group. */
export interface ReadableThread {
  threadId: string;
  groupId: string;
}

/** What a socket's session may do in a thread, read fresh: the rights of the account as they are now. */
export type SessionThreadAccess =
  | { session: 'ended' }
  | { session: 'live'; viewer: NonNullable<Viewer>; thread: ReadableThread | null; mayPost: boolean };

/**
 * What the gateway and the rights re-check need to know of sessions, accounts and threads. Realtime holds no
 * SQL and no rules of its own: the module that owns them provides this under `SOCKET_ACCESS`.
 */
export interface SocketAccess {
  /**
   * The session behind a handshake's bearer token or session cookie: `no-session` when it brings neither,
   * `ended` when its session is not live (unknown, expired, signed out, the account suspended or erased).
   */
  identify(handshake: { token?: string; cookieHeader?: string }): Promise<SocketIdentity | 'no-session' | 'ended'>;
  /** Whether a socket's session still stands: not ended, its account neither suspended nor erased. */
  sessionIsLive(sessionId: string): Promise<boolean>;
  /** The thread as the account behind a socket's session may use it now. */
  forSession(threadId: string, sessionId: string): Promise<SessionThreadAccess>;
  /** The account as it is now, for re-checking what its open sockets may still receive. */
  viewer(userId: string): Promise<NonNullable<Viewer> | null>;
  /** The thread if this viewer may read it now. */
  readableThread(threadId: string, viewer: Viewer): Promise<ReadableThread | null>;
}

export const SOCKET_ACCESS = Symbol('SocketAccess');
