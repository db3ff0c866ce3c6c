import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { canSuggest, searchResultsQuery, suggestionsQuery } from '../api';
import type { SearchState } from '../searchState';
import { usePagedQuery } from '../../../lib/usePagedQuery';

/**
 * The results of a search, page by page. The previous results stay on screen while a narrower search loads;
 * `total`, `facets`, `fuzzy` and `capped` come from the first page (they describe the whole result, not a page).
 */
export function useSearchResults(state: SearchState) {
  const query = usePagedQuery({
    ...searchResultsQuery(state),
    enabled: state.q !== '',
    placeholderData: keepPreviousData,
  });
  const first = query.data?.pages[0];
  return {
    ...query,
    total: first?.total ?? 0,
    facets: first?.facets ?? null,
    fuzzy: first?.fuzzy ?? false,
    capped: first?.capped ?? false,
  };
}

/** Up to eight titles for the words typed so far; the last list stays while the next one loads. */
export function useSuggestions(q: string) {
  const trimmed = q.trim();
  const enabled = canSuggest(trimmed);
  const query = useQuery({ ...suggestionsQuery(trimmed), enabled, placeholderData: keepPreviousData });
  return { ...query, suggestions: enabled ? (query.data ?? []) : [] };
}
