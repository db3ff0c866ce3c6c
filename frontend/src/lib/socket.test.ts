import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for socket.io's client: records what is emitted, and lets the test fire server events. */
class FakeSocket {
  connected = false;
  active = true;
  emitted: [string, unknown][] = [];
  joinAnswer = { ok: true };
  private handlers = new Map<string, ((...args: unknown[]) => void)[]>();
  on(event: string, handler: (...args: unknown[]) => void) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
    return this;
  }
  removeAllListeners() {
    this.handlers.clear();
    return this;
  }
  emit(event: string, payload: unknown, ack?: (result: unknown) => void) {
    this.emitted.push([event, payload]);
    if (event === 'thread:join') ack?.(this.joinAnswer);
    return this;
  }
  connect() {
    this.fire('connect');
    return this;
  }
  disconnect() {
    this.connected = false;
    return this;
  }
  fire(event: string, ...args: unknown[]) {
    if (event === 'connect') this.connected = true;
    if (event === 'disconnect') this.connected = false;
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }
}

const sockets: FakeSocket[] = [];
vi.mock('socket.io-client', () => ({
  io: vi.fn(() => {
    const socket = new FakeSocket();
    sockets.push(socket);
    return socket;
  }),
}));

const { closeSocket, getConnectionState, loadSocketClient, openSocket, sendTyping, watchThread } =
  await import('./socket');
await loadSocketClient();

const joins = (socket: FakeSocket) => socket.emitted.filter(([event]) => event === 'thread:join');

describe('the socket client', () => {
  afterEach(() => {
    closeSocket();
    sockets.length = 0;
  });

  it('opens one socket, and reports its connection state', () => {
    const first = openSocket();
    expect(openSocket()).toBe(first);
    expect(getConnectionState()).toBe('connecting');
    sockets[0]!.fire('connect');
    expect(getConnectionState()).toBe('connected');
    sockets[0]!.fire('disconnect', 'transport close');
    expect(getConnectionState()).toBe('reconnecting');
    closeSocket();
    expect(getConnectionState()).toBe('closed');
  });

  it('joins an open thread’s room now, and again after every reconnect, catching up each time', () => {
    openSocket();
    const socket = sockets[0]!;
    socket.fire('connect');
    const caughtUp = vi.fn();
    const stop = watchThread('t1', caughtUp);
    expect(joins(socket)).toEqual([['thread:join', { threadId: 't1' }]]);
    expect(caughtUp).toHaveBeenCalledWith(true);

    socket.fire('disconnect', 'transport close');
    socket.fire('connect');
    expect(joins(socket)).toHaveLength(2);
    expect(caughtUp).toHaveBeenCalledTimes(2);

    stop();
    expect(socket.emitted.at(-1)).toEqual(['thread:leave', { threadId: 't1' }]);
    socket.fire('disconnect', 'transport close');
    socket.fire('connect');
    expect(joins(socket)).toHaveLength(2);
  });

  it('joins the rooms of threads opened while offline once connected, and sends no stale "leave"', () => {
    openSocket();
    const socket = sockets[0]!;
    const caughtUp = vi.fn();
    const stop = watchThread('t2', caughtUp);
    expect(joins(socket)).toHaveLength(0);
    socket.fire('connect');
    expect(joins(socket)).toEqual([['thread:join', { threadId: 't2' }]]);
    socket.fire('disconnect', 'transport close');
    stop();
    expect(socket.emitted.some(([event]) => event === 'thread:leave')).toBe(false);
  });

  it('reports a refused join, and sends typing only when connected', () => {
    openSocket();
    const socket = sockets[0]!;
    socket.joinAnswer = { ok: false };
    socket.fire('connect');
    const joined = vi.fn();
    watchThread('t3', joined);
    expect(joined).toHaveBeenCalledWith(false);
    sendTyping('t3');
    expect(socket.emitted.at(-1)).toEqual(['typing', { threadId: 't3' }]);
    socket.fire('disconnect', 'transport close');
    sendTyping('t3');
    expect(socket.emitted.filter(([event]) => event === 'typing')).toHaveLength(1);
  });

  it('tries again by itself when the server dropped the socket on purpose', () => {
    vi.useFakeTimers();
    try {
      openSocket();
      const socket = sockets[0]!;
      socket.fire('connect');
      const connect = vi.spyOn(socket, 'connect');
      socket.fire('disconnect', 'io server disconnect');
      vi.advanceTimersByTime(1_000);
      expect(connect).toHaveBeenCalledTimes(1);
      expect(getConnectionState()).toBe('connected');
    } finally {
      vi.useRealTimers();
    }
  });
});
