import { z } from 'zod';
import { responseObject, type Proves, type SameShape } from '../common/responses';
import { groupRefSchema } from '../groups/responses';
import type { GroupModerationCounts, ModerationSummary } from './types';

const count = z.number().int().min(0);

export const groupModerationCountsSchema = responseObject({
  group: groupRefSchema,
  joinRequests: count,
  flags: count,
});

export const moderationSummarySchema = responseObject({
  total: count,
  groups: z.array(groupModerationCountsSchema),
  applications: count.nullable(),
  curation: count.nullable(),
});

export type ModerationResponseChecks = [
  Proves<SameShape<z.output<typeof groupModerationCountsSchema>, GroupModerationCounts>>,
  Proves<SameShape<z.output<typeof moderationSummarySchema>, ModerationSummary>>,
];
