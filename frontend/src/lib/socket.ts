import type { ClientToServerEvents, ServerToClientEvents } from '@pn/shared';
import { useSyncExternalStore } from 'react';
import type { io as createClient, Socket } from 'socket.io-client';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * - `closed`: no socket (nobody signed in);
 * - `connecting`: the first connection is being made;
 * - `connected`: live;
 * - `reconnecting`: the connection dropped (or the server refused it) and is being made again.
 */
export type ConnectionState = 'closed' | 'connecting' | 'connected' | 'reconnecting';

/** Called after a thread's room is (re)joined: `ok` false when the server refused (no longer readable). */
export type RoomJoined = (ok: boolean) => void;

/** Waits between attempts when the server itself refused or dropped the socket (socket.io does not retry then). */
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

let socket: AppSocket | null = null;
let state: ConnectionState = 'closed';
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retries = 0;
const listeners = new Set<() => void>();
/** The threads open on screen, each with what to do once its room is joined (catch up). */
const rooms = new Map<string, Set<RoomJoined>>();
/** Told when the server refused or dropped the connection: the session may have ended. */
const refusalListeners = new Set<() => void>();
/** The threads whose room this connection has joined (the server acknowledged). */
let joinedRooms: ReadonlySet<string> = new Set();

function notify(): void {
  for (const listener of listeners) listener();
}

function setState(next: ConnectionState): void {
  if (state === next) return;
  state = next;
  if (next !== 'connected') joinedRooms = new Set();
  notify();
}

function setJoined(threadId: string, joined: boolean): void {
  if (joinedRooms.has(threadId) === joined) return;
  const next = new Set(joinedRooms);
  if (joined) next.add(threadId);
  else next.delete(threadId);
  joinedRooms = next;
  notify();
}

function joinRoom(target: AppSocket, threadId: string): void {
  target.emit('thread:join', { threadId }, (result) => {
    const ok = result?.ok === true;
    if (socket !== target || !rooms.has(threadId)) return;
    setJoined(threadId, ok && target.connected);
    for (const onJoined of rooms.get(threadId) ?? []) onJoined(ok);
  });
}

function scheduleRetry(target: AppSocket): void {
  clearTimeout(retryTimer);
  const delay = RETRY_DELAYS_MS[Math.min(retries, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
  retries += 1;
  retryTimer = setTimeout(() => {
    if (socket === target && !target.connected) target.connect();
  }, delay);
}

let io: typeof createClient | null = null;

/** Fetches socket.io's client, once: only members need it, so a visitor's pages do without its code. */
export async function loadSocketClient(): Promise<void> {
  io ??= (await import('socket.io-client')).io;
}

/**
 * Opens the one socket of this tab (same origin, path `/socket.io`; the session cookie goes with the
 * handshake), once `loadSocketClient` has fetched the client. Call when someone signs in; `closeSocket`
 * when they sign out.
 */
export function openSocket(): AppSocket {
  if (socket) return socket;
  if (!io) throw new Error('openSocket() before loadSocketClient()');
  const created: AppSocket = io({ path: '/socket.io', withCredentials: true });
  socket = created;
  setState('connecting');

  created.on('connect', () => {
    retries = 0;
    clearTimeout(retryTimer);
    setState('connected');
    // A new connection has no rooms but the user's and groups': join every thread on screen again.
    for (const threadId of rooms.keys()) joinRoom(created, threadId);
  });
  created.on('disconnect', (reason) => {
    setState('reconnecting');
    // socket.io reconnects by itself, except when the server (or we) closed the socket on purpose.
    if (reason === 'io server disconnect') {
      for (const listener of refusalListeners) listener();
      scheduleRetry(created);
    }
  });
  created.on('connect_error', () => {
    setState(state === 'connecting' ? 'connecting' : 'reconnecting');
    // Refused by the server's handshake check (not a network failure): socket.io gives up, so do we retry.
    if (!created.active) {
      for (const listener of refusalListeners) listener();
      scheduleRetry(created);
    }
  });
  return created;
}

export function closeSocket(): void {
  clearTimeout(retryTimer);
  retries = 0;
  if (!socket) return;
  const closing = socket;
  socket = null;
  closing.removeAllListeners();
  closing.disconnect();
  joinedRooms = new Set();
  setState('closed');
}

export function getSocket(): AppSocket | null {
  return socket;
}

export function getConnectionState(): ConnectionState {
  return state;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The socket of this tab, or null when nobody is signed in; re-renders when it is opened or closed. */
export function useSocket(): AppSocket | null {
  return useSyncExternalStore(subscribe, getSocket, () => null);
}

export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, getConnectionState, () => 'closed' as const);
}

/** Whether live events of this thread reach this tab now (its room joined on the current connection). */
export function useRoomJoined(threadId: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => joinedRooms.has(threadId),
    () => false,
  );
}

/** `listener` is called whenever the server refuses or drops the connection. */
export function onRefused(listener: () => void): () => void {
  refusalListeners.add(listener);
  return () => refusalListeners.delete(listener);
}

/**
 * Keeps a thread's room joined while it is on screen: now if connected, and again after every reconnect;
 * `onJoined` runs after each join (the moment to catch up on what was missed). Returns the way to stop.
 */
export function watchThread(threadId: string, onJoined: RoomJoined): () => void {
  let callbacks = rooms.get(threadId);
  if (!callbacks) {
    callbacks = new Set();
    rooms.set(threadId, callbacks);
  }
  callbacks.add(onJoined);
  if (socket?.connected) joinRoom(socket, threadId);
  return () => {
    const current = rooms.get(threadId);
    current?.delete(onJoined);
    if (current && current.size === 0) {
      rooms.delete(threadId);
      setJoined(threadId, false);
      // Only when connected: a buffered "leave" would be sent after the next reconnect, after the re-join.
      if (socket?.connected) socket.emit('thread:leave', { threadId });
    }
  };
}

/** Tells the thread's other viewers that the user is typing (nothing when offline: it would be stale). */
export function sendTyping(threadId: string): void {
  if (socket?.connected) socket.emit('typing', { threadId });
}
