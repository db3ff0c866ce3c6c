import { z } from 'zod';
import { countryCode, languageCode, opaqueText, searchText } from '../common/fields';
import { LIMITS } from '../common/limits';
import { RATING_DIRECTIONS } from '../evaluations/vocabularies';
import { TARGET_GROUPS } from '../practices/vocabularies';
import { RESOURCE_TYPES } from '../resources/vocabularies';
import { SEARCH_KINDS, SEARCH_LIMITS } from './vocabularies';

const query = searchText(SEARCH_LIMITS.queryMax, 1);

/**
 * `q` is web-search syntax: words (all must match, stemmed in each document's language), "a phrase",
 * `-word` to exclude, `or`; a word ending in `*` matches as a prefix.
 */
export const searchQuerySchema = z.object({
  q: query,
  kind: z.enum(SEARCH_KINDS).optional(),
  /** A resource's type. */
  type: z.enum(RESOURCE_TYPES).optional(),
  language: languageCode.optional(),
  country: countryCode.optional(),
  targetGroup: z.enum(TARGET_GROUPS).optional(),
  /** Practices (and their evaluations) with at least one outcome rated so. */
  rating: z.enum(RATING_DIRECTIONS).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageMax).default(LIMITS.pageDefault),
  cursor: opaqueText(200).optional(),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

export const suggestQuerySchema = z.object({ q: query });
