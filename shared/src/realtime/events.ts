import type { Message } from '../discussions/types';
import type { Notification } from '../notifications/types';
import type { PollUpdate } from '../polls/types';

/** Client to server. */
export interface ClientToServerEvents {
  'thread:join': (payload: { threadId: string }, ack?: (result: { ok: boolean; error?: string }) => void) => void;
  'thread:leave': (payload: { threadId: string }) => void;
  typing: (payload: { threadId: string }) => void;
}

/** Server to client. */
export interface ServerToClientEvents {
  'message:new': (message: Message) => void;
  'message:updated': (message: Message) => void;
  'message:deleted': (payload: { id: string; threadId: string }) => void;
  typing: (payload: { threadId: string; user: { id: string; displayName: string } }) => void;
  'notification:new': (notification: Notification) => void;
  /** Something happened in a group the user belongs to (a message, a thread): refetch its unread counts. */
  'group:activity': (payload: { groupId: string; threadId: string }) => void;
  /** A poll of the thread got a vote or closed: its counts as every reader may see them. */
  'poll:updated': (update: PollUpdate) => void;
}
