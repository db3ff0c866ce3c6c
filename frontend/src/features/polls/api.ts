import type { CreatePollRequest, Poll, PollUpdate } from '@pn/shared';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../lib/http';

export const pollKeys = {
  all: ['polls'] as const,
  detail: (id: string) => [...pollKeys.all, id] as const,
};

const pollPath = (id: string) => `/polls/${encodeURIComponent(id)}`;

export const pollQuery = (id: string) =>
  queryOptions({
    queryKey: pollKeys.detail(id),
    queryFn: ({ signal }) => http.get<Poll>(pollPath(id), { signal }),
  });

export const createPoll = (threadId: string, body: CreatePollRequest) =>
  http.post<Poll>(`/threads/${encodeURIComponent(threadId)}/polls`, body);
export const votePoll = (id: string, optionIds: string[]) => http.post<Poll>(`${pollPath(id)}/votes`, { optionIds });
export const closePoll = (id: string) => http.post<Poll>(`${pollPath(id)}/close`, {});

/** A poll with the counts of a `poll:updated` event: what every reader sees alike (voters are refetched). */
export function withUpdate(poll: Poll, update: PollUpdate): Poll {
  const votes = new Map(update.options.map((option) => [option.id, option.votes]));
  return {
    ...poll,
    closed: update.closed,
    closedAt: update.closedAt,
    resultsVisible: update.resultsVisible,
    voterCount: update.voterCount,
    mayVote: poll.mayVote && !update.closed,
    mayClose: poll.mayClose && !update.closed,
    options: poll.options.map((option) => ({
      ...option,
      votes: votes.has(option.id) ? votes.get(option.id)! : option.votes,
    })),
  };
}
