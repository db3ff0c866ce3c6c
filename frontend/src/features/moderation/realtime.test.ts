import type { ModerationSummary } from '@pn/shared';
import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { AppSocket } from '../../lib/socket';
import { moderationKeys } from './api';
import { syncModeration } from './realtime';

/** A socket that only keeps its listeners, so that a test can emit to them. */
function fakeSocket() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const socket = {
    on: (event: string, listener: (payload: unknown) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
    },
    off: (event: string, listener: (payload: unknown) => void) => listeners.get(event)?.delete(listener),
  };
  const emit = (event: string, payload: unknown = {}) => listeners.get(event)?.forEach((listener) => listener(payload));
  return { socket: socket as unknown as AppSocket, emit, count: (event: string) => listeners.get(event)?.size ?? 0 };
}

const summary = (overrides: Partial<ModerationSummary> = {}): ModerationSummary => ({
  total: 0,
  groups: [],
  applications: null,
  curation: null,
  ...overrides,
});

const isStale = (client: QueryClient) => client.getQueryState(moderationKeys.summary())?.isInvalidated === true;

async function succeed(client: QueryClient): Promise<void> {
  await new MutationObserver(client, { mutationFn: () => Promise.resolve('done') }).mutate();
}

describe('syncModeration', () => {
  it('refreshes the counts when a notification arrives, and stops listening when stopped', () => {
    const client = new QueryClient();
    client.setQueryData(moderationKeys.summary(), summary());
    const { socket, emit, count } = fakeSocket();
    const stop = syncModeration(socket, client);
    emit('notification:new');
    expect(isStale(client)).toBe(true);
    stop();
    expect(count('notification:new')).toBe(0);
  });

  it('refreshes the counts after a decision of someone who moderates, not after a plain member’s post', async () => {
    const member = new QueryClient();
    member.setQueryData(moderationKeys.summary(), summary());
    syncModeration(fakeSocket().socket, member);
    await succeed(member);
    expect(isStale(member)).toBe(false);

    const coordinator = new QueryClient();
    coordinator.setQueryData(
      moderationKeys.summary(),
      summary({ total: 1, groups: [{ group: { id: 'g', slug: 'g', name: 'G' }, joinRequests: 0, flags: 1 }] }),
    );
    syncModeration(fakeSocket().socket, coordinator);
    await succeed(coordinator);
    expect(isStale(coordinator)).toBe(true);
  });
});
