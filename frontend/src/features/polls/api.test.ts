import type { Poll, PollUpdate } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { withUpdate } from './api';

const poll: Poll = {
  id: 'p',
  threadId: 't',
  messageId: 'm',
  question: 'Which day?',
  options: [
    { id: 'a', label: 'Tuesday', votes: null, voters: null },
    { id: 'b', label: 'Wednesday', votes: null, voters: null },
  ],
  multiple: false,
  anonymous: false,
  results: 'after-close',
  closesAt: null,
  closedAt: null,
  closed: false,
  resultsVisible: false,
  voterCount: 1,
  createdBy: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  myVote: ['a'],
  mayVote: true,
  mayClose: true,
};

describe('withUpdate', () => {
  it('takes the counts and the closing of a poll:updated event, keeping what only the reader knows', () => {
    const update: PollUpdate = {
      pollId: 'p',
      threadId: 't',
      closed: true,
      closedAt: '2026-01-02T00:00:00.000Z',
      resultsVisible: true,
      voterCount: 3,
      options: [
        { id: 'a', votes: 2 },
        { id: 'b', votes: 1 },
      ],
    };
    const next = withUpdate(poll, update);
    expect(next.options.map((option) => option.votes)).toEqual([2, 1]);
    expect(next).toMatchObject({ closed: true, resultsVisible: true, voterCount: 3, myVote: ['a'] });
    // Closed: nobody votes or closes it any more, whatever the reader could before.
    expect(next).toMatchObject({ mayVote: false, mayClose: false });
  });

  it('keeps counts hidden while the event hides them', () => {
    const next = withUpdate(poll, { ...withUpdateEvent(), resultsVisible: false, voterCount: 2 });
    expect(next.options.map((option) => option.votes)).toEqual([null, null]);
    expect(next).toMatchObject({ voterCount: 2, mayVote: true });
  });
});

function withUpdateEvent(): PollUpdate {
  return {
    pollId: 'p',
    threadId: 't',
    closed: false,
    closedAt: null,
    resultsVisible: false,
    voterCount: 1,
    options: [
      { id: 'a', votes: null },
      { id: 'b', votes: null },
    ],
  };
}
