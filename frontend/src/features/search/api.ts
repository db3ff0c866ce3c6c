import { SEARCH_LIMITS, type SearchResults, type SearchSuggestion } from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { Message } from '../../i18n/types';
import { http, isApiError, withQuery } from '../../lib/http';
import { errorMessage, knownTextMessage, splitFieldMessage } from '../../lib/messages';
import type { SearchState } from './searchState';

/** Suggestions start at this many characters: one letter matches too much to help. */
export const SUGGEST_MIN_LENGTH = 2;
export const SEARCH_PAGE_SIZE = 20;

/**
 * Results depend on who asks; signing in or out empties the cache of everything but the session, so the
 * keys need not name the user.
 */
export const searchKeys = {
  all: ['search'] as const,
  results: (state: SearchState) => [...searchKeys.all, 'results', state] as const,
  suggestions: (q: string) => [...searchKeys.all, 'suggest', q] as const,
};

export const searchResultsQuery = (state: SearchState) =>
  infiniteQueryOptions({
    queryKey: searchKeys.results(state),
    queryFn: ({ pageParam, signal }) =>
      http.get<SearchResults>(withQuery('/search', { ...state, limit: SEARCH_PAGE_SIZE, cursor: pageParam }), {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const suggestionsQuery = (q: string) =>
  queryOptions({
    queryKey: searchKeys.suggestions(q),
    queryFn: ({ signal }) => http.get<SearchSuggestion[]>(withQuery('/search/suggest', { q }), { signal }),
    // Typing back and forth asks again for the same words: a short memory spares those requests.
    staleTime: 30_000,
  });

/** Whether the box's text is worth asking suggestions for. */
export function canSuggest(q: string): boolean {
  const length = q.trim().length;
  return length >= SUGGEST_MIN_LENGTH && length <= SEARCH_LIMITS.queryMax;
}

/**
 * What to tell the reader when a search fails. A 400 is about the words (the API names `q`): its own text is
 * shown, translated when it is one of the shared schemas' messages.
 */
export function searchProblem(error: unknown): Message {
  if (isApiError(error) && error.status === 400 && error.messages[0]) {
    const { text } = splitFieldMessage(error.messages[0]);
    return knownTextMessage(text) ?? { text: error.messages[0] };
  }
  return errorMessage(error);
}
