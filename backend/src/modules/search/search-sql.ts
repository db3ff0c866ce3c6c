import type { Viewer } from '../../common/viewer';
import { isNetworkCoordinator } from '../groups/groups.policy';
import { isCurator } from '../practices/practices.policy';
import { ALL_CONFIGS, configOf } from './search-languages';
import type { ParsedQuery } from './search-query';

/**
 * The SQL of a search, built here and nowhere else: the service runs it, and the benchmark runs exactly
 * the same statements straight through `pg` to measure what the HTTP layer adds.
 */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** Who searches, as the permission rule needs it. */
export type SearchAudience =
  /** Visitors and accounts that are not active: what is public. */
  | { kind: 'public' }
  | {
      kind: 'member';
      userId: string;
      /** Network coordinators read every group's discussions and group resources. */
      moderatesGroups: boolean;
      /** Curators read practices (and their evaluations) that are not published. */
      curates: boolean;
    };

export function audienceOf(viewer: Viewer): SearchAudience {
  if (viewer?.status !== 'active') return { kind: 'public' };
  return {
    kind: 'member',
    userId: viewer.id,
    moderatesGroups: isNetworkCoordinator(viewer),
    curates: isCurator(viewer),
  };
}

export interface SearchFilters {
  kind?: string;
  type?: string;
  language?: string;
  country?: string;
  targetGroup?: string;
  rating?: string;
}

export interface SearchSqlInput {
  query: ParsedQuery;
  audience: SearchAudience;
  filters: SearchFilters;
  /**
   * `text`: full-text match in every candidate language; `fuzzy`: trigram similarity of titles to the
   * query's words, for short queries that found nothing.
   */
  mode: 'text' | 'fuzzy';
  limit: number;
  /** The last hit of the previous page. */
  after?: { rank: number; id: string };
  /** Recency is measured from this moment, the same for every page of one search, so that ranks are stable. */
  asOf: Date;
  /**
   * Text mode: the query read in every candidate language and joined into one tsquery (`searchTermsSql`),
   * sent as a constant so that the planner sees how common its words are and chooses how to find the newest
   * matches: through the text index when they are few, walking the documents newest first when they are many.
   */
  tsquery?: string;
}

/**
 * Text mode, before the search: the query read in each candidate configuration (documents are in many
 * languages, each stemmed in its own), joined into one tsquery without repeats. No row when the query reduces
 * to nothing, or to negations only (which no index can answer): then nothing matches.
 */
export function searchTermsSql(input: SearchSqlInput): SqlStatement {
  const params = new Params();
  return {
    text: `WITH ${readingsCte(input, params)}
      SELECT query::text AS tsquery FROM (SELECT pn_tsquery_or(DISTINCT query) AS query FROM qs) parsed
       WHERE numnode(query) > 0 AND querytree(query) <> 'T'`,
    values: params.values,
  };
}

/** `qs`: the query read in each configuration a document may be in. */
function readingsCte(input: SearchSqlInput, params: Params): string {
  const languages = input.filters.language ? [configOf(input.filters.language)] : ALL_CONFIGS;
  const configs = params.add(languages);
  const words = params.add(input.query.words);
  const prefixes = params.add(input.query.prefixes);
  return `qs AS MATERIALIZED (
        SELECT c AS config, CASE WHEN ${prefixes} = '' THEN websearch_to_tsquery(c, ${words})
                                 ELSE websearch_to_tsquery(c, ${words}) && to_tsquery(c, ${prefixes}) END AS query
          FROM unnest(${configs}::regconfig[]) c)`;
}

/** Marks around highlighted words in ts_headline's output: private-use characters no text has (they are removed from it). */
export const MARK_START = '\ue000';
export const MARK_END = '\ue001';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
/** ts_headline reads the whole text it gets: the start of a long text (a PDF's) is enough for a passage. */
const HEADLINE_TEXT_MAX = 20_000;
/** "Small recency factor": up to +20 % for a document of today, fading over a year. */
const RECENCY = (asOf: string) =>
  `(1 + 0.2 * exp(-greatest(0, extract(epoch FROM (${asOf}::timestamptz - d.created_at))) / 31536000.0))`;

/**
 * Typo tolerance: how much of a title's word the query's trigrams must match (pg_trgm's default, 0.6, misses
 * a swapped pair of letters in a long word). Run before the fuzzy statements, in their transaction.
 */
export const FUZZY_SETUP = 'SET LOCAL pg_trgm.word_similarity_threshold = 0.5';

