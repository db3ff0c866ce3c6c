import { z } from 'zod';
import { responseText, responseTime } from '../common/fields';
import { responseId, responseObject, type Proves, type SameShape } from '../common/responses';
import { SEARCH_KINDS } from './vocabularies';
import type { FacetCount, SearchFacets, SearchHit, SearchResults, SearchSuggestion, SearchTarget } from './types';

export const searchTargetSchema = z.discriminatedUnion('kind', [
  responseObject({ kind: z.literal('practice'), practiceId: responseId, slug: responseText }),
  responseObject({ kind: z.literal('evaluation'), practiceId: responseId, evaluationId: responseId }),
  responseObject({ kind: z.literal('resource'), resourceId: responseId }),
  responseObject({
    kind: z.literal('message'),
    threadId: responseId,
    messageId: responseId,
    position: z.number().int(),
    groupSlug: responseText,
  }),
]);

export const searchHitSchema = responseObject({
  id: responseId,
  kind: z.enum(SEARCH_KINDS),
  title: responseText,
  snippet: responseText,
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
  language: responseText,
  rank: z.number(),
  createdAt: responseTime,
  target: searchTargetSchema,
});

export const facetCountSchema = responseObject({ value: responseText, count: z.number().int() });

export const searchFacetsSchema = responseObject({
  kind: z.array(facetCountSchema),
  type: z.array(facetCountSchema),
  language: z.array(facetCountSchema),
  country: z.array(facetCountSchema),
  targetGroup: z.array(facetCountSchema),
  rating: z.array(facetCountSchema),
});

export const searchResultsSchema = responseObject({
  items: z.array(searchHitSchema),
  nextCursor: responseText.nullable(),
  total: z.number().int(),
  facets: searchFacetsSchema,
  fuzzy: z.boolean(),
  capped: z.boolean(),
});

export const searchSuggestionSchema = responseObject({
  kind: z.enum(SEARCH_KINDS),
  title: responseText,
  target: searchTargetSchema,
});

export type SearchResponseChecks = [
  Proves<SameShape<z.output<typeof searchTargetSchema>, SearchTarget>>,
  Proves<SameShape<z.output<typeof searchHitSchema>, SearchHit>>,
  Proves<SameShape<z.output<typeof facetCountSchema>, FacetCount>>,
  Proves<SameShape<z.output<typeof searchFacetsSchema>, SearchFacets>>,
  Proves<SameShape<z.output<typeof searchResultsSchema>, SearchResults>>,
  Proves<SameShape<z.output<typeof searchSuggestionSchema>, SearchSuggestion>>,
];
