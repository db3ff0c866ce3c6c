import type { ClientToServerEvents, ServerToClientEvents } from '@pn/shared';
import { io, type Socket } from 'socket.io-client';
import type { TestApp } from './app';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A real socket.io client, connected (or refused) before it is returned. */
export function connectSocket(
  app: TestApp,
  credentials: { token?: string; cookie?: string; origin?: string },
): Promise<{ socket: ClientSocket; error?: Error }> {
  const socket: ClientSocket = io(app.url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: credentials.token ? { token: credentials.token } : {},
    extraHeaders: {
      ...(credentials.cookie ? { cookie: credentials.cookie } : {}),
      // What a browser sends with the handshake: the origin of the page that opened the socket.
      ...(credentials.origin ? { origin: credentials.origin } : {}),
    },
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve({ socket }));
    socket.once('connect_error', (error) => resolve({ socket, error }));
  });
}

export async function connectedSocket(app: TestApp, token: string): Promise<ClientSocket> {
  const { socket, error } = await connectSocket(app, { token });
  if (error) throw error;
  return socket;
}

export function joinThread(socket: ClientSocket, threadId: string): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => socket.emit('thread:join', { threadId }, resolve));
}

/** The next `event` on the socket, or a rejection after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: ClientSocket,
  event: E,
  ms = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${String(event)} within ${ms} ms`)), ms);
    (socket.once as (event: string, listener: (payload: never) => void) => void)(String(event), (payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Resolves true if `event` arrives within `ms`, false otherwise: for proving that something does NOT arrive. */
export function arrives(socket: ClientSocket, event: keyof ServerToClientEvents, ms = 500): Promise<boolean> {
  return nextEvent(socket, event, ms).then(
    () => true,
    () => false,
  );
}

export function disconnected(socket: ClientSocket, ms = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    if (socket.disconnected) return resolve('already disconnected');
    const timer = setTimeout(() => reject(new Error(`still connected after ${ms} ms`)), ms);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
