import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { authorSchema } from '../discussions/responses';
import { POLL_RESULTS } from './schemas';
import type { ExportedPolls, Poll, PollOption, PollUpdate } from './types';

export const pollOptionSchema = responseObject({
  id: responseId,
  label: responseText,
  votes: z.number().int().nullable(),
  voters: z.array(authorSchema).nullable(),
});

export const pollSchema = responseObject({
  id: responseId,
  threadId: responseId,
  messageId: responseId,
  question: responseText,
  options: z.array(pollOptionSchema),
  multiple: z.boolean(),
  anonymous: z.boolean(),
  results: z.enum(POLL_RESULTS),
  closesAt: responseTime.nullable(),
  closedAt: responseTime.nullable(),
  closed: z.boolean(),
  resultsVisible: z.boolean(),
  voterCount: z.number().int(),
  createdBy: authorSchema.nullable(),
  createdAt: responseTime,
  myVote: z.array(responseId).nullable(),
  mayVote: z.boolean(),
  mayClose: z.boolean(),
});

export const pollUpdateSchema = responseObject({
  pollId: responseId,
  threadId: responseId,
  closed: z.boolean(),
  closedAt: responseTime.nullable(),
  resultsVisible: z.boolean(),
  voterCount: z.number().int(),
  options: z.array(responseObject({ id: responseId, votes: z.number().int().nullable() })),
});

export const exportedPollsSchema = responseObject({
  created: z.array(
    responseObject({
      id: responseId,
      threadId: responseId,
      question: responseText,
      options: z.array(responseText),
      multiple: z.boolean(),
      anonymous: z.boolean(),
      results: responseText,
      closesAt: responseTime.nullable(),
      closedAt: responseTime.nullable(),
      createdAt: responseTime,
    }),
  ),
  votes: z.array(
    responseObject({
      pollId: responseId,
      threadId: responseId,
      question: responseText,
      chosen: z.array(responseText),
      votedAt: responseTime,
    }),
  ),
});

export type PollResponseChecks = [
  Proves<SameShape<z.output<typeof exportedPollsSchema>, ExportedPolls>>,
  Proves<SameShape<z.output<typeof pollOptionSchema>, PollOption>>,
  Proves<SameShape<z.output<typeof pollSchema>, Poll>>,
  Proves<SameShape<z.output<typeof pollUpdateSchema>, PollUpdate>>,
];