class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Who may read a document, over the `d` alias: the rules of groups, resources and practices, in SQL. */
function permissionSql(audience: SearchAudience, params: Params): string {
  if (audience.kind === 'public') return `d.visibility = 'public'`;
  if (audience.moderatesGroups && audience.curates) return 'TRUE';
  const user = params.add(audience.userId);
  const groups = audience.moderatesGroups
    ? `d.visibility = 'group'`
    : `(d.visibility = 'group' AND d.group_id IN (SELECT gm.group_id FROM group_memberships gm
          WHERE gm.user_id = ${user}::uuid AND gm.status = 'active'))`;
  const drafts = audience.curates
    ? `d.visibility = 'private'`
    : `(d.visibility = 'private' AND d.owner_id = ${user}::uuid)`;
  // A parameter that the statement does not use is an error: the user's id is only there when it is used.
  return `(d.visibility IN ('public', 'members') OR ${groups} OR ${drafts})`;
}

function filterSql(filters: SearchFilters, params: Params): string[] {
  const where: string[] = [];
  if (filters.kind) where.push(`d.kind = ${params.add(filters.kind)}`);
  if (filters.type) where.push(`d.resource_type = ${params.add(filters.type)}`);
  if (filters.language) where.push(`d.language = ${params.add(filters.language)}`);
  if (filters.country) where.push(`d.countries @> ARRAY[${params.add(filters.country)}::text]`);
  if (filters.targetGroup) where.push(`d.target_groups @> ARRAY[${params.add(filters.targetGroup)}::text]`);
  if (filters.rating) where.push(`d.rating_directions @> ARRAY[${params.add(filters.rating)}::text]`);
  return where;
}

/** The query, the match and the rank of a mode. */
function matching(input: SearchSqlInput, params: Params): { cte: string; match: string; rank: () => string } {
  if (input.mode === 'fuzzy') {
    const words = params.add(input.query.plainWords.join(' '));
    return {
      cte: `q AS MATERIALIZED (SELECT pn_fold(${words}) AS folded)`,
      match: `d.titled AND pn_fold(d.title) %> (SELECT folded FROM q)`,
      rank: () => `word_similarity((SELECT folded FROM q), pn_fold(d.title))::float8`,
    };
  }
  if (input.tsquery === undefined) throw new Error('a text search needs its query read first (searchTermsSql)');
  const tsquery = params.add(input.tsquery);
  // The OR of the languages' queries finds the candidates through the index. With an exclusion, it is not
  // exact: a document excluded in its own language could match the query read in another, where the
  // excluded word stems differently; so each candidate is checked again with its own language's query.
  const exact = input.query.negated
    ? ` AND d.vector @@ coalesce((SELECT query FROM qs WHERE qs.config = pn_search_config(d.language)), ${tsquery}::tsquery)`
    : '';
  // Added only by the statement that ranks (a parameter no statement uses is an error).
  let asOf: string | undefined;
  return {
    cte: `${input.query.negated ? `${readingsCte(input, params)},\n      ` : ''}q AS MATERIALIZED (SELECT ${tsquery}::tsquery AS query)`,
    match: `d.vector @@ ${tsquery}::tsquery${exact}`,
    rank: () => {
      asOf ??= params.add(input.asOf.toISOString());
      return `(ts_rank_cd(d.vector, (SELECT query FROM q), 1) * ${RECENCY(asOf)})::float8`;
    },
  };
}

/**
 * At most this many matches are ranked and counted: the newest the caller may read. A common word matches
 * tens of thousands of documents, and ranking or counting all of them costs a visit to each; the newest
 * thousand are found by walking the documents by date, so a common word costs no more than a rare one.
 * `capped` in the answer says that more matched.
 */
export const CANDIDATES_MAX = 1000;

/**
 * The documents a search is about, as a `matched` CTE with what the facets count and the rank: in text mode
 * the newest `CANDIDATES_MAX` matches the caller may read with the filters applied, created up to `asOf` so
 * that later pages see the same set; in fuzzy mode every title match (few, through the trigram index).
 */
