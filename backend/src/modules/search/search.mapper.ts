import type { FacetCount, SearchFacets, SearchHit, SearchKind, SearchSuggestion, SearchTarget } from '@pn/shared';
import { slugOf } from '../practices/slug';
import { toHighlights } from './highlights';

/** A hit of the search statement (search-sql.ts), as JSON. */
export interface HitRow {
  rank: number;
  id: string;
  kind: SearchKind;
  title: string;
  language: string;
  created_at: string;
  target: Record<string, string | number>;
  snippet: string;
}

export interface FacetRow {
  facet: keyof SearchFacets | 'total';
  value: string;
  count: number;
}

/** The one row of the search statement. */
export interface SearchRow {
  hits: HitRow[];
  facets: FacetRow[];
}

/** Where a hit leads, from the ids its document keeps. */
export function toTarget(kind: SearchKind, title: string, target: Record<string, string | number>): SearchTarget {
  const text = (key: string) => String(target[key]);
  switch (kind) {
    case 'practice':
      return { kind, practiceId: text('practiceId'), slug: slugOf(title) };
    case 'evaluation':
      return { kind, practiceId: text('practiceId'), evaluationId: text('evaluationId') };
    case 'resource':
      return { kind, resourceId: text('resourceId') };
    case 'message':
      return {
        kind,
        threadId: text('threadId'),
        messageId: text('messageId'),
        position: Number(target.position),
        groupSlug: text('groupSlug'),
      };
  }
}

export function toHit(row: HitRow, fuzzy: boolean): SearchHit {
  const { snippet, highlights } = fuzzy ? { snippet: row.snippet, highlights: [] } : toHighlights(row.snippet);
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    snippet,
    highlights,
    language: row.language,
    rank: Number(row.rank),
    createdAt: new Date(row.created_at).toISOString(),
    target: toTarget(row.kind, row.title, row.target),
  };
}

export const FACET_NAMES = ['kind', 'type', 'language', 'country', 'targetGroup', 'rating'] as const;
/** The most frequent values of a facet are shown; the long tail of countries and languages is not. */
const FACET_VALUES_MAX = 30;

export function toFacets(rows: FacetRow[]): { total: number; facets: SearchFacets } {
  const facets = Object.fromEntries(FACET_NAMES.map((name) => [name, [] as FacetCount[]])) as unknown as SearchFacets;
  let total = 0;
  for (const row of rows) {
    if (row.facet === 'total') total = Number(row.count);
    else facets[row.facet]?.push({ value: row.value, count: Number(row.count) });
  }
  for (const name of FACET_NAMES) {
    facets[name] = facets[name]
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, FACET_VALUES_MAX);
  }
  return { total, facets };
}

export function toSuggestion(row: {
  kind: SearchKind;
  title: string;
  target: Record<string, string | number>;
}): SearchSuggestion {
  return { kind: row.kind, title: row.title, target: toTarget(row.kind, row.title, row.target) };
}
