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
import type { Viewer } from '../groups/groups.policy';
import { decodeCursor, encodeCursor } from './search-cursor';
import { parseQuery } from './search-query';
import {
  audienceOf,
  CANDIDATES_MAX,
  COMMON_MATCHES,
  commonProbeSql,
  FUZZY_SETUP,
  searchFacetsSql,
  searchPageSql,
  suggestSql,
  type SearchSqlInput,
  type SqlStatement,
} from './search-sql';
import { toFacets, toHit, toSuggestion, type FacetRow, type HitRow } from './search.mapper';

type SearchQuery = z.output<typeof searchQuerySchema>;

/** Typo tolerance is for short queries: one or two words, of which at least three letters. */
const FUZZY_WORDS_MAX = 2;
const FUZZY_LETTERS_MIN = 3;

@Injectable()
export class SearchService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One search over everything the viewer may read. The page and the counts are two statements over the
   * same match, permission rule and filters, run side by side. A short query that finds nothing is tried
   * again by similarity of titles (`fuzzy`).
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
    if (input.mode === 'text') {
      const [probe] = await this.query<{ matches: number }>(commonProbeSql(input));
      input.strategy = (probe?.matches ?? 0) >= COMMON_MATCHES ? 'recent' : 'index';
    }
    let results = await this.run(input);
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
    const statement = suggestSql({ text, audience: audienceOf(viewer), limit: SEARCH_LIMITS.suggestionsMax });
    const rows = await this.query<Parameters<typeof toSuggestion>[0]>(statement);
    return rows.map(toSuggestion);
  }

  private async run(input: SearchSqlInput): Promise<SearchResults> {
    const fuzzy = input.mode === 'fuzzy';
    const [rows, facetRows] = fuzzy
      ? // The similarity threshold is a setting of the session: set for this transaction only.
        await this.dataSource.transaction(async (manager) => {
          await manager.query(FUZZY_SETUP);
          const page = searchPageSql(input);
          const counts = searchFacetsSql(input);
          return [
            (await manager.query(page.text, page.values)) as HitRow[],
            (await manager.query(counts.text, counts.values)) as FacetRow[],
          ] as const;
        })
      : await Promise.all([this.query<HitRow>(searchPageSql(input)), this.query<FacetRow>(searchFacetsSql(input))]);
    const more = rows.length > input.limit;
    const items = rows.slice(0, input.limit).map((row) => toHit(row, fuzzy));
    const last = items[items.length - 1];
    const { total, facets } = toFacets(facetRows);
    return {
      items,
      nextCursor: more && last ? encodeCursor({ rank: last.rank, id: last.id, asOf: input.asOf, fuzzy }) : null,
      total,
      facets,
      fuzzy,
      capped: !fuzzy && total >= CANDIDATES_MAX,
    };
  }

  private query<T>(statement: SqlStatement): Promise<T[]> {
    return this.dataSource.query(statement.text, statement.values) as Promise<T[]>;
  }
}
