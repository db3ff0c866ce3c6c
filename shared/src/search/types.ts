import type { Page } from '../common/pagination';
import type { SearchKind } from './vocabularies';

/** Where a hit leads in the interface. */
export type SearchTarget =
  | { kind: 'practice'; practiceId: string; slug: string }
  | { kind: 'evaluation'; practiceId: string; evaluationId: string }
  | { kind: 'resource'; resourceId: string }
  | { kind: 'message'; threadId: string; messageId: string; position: number; groupSlug: string };

export interface SearchHit {
  id: string;
  kind: SearchKind;
  title: string;
  /**
   * A passage around the matches, plain text; `highlights` are the [start, end) character offsets of the
   * matched words in it, so that the client marks them up without ever reading markup from the server.
   */
  snippet: string;
  highlights: Array<[number, number]>;
  language: string;
  rank: number;
  createdAt: string;
  target: SearchTarget;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** Counts over every result the caller may read (not only this page), per facet, filters applied. */
export interface SearchFacets {
  kind: FacetCount[];
  type: FacetCount[];
  language: FacetCount[];
  country: FacetCount[];
  targetGroup: FacetCount[];
  rating: FacetCount[];
}

export interface SearchResults extends Page<SearchHit> {
  total: number;
  facets: SearchFacets;
  /** When nothing matched exactly and a short query was matched by similarity (typo tolerance). */
  fuzzy: boolean;
  /**
   * More matched than are ranked and counted: results and facets are about the newest 1,000 matches the
   * caller may read, and `total` is that many ("1,000+").
   */
  capped: boolean;
}

export interface SearchSuggestion {
  kind: SearchKind;
  title: string;
  target: SearchTarget;
}
