import type { EditMessageRequest, FlagMessageRequest, Message, Thread } from '@pn/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { groupKeys } from '../../groups';
import {
  deleteMessage,
  discussionKeys,
  editMessage,
  flagMessage,
  markThreadRead,
  muteThread,
  postMessage,
} from '../api';
import {
  addMessages,
  addOutgoing,
  discardOutgoing,
  EMPTY_THREAD_MESSAGES,
  failOutgoing,
  markDeleted,
  updateKnownMessages,
  type ThreadMessages,
} from '../messageList';

export interface SendRequest {
  /** Made once per message (crypto.randomUUID): a retry sends the same one, and the server stores one message. */
  clientId: string;
  body: string;
  replyTo: Message['replyTo'];
}

function useUpdateMessages(threadId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (update: (list: ThreadMessages) => ThreadMessages) =>
      queryClient.setQueryData<ThreadMessages>(discussionKeys.messages(threadId), (list) =>
        update(list ?? EMPTY_THREAD_MESSAGES),
      ),
    [queryClient, threadId],
  );
}

/**
 * Sends a message: it shows at once as "sending…", as sent when the server has stored it (201, or the
 * live event, whichever comes first), and as "not sent" with a retry if the request failed.
 */
export function usePostMessage(threadId: string) {
  const update = useUpdateMessages(threadId);
  const mutation = useMutation({
    mutationFn: ({ clientId, body, replyTo }: SendRequest) =>
      postMessage(threadId, { clientId, body, ...(replyTo ? { replyToId: replyTo.id } : {}) }),
    onMutate: ({ clientId, body, replyTo }) =>
      update((list) => addOutgoing(list, { clientId, body, replyTo, createdAt: new Date().toISOString() })),
    onSuccess: (message) => update((list) => addMessages(list, [message])),
    onError: (_error, { clientId }) => update((list) => failOutgoing(list, clientId)),
  });
  const discard = (clientId: string) => update((list) => discardOutgoing(list, clientId));
  return { send: mutation.mutate, discard };
}

export function useEditMessage(threadId: string) {
  const update = useUpdateMessages(threadId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: EditMessageRequest }) => editMessage(id, body),
    onSuccess: (message) => update((list) => updateKnownMessages(list, [message])),
  });
}

export function useDeleteMessage(threadId: string) {
  const update = useUpdateMessages(threadId);
  return useMutation({
    mutationFn: (id: string) => deleteMessage(id),
    onSuccess: (_nothing, id) => update((list) => markDeleted(list, id)),
  });
}

export function useFlagMessage() {
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FlagMessageRequest }) => flagMessage(id, body),
  });
}

export function useMuteThread(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (muted: boolean) => muteThread(threadId, muted),
    onSuccess: (_nothing, muted) => {
      queryClient.setQueryData<Thread>(discussionKeys.thread(threadId), (thread) =>
        thread ? { ...thread, muted } : thread,
      );
      void queryClient.invalidateQueries({ queryKey: groupKeys.threadLists() });
    },
  });
}

/**
 * Moves the reader's position to the newest message they have seen, forward only and once per message;
 * the unread counts of the thread and its group are then stale.
 */
export function useMarkRead(threadId: string) {
  const queryClient = useQueryClient();
  const lastMarked = useRef(0);
  const mutation = useMutation({
    mutationFn: (message: Message) => markThreadRead(threadId, message.id),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: groupKeys.threadLists() }),
        queryClient.invalidateQueries({ queryKey: groupKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: groupKeys.details() }),
      ]),
    onError: () => {
      lastMarked.current = 0;
    },
  });
  const { mutate } = mutation;
  return useCallback(
    (message: Message) => {
      if (message.position <= lastMarked.current) return;
      lastMarked.current = message.position;
      mutate(message);
    },
    [mutate],
  );
}