function matchedSql(input: SearchSqlInput, params: Params): string {
  const { cte, match, rank } = matching(input, params);
  const where = [match, permissionSql(input.audience, params), ...filterSql(input.filters, params)];
  const newest =
    input.mode === 'fuzzy'
      ? ''
      : `\n           AND d.created_at <= ${params.add(input.asOf.toISOString())}::timestamptz
         ORDER BY d.created_at DESC LIMIT ${CANDIDATES_MAX}`;
  return `${cte},
      candidates AS MATERIALIZED (
        SELECT d.entity_id, d.kind, d.resource_type, d.language, d.countries, d.target_groups, d.rating_directions,
               d.title, d.vector, d.created_at
          FROM search_documents d
         WHERE ${where.join('\n           AND ')}${newest}),
      -- What the rank reads, carried in the candidates rather than read again from the documents.
      matched AS MATERIALIZED (
        SELECT d.entity_id, d.kind, d.resource_type, d.language, d.countries, d.target_groups, d.rating_directions,
               ${rank()} AS rank
          FROM candidates d)`;
}

/**
 * A search in one statement: one page of hits, best first (keyset on rank and id; one more row than asked
 * tells whether a page follows), and the total and facet counts over the same matches, the caller's readable
 * ones with the filters applied. One row: `hits` and `facets`, as JSON.
 */
export function searchSql(input: SearchSqlInput): SqlStatement {
  const params = new Params();
  const matched = matchedSql(input, params);
  const after = input.after
    ? `WHERE (m.rank, m.entity_id) < (${params.add(input.after.rank)}::float8, ${params.add(input.after.id)}::uuid)`
    : '';
  const snippet =
    input.mode === 'fuzzy'
      ? `left(d.body, 240)`
      : `ts_headline(pn_search_config(d.language), translate(left(d.body, ${HEADLINE_TEXT_MAX}), ${params.add(MARK_START + MARK_END)}, ''),
           (SELECT query FROM q), ${params.add(HEADLINE_OPTIONS)})`;
  const limit = params.add(input.limit + 1);
  return {
    text: `WITH ${matched},
      page AS (
        SELECT m.entity_id, m.rank FROM matched m ${after} ORDER BY m.rank DESC, m.entity_id DESC LIMIT ${limit}),
      hits AS (
        SELECT page.rank, d.entity_id AS id, d.kind, d.title, d.language, d.created_at, d.target, ${snippet} AS snippet
          FROM page JOIN search_documents d ON d.entity_id = page.entity_id),
      facets AS (
        SELECT 'total' AS facet, '' AS value, count(*)::int AS count FROM matched
        UNION ALL SELECT 'kind', kind, count(*)::int FROM matched GROUP BY kind
        UNION ALL SELECT 'type', resource_type, count(*)::int FROM matched WHERE resource_type IS NOT NULL GROUP BY resource_type
        UNION ALL SELECT 'language', language, count(*)::int FROM matched GROUP BY language
        UNION ALL SELECT 'country', value, count(*)::int FROM matched, unnest(countries) value GROUP BY value
        UNION ALL SELECT 'targetGroup', value, count(*)::int FROM matched, unnest(target_groups) value GROUP BY value
        UNION ALL SELECT 'rating', value, count(*)::int FROM matched, unnest(rating_directions) value GROUP BY value)
      SELECT (SELECT coalesce(json_agg(hits ORDER BY hits.rank DESC, hits.id DESC), '[]') FROM hits) AS hits,
             (SELECT coalesce(json_agg(facets), '[]') FROM facets) AS facets`,
    values: params.values,
  };
}

export interface SuggestSqlInput {
  /** The typed text, folded by the database like the titles. */
  text: string;
  audience: SearchAudience;
  limit: number;
}

/**
 * Titles that start with the typed text, then titles with a word like it (trigram word similarity), both
 * through the trigram index; permission-filtered like a search.
 */
export function suggestSql(input: SuggestSqlInput): SqlStatement {
  const params = new Params();
  const text = params.add(input.text);
  const permission = permissionSql(input.audience, params);
  const limit = params.add(input.limit);
  return {
    text: `WITH q AS MATERIALIZED (
        SELECT pn_fold(${text}) AS folded,
               replace(replace(replace(pn_fold(${text}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') AS pattern)
      SELECT d.kind, d.title, d.target, d.entity_id AS id
        FROM search_documents d
       WHERE d.titled
         AND (pn_fold(d.title) LIKE '%' || (SELECT pattern FROM q) || '%' OR pn_fold(d.title) %> (SELECT folded FROM q))
         AND ${permission}
       ORDER BY pn_fold(d.title) LIKE (SELECT pattern FROM q) || '%' DESC,
                word_similarity((SELECT folded FROM q), pn_fold(d.title)) DESC, length(d.title), d.entity_id
       LIMIT ${limit}`,
    values: params.values,
  };
}
