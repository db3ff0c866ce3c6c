import type { Message } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import {
  addMessages,
  addOutgoing,
  discardOutgoing,
  EMPTY_THREAD_MESSAGES,
  failOutgoing,
  hasEarlier,
  hasGap,
  lastContiguousMessage,
  markDeleted,
  mergeMessages,
  updateKnownMessages,
  type ThreadMessages,
} from './messageList';

const THREAD = '00000000-0000-4000-8000-000000000001';

function message(position: number, overrides: Partial<Message> = {}): Message {
  return {
    id: `m${position}`,
    threadId: THREAD,
    position,
    clientId: `c${position}`,
    body: `message ${position}`,
    author: { id: 'u1', displayName: 'Anna' },
    replyTo: null,
    mentions: [],
    createdAt: '2026-01-01T10:00:00.000Z',
    editedAt: null,
    deleted: false,
    hidden: false,
    ...overrides,
  };
}

const positions = (items: readonly Message[]) => items.map((item) => item.position);

describe('mergeMessages', () => {
  it('keeps each message exactly once, in position order, whatever order they arrive in', () => {
    const merged = mergeMessages([message(2), message(4)], [message(3), message(1), message(4), message(2)]);
    expect(positions(merged)).toEqual([1, 2, 3, 4]);
    expect(new Set(merged.map((item) => item.id)).size).toBe(4);
  });

  it('survives a catch-up page that overlaps live events', () => {
    let items: Message[] = [];
    for (const live of [message(1), message(2), message(5)]) items = mergeMessages(items, [live]);
    items = mergeMessages(items, [message(2), message(3), message(4), message(5), message(6)]);
    expect(positions(items)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the newer copy: a later edit, or a deletion, wins over a stale page', () => {
    const edited = message(1, { body: 'edited', editedAt: '2026-01-01T11:00:00.000Z' });
    expect(mergeMessages([edited], [message(1)])[0]?.body).toBe('edited');
    const deleted = message(1, { body: '', deleted: true });
    expect(mergeMessages([deleted], [message(1)])[0]?.deleted).toBe(true);
    expect(mergeMessages([message(1)], [deleted])[0]?.deleted).toBe(true);
    const later = message(1, { body: 'later', editedAt: '2026-01-01T12:00:00.000Z' });
    expect(mergeMessages([edited], [later])[0]?.body).toBe('later');
  });
});

describe('outgoing messages', () => {
  const sending = (clientId: string): Parameters<typeof addOutgoing>[1] => ({
    clientId,
    body: 'hello',
    replyTo: null,
    createdAt: '2026-01-01T10:00:00.000Z',
  });

  it('shows a message as sending, then as stored once acknowledged (by the 201 or the live event)', () => {
    let list: ThreadMessages = addOutgoing(EMPTY_THREAD_MESSAGES, sending('c7'));
    expect(list.outgoing).toEqual([expect.objectContaining({ clientId: 'c7', status: 'sending' })]);
    list = addMessages(list, [message(7)]);
    expect(list.outgoing).toEqual([]);
    expect(positions(list.items)).toEqual([7]);
    // The other acknowledgement arriving later changes nothing.
    expect(addMessages(list, [message(7)])).toEqual(list);
  });

  it('marks a failed send and restarts it with the same clientId on retry', () => {
    let list = addOutgoing(EMPTY_THREAD_MESSAGES, sending('c9'));
    list = failOutgoing(list, 'c9');
    expect(list.outgoing[0]?.status).toBe('failed');
    list = addOutgoing(list, sending('c9'));
    expect(list.outgoing).toHaveLength(1);
    expect(list.outgoing[0]).toMatchObject({ clientId: 'c9', status: 'sending' });
    expect(discardOutgoing(list, 'c9').outgoing).toEqual([]);
  });

  it('does not show a message twice when a retry starts after it was stored', () => {
    const list = addMessages(EMPTY_THREAD_MESSAGES, [message(3)]);
    expect(addOutgoing(list, sending('c3')).outgoing).toEqual([]);
  });
});

describe('changes and gaps', () => {
  it('applies edits only to loaded messages, and keeps a deleted one in its place with no body', () => {
    const list = addMessages(EMPTY_THREAD_MESSAGES, [message(1), message(2)]);
    expect(updateKnownMessages(list, [message(9)])).toBe(list);
    const deleted = markDeleted(list, 'm1');
    expect(deleted.items[0]).toMatchObject({ id: 'm1', position: 1, body: '', deleted: true });
  });

  it('finds where to catch up from when a position is missing', () => {
    const items = mergeMessages([], [message(4), message(5), message(7)]);
    expect(lastContiguousMessage(items)?.position).toBe(5);
    expect(hasGap(items)).toBe(true);
    expect(hasGap(mergeMessages(items, [message(6)]))).toBe(false);
    expect(lastContiguousMessage([])).toBeUndefined();
    expect(hasGap([])).toBe(false);
  });

  it('knows whether earlier messages exist', () => {
    expect(hasEarlier([message(1), message(2)])).toBe(false);
    expect(hasEarlier([message(51)])).toBe(true);
    expect(hasEarlier([])).toBe(false);
  });
});
