import type { Author } from '../discussions/types';
import type { PollResultsMode } from './schemas';

export interface PollOption {
  id: string;
  label: string;
  /** How many chose it; null while the results are hidden (`after-close` before closing). */
  votes: number | null;
  /**
   * Who chose it, for the group's members in a named poll once results show; null otherwise, and always
   * null in an anonymous poll.
   */
  voters: Author[] | null;
}

export interface Poll {
  id: string;
  threadId: string;
  /** The message of the thread that carries the poll. */
  messageId: string;
  question: string;
  options: PollOption[];
  multiple: boolean;
  anonymous: boolean;
  results: PollResultsMode;
  closesAt: string | null;
  /** When it was closed early, or when its closing time passed; null while it is open. */
  closedAt: string | null;
  closed: boolean;
  /** Whether `votes` are shown: always for `live`, after closing for `after-close`. */
  resultsVisible: boolean;
  /** How many people have voted: shown even while the counts are hidden. */
  voterCount: number;
  createdBy: Author | null;
  createdAt: string;
  /** The caller's own choice (option ids), or null when they have not voted or are not signed in. */
  myVote: string[] | null;
  /** Whether the caller may vote (or change their vote) now. */
  mayVote: boolean;
  /** Whether the caller may close it early: its author and the group's coordinators, while it is open. */
  mayClose: boolean;
}

/**
 * `poll:updated`, to everyone reading the thread: what every reader may see alike. Never who voted: a
 * named poll's voters are fetched with `GET /api/polls/:id` by those who may see them.
 */
export interface PollUpdate {
  pollId: string;
  threadId: string;
  closed: boolean;
  closedAt: string | null;
  resultsVisible: boolean;
  voterCount: number;
  /** Counts per option, null while hidden. */
  options: Array<{ id: string; votes: number | null }>;
}

/** A person's polls in their account export: those they made, and their votes (anonymous polls too). */
export interface ExportedPolls {
  created: Array<{
    id: string;
    threadId: string;
    question: string;
    options: string[];
    multiple: boolean;
    anonymous: boolean;
    results: string;
    closesAt: string | null;
    closedAt: string | null;
    createdAt: string;
  }>;
  votes: Array<{ pollId: string; threadId: string; question: string; chosen: string[]; votedAt: string }>;
}
