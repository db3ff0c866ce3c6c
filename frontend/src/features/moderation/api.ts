import type { ModerationSummary } from '@pn/shared';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../lib/http';

export const moderationKeys = {
  all: ['moderation'] as const,
  summary: () => [...moderationKeys.all, 'summary'] as const,
};

/** What waits for the signed-in person's decision, counted by the API where they may decide. */
export const moderationSummaryQuery = queryOptions({
  queryKey: moderationKeys.summary(),
  queryFn: ({ signal }) => http.get<ModerationSummary>('/moderation/summary', { signal }),
});
