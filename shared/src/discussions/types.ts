export interface Author {
  id: string;
  displayName: string;
}

export interface Thread {
  id: string;
  groupId: string;
  groupSlug: string;
  title: string;
  body: string;
  author: Author | null;
  announcement: boolean;
  /** Pinned by a group coordinator: listed first in the group. */
  pinned: boolean;
  pinnedAt: string | null;
  messageCount: number;
  lastMessageAt: string;
  createdAt: string;
  /** For active members of the group. */
  unreadCount?: number;
  muted?: boolean;
}

export interface Message {
  id: string;
  threadId: string;
  /** Position in the thread, from 1: the order every reader sees. */
  position: number;
  clientId: string;
  /** Markdown. Empty when deleted or hidden. */
  body: string;
  author: Author | null;
  replyTo: { id: string; author: Author | null; excerpt: string } | null;
  mentions: string[];
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  hidden: boolean;
  /** The poll the message carries (its body is then the poll's question); absent on other messages. */
  pollId?: string;
}

export interface MessageFlag {
  id: string;
  message: Message;
  threadTitle: string;
  reason: string;
  flaggedBy: Author | null;
  createdAt: string;
}
