import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SEARCH_LIMITS,
  type searchQuerySchema,
  type SearchResults,
  type SearchSuggestion,
  type suggestQuerySchema,
} from '@pn/shared';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import type { Viewer } from '../../common/viewer';
import { decodeCursor, encodeCursor } from './search-cursor';
import { parseQuery } from './search-query';
import { audienceOf, CANDIDATES_MAX, type SearchSqlInput } from './search-sql';
import { toFacets, toHit, toSuggestion } from './search.mapper';
import { searchRepository as search } from './search.repository';

type SearchQuery = z.output<typeof searchQuerySchema>;

/** Typo tolerance is for short queries: one or two words, of which at least three letters. */
const FUZZY_WORDS_MAX = 2;
const FUZZY_LETTERS_MIN = 3;

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One search over everything the viewer may read: the query is read first (in every language), then one
   * statement gives the page and the counts over the same match, permission rule and filters. A short query
   * that finds nothing is tried again by similarity of titles (`fuzzy`).
   */
  async search(viewer: Viewer, query: SearchQuery): Promise<SearchResults> {
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const parsed = parseQuery(query.q);
    const input: SearchSqlInput = {
      query: parsed,
      audience: audienceOf(viewer),
      filters: query,
      mode: cursor?.fuzzy ? 'fuzzy' : 'text',
      limit: query.limit,
      after: cursor ? { rank: cursor.rank, id: cursor.id } : undefined,
      asOf: cursor?.asOf ?? new Date(),
    };
    let results = input.mode === 'fuzzy' ? await this.run(input) : await this.runText(input);
    const short =
      parsed.plainWords.length > 0 &&
      parsed.plainWords.length <= FUZZY_WORDS_MAX &&
      parsed.plainWords.join('').length >= FUZZY_LETTERS_MIN;
    if (!cursor && results.total === 0 && short) results = await this.run({ ...input, mode: 'fuzzy' });
    return results;
  }

  /** Titles for the search box as the user types; as permission-filtered as a search. */
  async suggest(viewer: Viewer, query: z.output<typeof suggestQuerySchema>): Promise<SearchSuggestion[]> {
    const text = parseQuery(query.q).plainWords.join(' ');
    if (text.length < 2) return [];
    const rows = await search.suggestions(this.dataSource.manager, {
      text,
      audience: audienceOf(viewer),
      limit: SEARCH_LIMITS.suggestionsMax,
    });
    return rows.map(toSuggestion);
  }

  /** A text search: nothing to run when the query reads as nothing (only operators, only exclusions). */
  private async runText(input: SearchSqlInput): Promise<SearchResults> {
    const terms = await search.terms(this.dataSource.manager, input);
    if (!terms)
      return { items: [], nextCursor: null, total: 0, facets: toFacets([]).facets, fuzzy: false, capped: false };
    return this.run({ ...input, tsquery: terms.tsquery });
  }

  private async run(input: SearchSqlInput): Promise<SearchResults> {
    const fuzzy = input.mode === 'fuzzy';
    const row = fuzzy
      ? // The similarity threshold is a setting of the session: set for this transaction only.
        await this.dataSource.transaction((manager) => search.fuzzyHits(manager, input))
      : await search.hits(this.dataSource.manager, input);
    const rows = row?.hits ?? [];
    const more = rows.length > input.limit;
    const items = rows.slice(0, input.limit).map((hit) => toHit(hit, fuzzy));
    const last = items[items.length - 1];
    const { total, facets } = toFacets(row?.facets ?? []);
    return {
      items,
      nextCursor: more && last ? encodeCursor({ rank: last.rank, id: last.id, asOf: input.asOf, fuzzy }) : null,
      total,
      facets,
      fuzzy,
      capped: !fuzzy && total >= CANDIDATES_MAX,
    };
  }
}
