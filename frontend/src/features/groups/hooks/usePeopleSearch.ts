import { memberSearchQuerySchema } from '@pn/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { peopleSearchQuery } from '../api';

// Apart from the other hooks of groups: the schema brings zod, which the pages that list groups do not need.
/**
 * People to add to a group, for the text typed: searched only once it is long enough for the API (at least
 * 2 characters). Pass a debounced value. The previous results stay shown while the next ones load.
 */
export function usePeopleSearch(text: string, enabled: boolean) {
  const parsed = memberSearchQuerySchema.shape.q.safeParse(text);
  const q = parsed.success ? parsed.data : '';
  const searchable = enabled && parsed.success;
  const query = useQuery({ ...peopleSearchQuery(q), enabled: searchable, placeholderData: keepPreviousData });
  return { ...query, searchable };
}
