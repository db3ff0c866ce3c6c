import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchThread } from '../../../lib/socket';
import { discussionKeys, loadEarlierMessages, messagesQuery, threadQuery, typingQuery } from '../api';
import { hasEarlier } from '../messageList';
import { typingNames } from '../typing';

export function useThread(id: string) {
  return useQuery(threadQuery(id));
}

/** The thread's messages (oldest first) and those being sent, and loading the earlier ones. */
export function useThreadMessages(threadId: string) {
  const queryClient = useQueryClient();
  const query = useQuery(messagesQuery(threadId));
  const earlier = useMutation({ mutationFn: () => loadEarlierMessages(queryClient, threadId) });
  return {
    ...query,
    items: query.data?.items ?? [],
    outgoing: query.data?.outgoing ?? [],
    hasEarlier: hasEarlier(query.data?.items ?? []),
    loadEarlier: earlier,
  };
}

/**
 * Keeps the thread's room joined while the page is open, and after each (re)join catches up on what was
 * sent meanwhile (GET …/messages?after=, merged by id). A refused join means the thread is no longer
 * readable: its page reloads and shows why.
 */
export function useThreadLive(threadId: string, enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    return watchThread(threadId, (ok) => {
      if (ok) void queryClient.refetchQueries({ queryKey: discussionKeys.messages(threadId), type: 'active' });
      else void queryClient.invalidateQueries({ queryKey: discussionKeys.thread(threadId) });
    });
  }, [threadId, enabled, queryClient]);
}

/** The names of those typing in the thread now (the socket bridge drops each one after a few seconds). */
export function useTypingNames(threadId: string): string[] {
  const typers = useQuery(typingQuery(threadId)).data;
  return typers ? typingNames(typers) : [];
}
