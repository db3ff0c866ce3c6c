import type { Message } from '@pn/shared';

/** A message of this tab's user that the server has not acknowledged yet. */
export interface OutgoingMessage {
  clientId: string;
  body: string;
  replyTo: Message['replyTo'];
  status: 'sending' | 'failed';
  createdAt: string;
}

/**
 * What the cache holds for one thread: the stored messages, in position order and each exactly once, and
 * the ones being sent. Every change goes through the pure functions below.
 */
export interface ThreadMessages {
  items: Message[];
  outgoing: OutgoingMessage[];
}

export const EMPTY_THREAD_MESSAGES: ThreadMessages = { items: [], outgoing: [] };

/**
 * Which of two copies of the same message is the newer: a deleted or hidden one stays so, otherwise the
 * later edit wins, and on a tie the incoming copy.
 */
function newer(current: Message, incoming: Message): Message {
  const removed = (message: Message) => message.deleted || message.hidden;
  if (removed(current) && !removed(incoming)) return current;
  if (removed(incoming) && !removed(current)) return incoming;
  const editedAt = (message: Message) => (message.editedAt ? Date.parse(message.editedAt) : 0);
  return editedAt(current) > editedAt(incoming) ? current : incoming;
}

/** Merges messages by id: each once, ordered by position, the newer copy kept. */
export function mergeMessages(items: readonly Message[], incoming: readonly Message[]): Message[] {
  if (incoming.length === 0) return items as Message[];
  const byId = new Map(items.map((message) => [message.id, message]));
  for (const message of incoming) {
    const current = byId.get(message.id);
    byId.set(message.id, current ? newer(current, message) : message);
  }
  return [...byId.values()].sort((a, b) => a.position - b.position);
}

/** Adds stored messages, and drops the outgoing ones they acknowledge (same clientId). */
export function addMessages(list: ThreadMessages, incoming: readonly Message[]): ThreadMessages {
  const stored = new Set(incoming.map((message) => message.clientId));
  return {
    items: mergeMessages(list.items, incoming),
    outgoing: list.outgoing.filter((outgoing) => !stored.has(outgoing.clientId)),
  };
}

/** Changes the messages already shown (an edit, a refreshed page), ignoring ones not loaded here. */
export function updateKnownMessages(list: ThreadMessages, incoming: readonly Message[]): ThreadMessages {
  const known = new Set(list.items.map((message) => message.id));
  const updates = incoming.filter((message) => known.has(message.id));
  return updates.length === 0 ? list : { ...list, items: mergeMessages(list.items, updates) };
}

/** A deletion: the message keeps its place, with its body gone. */
export function markDeleted(list: ThreadMessages, id: string): ThreadMessages {
  if (!list.items.some((message) => message.id === id)) return list;
  return {
    ...list,
    items: list.items.map((message) => (message.id === id ? { ...message, body: '', deleted: true } : message)),
  };
}

/** Starts (or restarts, on retry) sending a message. */
export function addOutgoing(list: ThreadMessages, outgoing: Omit<OutgoingMessage, 'status'>): ThreadMessages {
  if (list.items.some((message) => message.clientId === outgoing.clientId)) return list;
  const next: OutgoingMessage = { ...outgoing, status: 'sending' };
  const exists = list.outgoing.some((item) => item.clientId === outgoing.clientId);
  return {
    ...list,
    outgoing: exists
      ? list.outgoing.map((item) => (item.clientId === outgoing.clientId ? next : item))
      : [...list.outgoing, next],
  };
}

export function failOutgoing(list: ThreadMessages, clientId: string): ThreadMessages {
  return {
    ...list,
    outgoing: list.outgoing.map((item) => (item.clientId === clientId ? { ...item, status: 'failed' } : item)),
  };
}

export function discardOutgoing(list: ThreadMessages, clientId: string): ThreadMessages {
  return { ...list, outgoing: list.outgoing.filter((item) => item.clientId !== clientId) };
}

/**
 * The last message up to which nothing is missing: where catching up must start. Positions are gapless
 * on the server, so a hole here (a live event lost, or an own message acknowledged before the one just
 * before it arrived) means messages to fetch.
 */
export function lastContiguousMessage(items: readonly Message[]): Message | undefined {
  let last = items[0];
  for (const message of items.slice(1)) {
    if (!last || message.position !== last.position + 1) break;
    last = message;
  }
  return last;
}

export function hasGap(items: readonly Message[]): boolean {
  return lastContiguousMessage(items) !== items[items.length - 1];
}

/** Whether messages before the first one loaded exist (positions start at 1). */
export function hasEarlier(items: readonly Message[]): boolean {
  return (items[0]?.position ?? 1) > 1;
}
