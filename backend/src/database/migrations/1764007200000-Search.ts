import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search across the network, on PostgreSQL's full-text search.
 *
 * One table, `search_documents`, holds a document per searchable thing (a practice, an evaluation, a
 * resource, a message, a thread's opening post), with its text-search vector, its facet fields and its
 * permission fields. One table rather than a generated vector on each source table and a UNION at query
 * time, because at a million rows and more:
 *  - one GIN index answers a query once, instead of four scans whose results are merged and re-sorted;
 *  - the permission rule and the facet counts are one WHERE clause and one GROUP BY over one relation,
 *    so total, facets and page cannot disagree;
 *  - rank and keyset cursor work on one ordering.
 * The cost is a copy of the text, kept right by triggers in the same transaction as the content, so a
 * search never sees a stale or a removed document.
 *
 * Each kind's document is defined once, as a view over its sources (`search_<kind>_docs`); the triggers
 * rebuild the documents of the rows a statement touched from those views, and the migration fills the
 * table from them. Inserts use statement triggers with transition tables, so that a bulk COPY indexes its
 * rows in one set-based statement; updates use row triggers filtered by WHEN, so that counters (a
 * thread's message count, a resource's adaptation count) cost nothing.
 *
 * Each language is indexed with a configuration `pn_<stemmer>` that removes accents before stemming;
 * `pn_search_config(language)` maps an ISO 639-1 code to it (`pn_simple` for languages without a stemmer).
 */
export const SEARCH_STEMMERS = [
  ['da', 'danish'],
  ['nl', 'dutch'],
  ['en', 'english'],
  ['fi', 'finnish'],
  ['fr', 'french'],
  ['de', 'german'],
  ['hu', 'hungarian'],
  ['it', 'italian'],
  ['no', 'norwegian'],
  ['nb', 'norwegian'],
  ['nn', 'norwegian'],
  ['pt', 'portuguese'],
  ['ro', 'romanian'],
  ['ru', 'russian'],
  ['es', 'spanish'],
  ['sv', 'swedish'],
  ['tr', 'turkish'],
] as const;

const STEMMERS = [...new Set(SEARCH_STEMMERS.map(([, stemmer]) => stemmer))];

/** The columns of a document, in the order every `search_<kind>_docs` view gives them. */
const COLUMNS =
  'kind, entity_id, title, titled, body, language, vector, resource_type, countries, target_groups, rating_directions, visibility, group_id, owner_id, created_at, target';

/** A practice's visibility: published (inspiring, peer-reviewed, or archived after publication) or not. */
const PRACTICE_VISIBILITY = `CASE WHEN p.published_revision IS NOT NULL AND p.curation_label IN ('inspiring', 'peer-reviewed', 'archived') THEN 'public' ELSE 'private' END`;

const VIEWS: Record<string, string> = {
  // Replies: the thread's title is shown as the hit's title but not indexed, so that a word of the title
  // does not match every message of the thread (the opening post carries it).
  search_message_docs: `
    SELECT 'message'::text AS kind, m.id AS entity_id, t.title, false AS titled, m.body,
      coalesce(m.language, u.languages[1], 'en') AS language,
      setweight(to_tsvector(pn_search_config(coalesce(m.language, u.languages[1])), m.body), 'B') AS vector,
      NULL::text AS resource_type, '{}'::text[] AS countries, '{}'::text[] AS target_groups,
      '{}'::text[] AS rating_directions,
      CASE g.visibility WHEN 'public' THEN 'public' ELSE 'group' END AS visibility, g.id AS group_id,
      m.author_id AS owner_id, m.created_at,
      jsonb_build_object('threadId', t.id, 'messageId', m.id, 'position', m.position, 'groupSlug', g.slug) AS target
    FROM messages m JOIN threads t ON t.id = m.thread_id JOIN groups g ON g.id = t.group_id
      LEFT JOIN users u ON u.id = m.author_id
    WHERE m.deleted_at IS NULL AND m.hidden_at IS NULL`,
  // A thread's opening post: position 0 of the thread, the thread's id standing for the message's.
  search_thread_docs: `
    SELECT 'message'::text AS kind, t.id AS entity_id, t.title, true AS titled, t.body,
      coalesce(u.languages[1], 'en') AS language,
      setweight(to_tsvector(pn_search_config(u.languages[1]), t.title), 'A')
        || setweight(to_tsvector(pn_search_config(u.languages[1]), t.body), 'B') AS vector,
      NULL::text AS resource_type, '{}'::text[] AS countries, '{}'::text[] AS target_groups,
      '{}'::text[] AS rating_directions,
      CASE g.visibility WHEN 'public' THEN 'public' ELSE 'group' END AS visibility, g.id AS group_id,
      t.author_id AS owner_id, t.created_at,
      jsonb_build_object('threadId', t.id, 'messageId', t.id, 'position', 0, 'groupSlug', g.slug) AS target
    FROM threads t JOIN groups g ON g.id = t.group_id LEFT JOIN users u ON u.id = t.author_id`,
  // Removed resources have no document; the text of the current file's version, when it had any.
  search_resource_docs: `
    SELECT 'resource'::text AS kind, r.id AS entity_id, r.title, true AS titled,
      concat_ws(E'\\n', r.summary, array_to_string(r.tags, ', '), rt.text) AS body, r.language,
      setweight(to_tsvector(pn_search_config(r.language), r.title), 'A')
        || setweight(to_tsvector(pn_search_config(r.language), r.summary || ' ' || array_to_string(r.tags, ' ')), 'B')
        || setweight(to_tsvector(pn_search_config(r.language), coalesce(rt.text, '')), 'C') AS vector,
      r.type AS resource_type, ARRAY[r.country::text] AS countries, ARRAY[r.audience] AS target_groups,
      '{}'::text[] AS rating_directions, r.scope AS visibility, r.group_id, r.author_id AS owner_id,
      r.created_at, jsonb_build_object('resourceId', r.id) AS target
    FROM resources r LEFT JOIN resource_texts rt ON rt.resource_id = r.id AND rt.version = r.current_version
    WHERE r.removed_at IS NULL`,
  // The shown content: the published revision, or the latest one while the practice was never published.
  search_practice_docs: `
    SELECT 'practice'::text AS kind, p.id AS entity_id, p.title, true AS titled,
      concat_ws(E'\\n', p.summary, rev.description, p.organisation, rev.mechanism, rev.context,
        rev.implementation, rev.survivor_note) AS body, p.language,
      setweight(to_tsvector(pn_search_config(p.language), p.title), 'A')
        || setweight(to_tsvector(pn_search_config(p.language), p.summary), 'B')
        || setweight(to_tsvector(pn_search_config(p.language), concat_ws(' ', rev.description, p.organisation,
             rev.mechanism, rev.context, rev.implementation, rev.survivor_note)), 'C') AS vector,
      NULL::text AS resource_type, p.countries, p.target_groups, p.rating_directions,
      ${PRACTICE_VISIBILITY} AS visibility, NULL::uuid AS group_id, p.author_id AS owner_id, p.created_at,
      jsonb_build_object('practiceId', p.id) AS target
    FROM practices p
      LEFT JOIN practice_revisions rev ON rev.practice_id = p.id AND rev.number = coalesce(p.published_revision, p.current_revision)`,
  // An evaluation is read as its practice is, and written in its practice's language.
  search_evaluation_docs: `
    SELECT 'evaluation'::text AS kind, e.id AS entity_id, p.title, false AS titled,
      concat_ws(E'\\n', e.citation, e.summary, e.doi) AS body, p.language,
      setweight(to_tsvector(pn_search_config(p.language), e.citation), 'A')
        || setweight(to_tsvector(pn_search_config(p.language), e.summary), 'B')
        || setweight(to_tsvector(pn_search_config(p.language), p.title), 'C') AS vector,
      NULL::text AS resource_type, p.countries, p.target_groups, p.rating_directions,
      ${PRACTICE_VISIBILITY} AS visibility, NULL::uuid AS group_id, p.author_id AS owner_id, e.created_at,
      jsonb_build_object('practiceId', p.id, 'evaluationId', e.id) AS target
    FROM evaluations e JOIN practices p ON p.id = e.practice_id`,
};

/** Per kind: its view, and the function that rebuilds the documents of some of its rows. */
const REINDEX: Array<{ fn: string; views: string[]; after?: string }> = [
  { fn: 'pn_search_reindex_messages', views: ['search_message_docs'] },
  {
    fn: 'pn_search_reindex_threads',
    views: ['search_thread_docs'],
    // A renamed thread renames its messages' hits.
    after: `UPDATE search_documents d SET title = t.title FROM messages m JOIN threads t ON t.id = m.thread_id
             WHERE t.id = ANY(ids) AND d.entity_id = m.id AND d.title IS DISTINCT FROM t.title;`,
  },
  { fn: 'pn_search_reindex_resources', views: ['search_resource_docs'] },
  { fn: 'pn_search_reindex_evaluations', views: ['search_evaluation_docs'] },
  {
    fn: 'pn_search_reindex_practices',
    views: ['search_practice_docs'],
    // Evaluations take their practice's visibility, language, facets and title.
    after: `PERFORM pn_search_reindex_evaluations(ARRAY(SELECT id FROM evaluations WHERE practice_id = ANY(ids)));`,
  },
];

/** The tables whose rows have documents, the function that indexes them, and what an update must change. */
const SOURCES: Array<{ table: string; fn: string; key: string; updatedWhen: string }> = [
  {
    table: 'messages',
    fn: 'pn_search_reindex_messages',
    key: 'id',
    updatedWhen:
      'OLD.body IS DISTINCT FROM NEW.body OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at OR OLD.hidden_at IS DISTINCT FROM NEW.hidden_at OR OLD.language IS DISTINCT FROM NEW.language OR OLD.author_id IS DISTINCT FROM NEW.author_id',
  },
  {
    table: 'threads',
    fn: 'pn_search_reindex_threads',
    key: 'id',
    updatedWhen:
      'OLD.title IS DISTINCT FROM NEW.title OR OLD.body IS DISTINCT FROM NEW.body OR OLD.group_id IS DISTINCT FROM NEW.group_id OR OLD.author_id IS DISTINCT FROM NEW.author_id',
  },
  {
    table: 'resources',
    fn: 'pn_search_reindex_resources',
    key: 'id',
    updatedWhen:
      '(OLD.title, OLD.summary, OLD.tags, OLD.type, OLD.language, OLD.country, OLD.audience, OLD.scope, OLD.group_id, OLD.removed_at, OLD.current_version, OLD.author_id) IS DISTINCT FROM (NEW.title, NEW.summary, NEW.tags, NEW.type, NEW.language, NEW.country, NEW.audience, NEW.scope, NEW.group_id, NEW.removed_at, NEW.current_version, NEW.author_id)',
  },
  { table: 'resource_texts', fn: 'pn_search_reindex_resources', key: 'resource_id', updatedWhen: 'true' },
  {
    table: 'practices',
    fn: 'pn_search_reindex_practices',
    key: 'id',
    // Everything but the feedback counter shows in the document or decides who reads it.
    updatedWhen: 'OLD.feedback_count = NEW.feedback_count',
  },
  { table: 'practice_revisions', fn: 'pn_search_reindex_practices', key: 'practice_id', updatedWhen: 'true' },
  { table: 'evaluations', fn: 'pn_search_reindex_evaluations', key: 'id', updatedWhen: 'true' },
];

export class Search1764007200000 implements MigrationInterface {
  name = 'Search1764007200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await run(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    for (const stemmer of [...STEMMERS, 'simple']) {
      await run(`CREATE TEXT SEARCH CONFIGURATION pn_${stemmer} (COPY = pg_catalog.${stemmer})`);
      await run(
        `ALTER TEXT SEARCH CONFIGURATION pn_${stemmer} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stemmer === 'simple' ? 'simple' : `${stemmer}_stem`}`,
      );
    }
    const cases = SEARCH_STEMMERS.map(([code, stemmer]) => `WHEN '${code}' THEN 'pn_${stemmer}'::regconfig`).join(' ');
    await run(
      `CREATE FUNCTION pn_search_config(language text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT CASE lower(language) ${cases} ELSE 'pn_simple'::regconfig END $$`,
    );
    // unaccent() is only STABLE (its dictionary could change); titles are folded with a fixed one for the
    // trigram index, which needs an IMMUTABLE expression.
    await run(
      `CREATE FUNCTION pn_fold(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
       AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`,
    );
    // OR of the query in each candidate language.
    await run(`CREATE AGGREGATE pn_tsquery_or(tsquery) (SFUNC = tsquery_or, STYPE = tsquery)`);

    await run(
      `CREATE TABLE resource_texts ("resource_id" uuid NOT NULL, "version" integer NOT NULL, "text" text NOT NULL,
        CONSTRAINT "resource_texts_pkey" PRIMARY KEY ("resource_id", "version"),
        CONSTRAINT "resource_texts_version_fkey" FOREIGN KEY ("resource_id", "version")
          REFERENCES resource_versions ("resource_id", "version") ON DELETE CASCADE)`,
    );
    await run(`ALTER TABLE "messages" ADD "language" text`);

    await run(
      `CREATE TABLE search_documents (
        "entity_id" uuid NOT NULL,
        "kind" text NOT NULL,
        "title" text NOT NULL,
        "titled" boolean NOT NULL,
        "body" text NOT NULL,
        "language" text NOT NULL,
        "vector" tsvector NOT NULL,
        "resource_type" text,
        "countries" text[] NOT NULL DEFAULT '{}',
        "target_groups" text[] NOT NULL DEFAULT '{}',
        "rating_directions" text[] NOT NULL DEFAULT '{}',
        "visibility" text NOT NULL,
        "group_id" uuid,
        "owner_id" uuid,
        "created_at" timestamptz NOT NULL,
        "target" jsonb NOT NULL,
        CONSTRAINT "search_documents_pkey" PRIMARY KEY ("entity_id"),
        CONSTRAINT "search_documents_kind_check" CHECK (kind IN ('practice', 'evaluation', 'resource', 'message')),
        CONSTRAINT "search_documents_visibility_check" CHECK (visibility IN ('public', 'members', 'group', 'private')))`,
    );
    await run(`CREATE INDEX search_documents_vector_idx ON search_documents USING gin (vector)`);
    // A search ranks the newest matches: for a common word, walking the documents by date finds them soonest.
    await run(`CREATE INDEX search_documents_created_idx ON search_documents (created_at)`);
    // Titles of their own (not replies, which show their thread's): suggestions and typo tolerance.
    await run(
      `CREATE INDEX search_documents_title_trgm_idx ON search_documents USING gin (pn_fold(title) gin_trgm_ops) WHERE titled`,
    );
    await run(`CREATE INDEX search_documents_group_idx ON search_documents (group_id) WHERE group_id IS NOT NULL`);
    await run(`CREATE INDEX search_documents_owner_idx ON search_documents (owner_id) WHERE visibility = 'private'`);

    for (const [name, sql] of Object.entries(VIEWS)) await run(`CREATE VIEW ${name} AS ${sql}`);

    for (const { fn, views, after } of REINDEX) {
      const inserts = views
        .map(
          (view) =>
            `INSERT INTO search_documents (${COLUMNS}) SELECT ${COLUMNS} FROM ${view} WHERE entity_id = ANY(ids);`,
        )
        .join('\n');
      await run(
        `CREATE FUNCTION ${fn}(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
         BEGIN
           IF coalesce(cardinality(ids), 0) = 0 THEN RETURN; END IF;
           DELETE FROM search_documents WHERE entity_id = ANY(ids);
           ${inserts}
           ${after ?? ''}
         END $$`,
      );
    }
    await run(
      `CREATE FUNCTION pn_search_forget() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN DELETE FROM search_documents WHERE entity_id IN (SELECT id FROM changed); RETURN NULL; END $$`,
    );
    for (const { table, fn, key, updatedWhen } of SOURCES) {
      await run(
        `CREATE FUNCTION ${fn}_${table}_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM ${fn}(ARRAY(SELECT DISTINCT ${key} FROM changed)); RETURN NULL; END $$`,
      );
      await run(
        `CREATE FUNCTION ${fn}_${table}_updated() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM ${fn}(ARRAY[NEW.${key}]); RETURN NULL; END $$`,
      );
      await run(
        `CREATE TRIGGER search_inserted AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed
         FOR EACH STATEMENT EXECUTE FUNCTION ${fn}_${table}_inserted()`,
      );
      await run(
        `CREATE TRIGGER search_updated AFTER UPDATE ON ${table} FOR EACH ROW WHEN (${updatedWhen})
         EXECUTE FUNCTION ${fn}_${table}_updated()`,
      );
    }
    for (const table of ['messages', 'threads', 'resources', 'practices', 'evaluations']) {
      await run(
        `CREATE TRIGGER search_deleted AFTER DELETE ON ${table} REFERENCING OLD TABLE AS changed
         FOR EACH STATEMENT EXECUTE FUNCTION pn_search_forget()`,
      );
    }
    // A group's visibility decides who reads its discussions; its slug is in their hits' links.
    await run(
      `CREATE FUNCTION pn_search_group_updated() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE search_documents
            SET visibility = CASE NEW.visibility WHEN 'public' THEN 'public' ELSE 'group' END,
                target = jsonb_set(target, '{groupSlug}', to_jsonb(NEW.slug))
          WHERE group_id = NEW.id AND kind = 'message';
         RETURN NULL;
       END $$`,
    );
    await run(
      `CREATE TRIGGER search_updated AFTER UPDATE ON groups FOR EACH ROW
       WHEN (OLD.visibility IS DISTINCT FROM NEW.visibility OR OLD.slug IS DISTINCT FROM NEW.slug)
       EXECUTE FUNCTION pn_search_group_updated()`,
    );

    // What exists already.
    for (const view of Object.keys(VIEWS)) {
      await run(`INSERT INTO search_documents (${COLUMNS}) SELECT ${COLUMNS} FROM ${view}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const run = (sql: string) => queryRunner.query(sql);
    await run(`DROP TRIGGER search_updated ON groups`);
    await run(`DROP FUNCTION pn_search_group_updated()`);
    for (const table of ['messages', 'threads', 'resources', 'practices', 'evaluations']) {
      await run(`DROP TRIGGER search_deleted ON ${table}`);
    }
    for (const { table, fn } of SOURCES) {
      await run(`DROP TRIGGER search_inserted ON ${table}`);
      await run(`DROP TRIGGER search_updated ON ${table}`);
      await run(`DROP FUNCTION ${fn}_${table}_inserted()`);
      await run(`DROP FUNCTION ${fn}_${table}_updated()`);
    }
    await run(`DROP FUNCTION pn_search_forget()`);
    for (const { fn } of [...REINDEX].reverse()) await run(`DROP FUNCTION ${fn}(uuid[])`);
    for (const name of Object.keys(VIEWS)) await run(`DROP VIEW ${name}`);
    await run(`DROP TABLE search_documents`);
    await run(`ALTER TABLE "messages" DROP COLUMN "language"`);
    await run(`DROP TABLE resource_texts`);
    await run(`DROP AGGREGATE pn_tsquery_or(tsquery)`);
    await run(`DROP FUNCTION pn_fold(text)`);
    await run(`DROP FUNCTION pn_search_config(text)`);
    for (const stemmer of [...STEMMERS, 'simple']) await run(`DROP TEXT SEARCH CONFIGURATION pn_${stemmer}`);
    // The extensions stay: other schemas may use them, and they hold no data.
  }
}
