import {
  COUNTRY_CODES,
  LANGUAGE_CODES,
  RATING_DIRECTIONS,
  RESOURCE_TYPES,
  SEARCH_KINDS,
  TARGET_GROUPS,
  type RatingDirection,
  type ResourceType,
  type SearchKind,
  type TargetGroup,
} from '@pn/shared';

/** The filters of a search, each one facet of the results. */
export interface SearchFilters {
  kind?: SearchKind;
  type?: ResourceType;
  language?: string;
  country?: string;
  targetGroup?: TargetGroup;
  rating?: RatingDirection;
}

export type FacetName = keyof SearchFilters;

/** The facets in the order the page shows them. */
export const FACET_NAMES = [
  'kind',
  'type',
  'language',
  'country',
  'targetGroup',
  'rating',
] as const satisfies readonly FacetName[];

/** Everything a results page shows; all of it lives in the page's address, so that it can be shared. */
export interface SearchState extends SearchFilters {
  q: string;
}

const pick = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined =>
  value != null && (list as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * Reads a search from the address. Filters outside the vocabularies are dropped; `q` is only trimmed, not
 * cut, so that a query the API refuses is shown with the API's own message rather than silently changed.
 */
export function parseSearchState(params: URLSearchParams): SearchState {
  const state: SearchState = {
    q: params.get('q')?.trim() ?? '',
    kind: pick(SEARCH_KINDS, params.get('kind')),
    type: pick(RESOURCE_TYPES, params.get('type')),
    language: pick(LANGUAGE_CODES, params.get('language')?.toLowerCase()),
    country: pick(COUNTRY_CODES, params.get('country')?.toUpperCase()),
    targetGroup: pick(TARGET_GROUPS, params.get('targetGroup')),
    rating: pick(RATING_DIRECTIONS, params.get('rating')),
  };
  // Only what is set, so that equal searches make equal query keys.
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== undefined)) as SearchState;
}

/** The address's parameters for a search (the inverse of `parseSearchState`), in a fixed order. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const name of FACET_NAMES) {
    const value = state[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** The results page's address for a search. */
export function searchPath(state: SearchState): string {
  const query = searchStateToParams(state).toString();
  return query ? `/search?${query}` : '/search';
}

/** The same search with one facet chosen, or cleared when `value` is undefined. */
export function withFilter(state: SearchState, name: FacetName, value: string | undefined): SearchState {
  const next: SearchState = { ...state };
  if (value === undefined) delete next[name];
  else (next as Record<FacetName, string>)[name] = value;
  return next;
}

/** The same words with no facet chosen. */
export function withoutFilters(state: SearchState): SearchState {
  return { q: state.q };
}

export function hasFilters(state: SearchState): boolean {
  return FACET_NAMES.some((name) => state[name] !== undefined);
}
