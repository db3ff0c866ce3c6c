import type { EntityManager } from 'typeorm';
import {
  FUZZY_SETUP,
  searchSql,
  searchTermsSql,
  suggestSql,
  type SearchSqlInput,
  type SqlStatement,
} from './search-sql';
import type { SearchRow, toSuggestion } from './search.mapper';

/**
 * Runs the statements of search-sql.ts, which builds them (and which the benchmark runs straight through
 * `pg`). The search service decides which to run; a fuzzy search runs in the transaction it opens.
 */
export const searchRepository = {
  /** The query as PostgreSQL reads it in every language, or nothing when it reads as nothing. */
  async terms(manager: EntityManager, input: SearchSqlInput): Promise<{ tsquery: string } | undefined> {
    const [terms] = await run<{ tsquery: string }>(manager, searchTermsSql(input));
    return terms;
  },

  /** The page of hits and the facet counts, over one match. */
  async hits(manager: EntityManager, input: SearchSqlInput): Promise<SearchRow | undefined> {
    const [row] = await run<SearchRow>(manager, searchSql(input));
    return row;
  },

  /**
   * The same by similarity of titles. The similarity threshold is a setting of the session: `manager` must
   * be a transaction's, so that the setting ends with it.
   */
  async fuzzyHits(transaction: EntityManager, input: SearchSqlInput): Promise<SearchRow | undefined> {
    await transaction.query(FUZZY_SETUP);
    const [row] = await run<SearchRow>(transaction, searchSql(input));
    return row;
  },

  suggestions(
    manager: EntityManager,
    input: Parameters<typeof suggestSql>[0],
  ): Promise<Array<Parameters<typeof toSuggestion>[0]>> {
    return run(manager, suggestSql(input));
  },
};

function run<T>(manager: EntityManager, statement: SqlStatement): Promise<T[]> {
  return manager.query(statement.text, statement.values) as Promise<T[]>;
}
