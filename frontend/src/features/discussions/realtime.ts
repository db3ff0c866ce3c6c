import type { Message, ServerToClientEvents } from '@pn/shared';
import type { QueryClient } from '@tanstack/react-query';
import type { AppSocket } from '../../lib/socket';
import { discussionKeys } from './api';
import { addMessages, hasGap, markDeleted, updateKnownMessages, type ThreadMessages } from './messageList';
import { addTyper, pruneTypers, removeTyper, TYPING_SHOW_MS, type Typers } from './typing';

/**
 * Live messages and typing signals into the cache of the threads on screen (threads not loaded here are
 * left alone: they load fresh when opened). Returns the way to stop listening.
 */
export function syncDiscussions(socket: AppSocket, client: QueryClient): () => void {
  const updateMessages = (threadId: string, update: (list: ThreadMessages) => ThreadMessages) => {
    const key = discussionKeys.messages(threadId);
    const list = client.getQueryData<ThreadMessages>(key);
    if (!list) return null;
    const next = update(list);
    if (next !== list) client.setQueryData(key, next);
    return next;
  };
  const updateTypers = (threadId: string, update: (typers: Typers) => Typers) =>
    client.setQueryData<Typers>(discussionKeys.typing(threadId), (typers) => update(typers ?? {}));

  const onNew: ServerToClientEvents['message:new'] = (message: Message) => {
    const next = updateMessages(message.threadId, (list) => addMessages(list, [message]));
    const authorId = message.author?.id;
    if (authorId) updateTypers(message.threadId, (typers) => removeTyper(typers, authorId));
    // A hole in the positions: an event was missed. Catch up from the last message before it.
    if (next && hasGap(next.items)) {
      void client.refetchQueries({ queryKey: discussionKeys.messages(message.threadId), type: 'active' });
    }
  };
  const onUpdated: ServerToClientEvents['message:updated'] = (message) => {
    updateMessages(message.threadId, (list) => updateKnownMessages(list, [message]));
  };
  const onDeleted: ServerToClientEvents['message:deleted'] = ({ id, threadId }) => {
    updateMessages(threadId, (list) => markDeleted(list, id));
  };
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const onTyping: ServerToClientEvents['typing'] = ({ threadId, user }) => {
    updateTypers(threadId, (typers) => addTyper(typers, user, Date.now()));
    const timer = setTimeout(() => {
      timers.delete(timer);
      updateTypers(threadId, (typers) => pruneTypers(typers, Date.now()));
    }, TYPING_SHOW_MS + 100);
    timers.add(timer);
  };

  socket.on('message:new', onNew);
  socket.on('message:updated', onUpdated);
  socket.on('message:deleted', onDeleted);
  socket.on('typing', onTyping);
  return () => {
    socket.off('message:new', onNew);
    socket.off('message:updated', onUpdated);
    socket.off('message:deleted', onDeleted);
    socket.off('typing', onTyping);
    for (const timer of timers) clearTimeout(timer);
  };
}
