import type { CreatePollRequest, Poll } from '@pn/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { closePoll, createPoll, pollKeys, pollQuery, votePoll } from './api';

export const usePoll = (id: string) => useQuery(pollQuery(id));

export function useCreatePoll(threadId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePollRequest) => createPoll(threadId, body),
    onSuccess: (poll) => client.setQueryData<Poll>(pollKeys.detail(poll.id), poll),
  });
}

export function useVote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (optionIds: string[]) => votePoll(id, optionIds),
    onSuccess: (poll) => client.setQueryData<Poll>(pollKeys.detail(id), poll),
  });
}

export function useClosePoll(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => closePoll(id),
    onSuccess: (poll) => client.setQueryData<Poll>(pollKeys.detail(id), poll),
  });
}
