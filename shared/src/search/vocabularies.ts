/*
 * The search's kinds and limits, apart from its schemas: the header's search box needs these on every page, and
 * a module without zod keeps zod out of the code a visitor's first page downloads.
 */

/** What one search looks through. */
export const SEARCH_KINDS = ['practice', 'evaluation', 'resource', 'message'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SEARCH_LIMITS = {
  queryMax: 300,
  suggestionsMax: 8,
} as const;
