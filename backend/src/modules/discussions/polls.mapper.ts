import type { Poll, PollUpdate } from '@pn/shared';
import { toAuthor, type AuthorFacts } from '../users/author.mapper';
import { resultsVisible } from './polls.policy';
import type { PollRow, PollTally } from './polls.repository';

/** What the caller may do and see of a poll, decided by its rules. */
export interface PollViewing {
  /** Who chose each option, when the caller may see it; null otherwise. */
  voters: Map<string, AuthorFacts[]> | null;
  mayVote: boolean;
  mayClose: boolean;
}

/** A poll as its caller may see it: counts hidden while they must be, voters only as `viewing` gives them. */
export function toPoll(poll: PollRow, tally: PollTally, viewing: PollViewing): Poll {
  const visible = resultsVisible(poll);
  return {
    id: poll.id,
    threadId: poll.threadId,
    messageId: poll.messageId,
    question: poll.question,
    options: tally.options.map((option) => ({
      id: option.id,
      label: option.label,
      votes: visible ? option.votes : null,
      voters: viewing.voters ? (viewing.voters.get(option.id) ?? []).map((voter) => toAuthor(voter)!) : null,
    })),
    multiple: poll.multiple,
    anonymous: poll.anonymous,
    results: poll.results,
    closesAt: poll.closesAt?.toISOString() ?? null,
    closedAt: poll.closedAt?.toISOString() ?? null,
    closed: poll.closed,
    resultsVisible: visible,
    voterCount: tally.voterCount,
    createdBy: toAuthor(poll.creator),
    createdAt: poll.createdAt.toISOString(),
    myVote: tally.myVote,
    mayVote: viewing.mayVote,
    mayClose: viewing.mayClose,
  };
}

/** The `poll:updated` event: what every reader of the thread may see alike, never who voted. */
export function toPollUpdate(poll: PollRow, tally: PollTally): PollUpdate {
  const visible = resultsVisible(poll);
  return {
    pollId: poll.id,
    threadId: poll.threadId,
    closed: poll.closed,
    closedAt: poll.closedAt?.toISOString() ?? null,
    resultsVisible: visible,
    voterCount: tally.voterCount,
    options: tally.options.map((option) => ({ id: option.id, votes: visible ? option.votes : null })),
  };
}
