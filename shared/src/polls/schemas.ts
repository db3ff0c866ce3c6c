import { z } from 'zod';
import { text, textLine, uuid } from '../common/fields';

export const POLL_LIMITS = {
  questionMax: 300,
  optionMax: 200,
  optionsMin: 2,
  optionsMax: 20,
  /** How far ahead a poll may close: a year, so that a forgotten poll does not stay open for ever. */
  closesWithinDays: 366,
} as const;

export const POLL_RESULTS = ['live', 'after-close'] as const;
export type PollResultsMode = (typeof POLL_RESULTS)[number];

/** Options that differ only in case or spacing would split one choice in two. */
const sameOption = (option: string) => option.replace(/\s+/g, ' ').toLocaleLowerCase();

export const createPollSchema = z.strictObject({
  question: textLine(POLL_LIMITS.questionMax),
  options: z
    .array(textLine(POLL_LIMITS.optionMax))
    .min(POLL_LIMITS.optionsMin, `must have at least ${POLL_LIMITS.optionsMin} options`)
    .max(POLL_LIMITS.optionsMax, `must have at most ${POLL_LIMITS.optionsMax} options`)
    .refine((options) => new Set(options.map(sameOption)).size === options.length, 'must all differ'),
  multiple: z.boolean(),
  /** When voting ends by itself; in the future when the poll is made. */
  closesAt: text()
    .trim()
    .pipe(z.iso.datetime({ offset: true, error: 'must be an ISO 8601 time' }))
    .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
    .refine(
      (value) => Date.parse(value) <= Date.now() + POLL_LIMITS.closesWithinDays * 86_400_000,
      `must be within ${POLL_LIMITS.closesWithinDays} days`,
    )
    .optional(),
  /** Nobody, not even the poll's author, ever sees who voted what. */
  anonymous: z.boolean(),
  /** `after-close`: nobody sees the counts (only how many have voted) until the poll closes. */
  results: z.enum(POLL_RESULTS),
  /** Made by the client once per poll, as a message's: a retry with the same id makes no second poll. */
  clientId: uuid.optional(),
});
export type CreatePollRequest = z.input<typeof createPollSchema>;

export const votePollSchema = z.strictObject({
  /** The chosen options: exactly one in a single-choice poll. A new vote replaces the previous one. */
  optionIds: z
    .array(uuid)
    .min(1, 'must choose at least one option')
    .max(POLL_LIMITS.optionsMax, `must have at most ${POLL_LIMITS.optionsMax} options`)
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, 'must not repeat an option'),
});
export type VotePollRequest = z.input<typeof votePollSchema>;
