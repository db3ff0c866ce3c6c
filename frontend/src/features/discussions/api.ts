import {
  DISCUSSION_LIMITS,
  type EditMessageRequest,
  type FlagMessageRequest,
  type Message,
  type Page,
  type PostMessageRequest,
  type Thread,
} from '@pn/shared';
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';
import {
  addMessages,
  EMPTY_THREAD_MESSAGES,
  lastContiguousMessage,
  updateKnownMessages,
  type ThreadMessages,
} from './messageList';
import { EMPTY_TYPERS, type Typers } from './typing';

export const discussionKeys = {
  all: ['discussions'] as const,
  threads: () => [...discussionKeys.all, 'thread'] as const,
  thread: (id: string) => [...discussionKeys.threads(), id] as const,
  messages: (threadId: string) => [...discussionKeys.all, 'messages', threadId] as const,
  typing: (threadId: string) => [...discussionKeys.all, 'typing', threadId] as const,
};

/** Messages shown when a thread opens, and added by each "load earlier". */
export const MESSAGES_PAGE_SIZE = 50;
/** Catching up asks for as many as the API gives at once. */
const CATCH_UP_PAGE_SIZE = DISCUSSION_LIMITS.messagesPageMax;
/** A safety stop for catching up after a very long absence; live events fill in the rest. */
const CATCH_UP_MAX_PAGES = 50;

const threadPath = (id: string) => `/threads/${encodeURIComponent(id)}`;
const messagePath = (id: string) => `/messages/${encodeURIComponent(id)}`;

export const threadQuery = (id: string) =>
  queryOptions({
    queryKey: discussionKeys.thread(id),
    queryFn: ({ signal }) => http.get<Thread>(threadPath(id), { signal }),
  });

interface MessagesParams {
  after?: string;
  before?: string;
  limit: number;
}

function fetchMessages(threadId: string, params: MessagesParams, signal?: AbortSignal): Promise<Page<Message>> {
  return http.get<Page<Message>>(withQuery(`${threadPath(threadId)}/messages`, { ...params }), { signal });
}

/** Every message after `afterId`, in order: what was missed while away. */
async function fetchAfter(threadId: string, afterId: string, signal?: AbortSignal): Promise<Message[]> {
  const items: Message[] = [];
  let cursor: string | null = afterId;
  for (let page = 0; cursor && page < CATCH_UP_MAX_PAGES; page += 1) {
    const result = await fetchMessages(threadId, { after: cursor, limit: CATCH_UP_PAGE_SIZE }, signal);
    items.push(...result.items);
    cursor = result.items.length > 0 ? result.nextCursor : null;
  }
  return items;
}

/**
 * Loads a thread's messages into the cache. The first time, the newest page. Afterwards (a refetch, a
 * reconnect, a hole noticed in the positions) it catches up from the last message up to which nothing is
 * missing, and refreshes the newest page's edits and deletions; what is already cached (older pages,
 * messages being sent, events that arrived meanwhile) is kept, since the result is merged into the cache
 * as it is when the answers are in.
 */
export async function loadMessages(client: QueryClient, threadId: string, signal?: AbortSignal) {
  const key = discussionKeys.messages(threadId);
  const cached = client.getQueryData<ThreadMessages>(key);
  const from = cached ? lastContiguousMessage(cached.items) : undefined;
  if (!from) {
    const newest = await fetchMessages(threadId, { limit: MESSAGES_PAGE_SIZE }, signal);
    return addMessages(client.getQueryData<ThreadMessages>(key) ?? EMPTY_THREAD_MESSAGES, newest.items);
  }
  const missed = await fetchAfter(threadId, from.id, signal);
  const newest = await fetchMessages(threadId, { limit: MESSAGES_PAGE_SIZE }, signal);
  const current = client.getQueryData<ThreadMessages>(key) ?? EMPTY_THREAD_MESSAGES;
  return updateKnownMessages(addMessages(current, missed), newest.items);
}

export const messagesQuery = (threadId: string) =>
  queryOptions({
    queryKey: discussionKeys.messages(threadId),
    queryFn: ({ client, signal }) => loadMessages(client, threadId, signal),
  });

/** Adds the page of messages just before the first one shown. */
export async function loadEarlierMessages(client: QueryClient, threadId: string): Promise<void> {
  const key = discussionKeys.messages(threadId);
  const first = client.getQueryData<ThreadMessages>(key)?.items[0];
  if (!first || first.position <= 1) return;
  const page = await fetchMessages(threadId, { before: first.id, limit: MESSAGES_PAGE_SIZE });
  client.setQueryData<ThreadMessages>(key, (data) => addMessages(data ?? EMPTY_THREAD_MESSAGES, page.items));
}

/** Who is typing in a thread: filled only by socket events, never fetched. */
export const typingQuery = (threadId: string) =>
  queryOptions({
    queryKey: discussionKeys.typing(threadId),
    queryFn: () => EMPTY_TYPERS as Typers,
    staleTime: Infinity,
  });

export const postMessage = (threadId: string, body: PostMessageRequest) =>
  http.post<Message>(`${threadPath(threadId)}/messages`, body);
export const editMessage = (id: string, body: EditMessageRequest) => http.patch<Message>(messagePath(id), body);
export const deleteMessage = (id: string) => http.delete(messagePath(id));
export const flagMessage = (id: string, body: FlagMessageRequest) => http.post<void>(`${messagePath(id)}/flag`, body);
export const markThreadRead = (threadId: string, messageId: string) =>
  http.post<void>(`${threadPath(threadId)}/read`, { messageId });
export const muteThread = (threadId: string, muted: boolean) =>
  http.put<void>(`${threadPath(threadId)}/mute`, { muted });
