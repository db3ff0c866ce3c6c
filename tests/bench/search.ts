import { join } from 'node:path';
import { Pool } from 'pg';
import { REPO_ROOT, type RunningProduct } from '../src/product';
import { percentile } from './common';
import { apiSignIn } from '../src/totp';

const WARM_UP = 3;
const AIM_P95_MS = 50;
const REQUESTS = 100;
/** A measurement stops after this long (with at least MIN_SAMPLES): slow cases would otherwise take hours. */
const BUDGET_MS = 10_000;
const MIN_SAMPLES = 10;

/** Why a case missed the aim, from its own figures: the database's time, or what the HTTP path adds to it. */
function missedNote(missed: ReadonlyArray<{ name: string; directP95: number }>): string {
  if (missed.length === 0) return '';
  const slowSql = missed.filter((m) => m.directP95 >= AIM_P95_MS);
  const lines = [
    `**Aim missed in this run** by ${missed.map((m) => m.name).join('; ')}.`,
    slowSql.length < missed.length
      ? `Where the direct statements meet the aim, the difference is the HTTP path (routing, the guard, the mapping of hits and facets, the JSON) and this shared machine's noise: a p95 of ${REQUESTS} sequential requests is their fifth slowest, and one pause of the machine is enough.`
      : '',
    slowSql.length > 0
      ? "Where the direct statements miss it too, the time is PostgreSQL's: a search ranks and counts the newest 1,000 matches the searcher may read, and the planner finds them through the text index (few matches) or by walking the documents newest first (many); a query whose words are each common but rarely together walks far before 1,000 documents have all of them. What would fix that: the documents partitioned by month, so that a walk is a few index scans of the newest partitions, or an index that keeps the postings in date order (the RUM extension, which neither the embedded PostgreSQL nor Debian's packages ship)."
      : '',
  ];
  return `\n${lines.filter(Boolean).join(' ')}\n`;
}

/** The app's own SQL builder, from the built backend: the direct runs use exactly the app's statements. */
interface SqlStatement {
  text: string;
  values: unknown[];
}
interface SearchSql {
  searchTermsSql(input: object): SqlStatement;
  searchSql(input: object): SqlStatement;
}
type Audience = { kind: 'public' } | { kind: 'member'; userId: string; moderatesGroups: boolean; curates: boolean };

interface Searcher {
  name: string;
  token?: string;
  audience: Audience;
}

async function timed(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  const until = performance.now() + BUDGET_MS;
  for (let i = 0; i < REQUESTS && (i < MIN_SAMPLES || performance.now() < until); i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** Generated members share the demo practitioner's password (see scale.ts); the coordinator has the demo app. */
function signIn(url: string, email: string): Promise<string> {
  return apiSignIn(url, email, 'Demo-password-1');
}

/**
 * Queries drawn from the indexed text itself (a 1 % sample of the documents): the most frequent word, a
 * word found in about one document in a hundred thousand, and two frequent words together.
 */
async function pickQueries(pool: Pool): Promise<Array<{ name: string; q: string }>> {
  const { rows } = await pool.query<{ word: string; ndoc: number }>(
    `SELECT word, ndoc FROM ts_stat('SELECT vector FROM search_documents TABLESAMPLE SYSTEM (1) REPEATABLE (7)')
      WHERE length(word) >= 5 AND word ~ '^[a-z]+$' ORDER BY ndoc DESC, word`,
  );
  const common = rows[0]!;
  const rare =
    rows.filter((row) => row.ndoc === 1).at(Math.floor(rows.length / 3) % Math.max(1, rows.length)) ?? rows.at(-1)!;
  const second = rows[3]!;
  return [
    { name: `common word ("${common.word}")`, q: common.word },
    { name: `rare word ("${rare.word}")`, q: rare.word },
    { name: `two words ("${common.word} ${second.word}")`, q: `${common.word} ${second.word}` },
  ];
}

/**
 * `GET /api/search` at scale: p50/p95 of sequential requests for a common word, a rare word and two words,
 * as a visitor (the permission filter at its narrowest: public documents only), as a member of several
 * groups, and as a network coordinator (who reads everything: no filter), each beside the app's own two
 * statements sent straight through `pg`.
 */
export async function searchBenchmark(product: RunningProduct, databaseUrl: string): Promise<string> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const sql = require(join(REPO_ROOT, 'backend/dist/modules/search/search-sql.js')) as SearchSql;
  const { parseQuery } = require(join(REPO_ROOT, 'backend/dist/modules/search/search-query.js')) as {
    parseQuery(q: string): object;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await pool.query('ANALYZE search_documents');
    const [{ count }] = (await pool.query<{ count: string }>(`SELECT count(*) FROM search_documents`)).rows as [
      { count: string },
    ];
    const member = (
      await pool.query<{ id: string; email: string; groups: number }>(
        `SELECT u.id, u.email, count(*)::int AS groups FROM users u JOIN group_memberships m ON m.user_id = u.id
          WHERE u.status = 'active' AND u.role = 'practitioner' AND m.status = 'active'
          GROUP BY u.id ORDER BY count(*) DESC, u.id LIMIT 1`,
      )
    ).rows[0]!;
    const coordinator = (
      await pool.query<{ id: string }>(`SELECT id FROM users WHERE email = 'coordinator@example.org'`)
    ).rows[0]!;
    const searchers: Searcher[] = [
      { name: 'visitor (public only)', audience: { kind: 'public' } },
      {
        name: `member of ${member.groups} groups`,
        token: await signIn(product.url, member.email),
        audience: { kind: 'member', userId: member.id, moderatesGroups: false, curates: false },
      },
      {
        name: 'coordinator (no filter)',
        token: await signIn(product.url, 'coordinator@example.org'),
        audience: { kind: 'member', userId: coordinator.id, moderatesGroups: true, curates: true },
      },
    ];
    const queries = await pickQueries(pool);
    const lines: string[] = [];
    const missed: Array<{ name: string; directP95: number }> = [];
    for (const query of queries) {
      for (const searcher of searchers) {
        const path = `/api/search?q=${encodeURIComponent(query.q)}`;
        let total = 0;
        const http = await timed(async () => {
          const response = await fetch(`${product.url}${path}`, {
            headers: searcher.token ? { authorization: `Bearer ${searcher.token}` } : {},
          });
          if (!response.ok) throw new Error(`${path}: ${response.status}`);
          total = ((await response.json()) as { total: number }).total;
        });
        const input = {
          query: parseQuery(query.q),
          audience: searcher.audience,
          filters: {},
          mode: 'text',
          limit: 20,
          asOf: new Date(),
        };
        // As the service runs it: the query read in every language, then the one statement of page and counts.
        const direct = await timed(async () => {
          const terms = sql.searchTermsSql(input);
          const [row] = (await pool.query<{ tsquery: string }>(terms.text, terms.values)).rows;
          if (!row) throw new Error(`${query.q}: the query reads as nothing`);
          const search = sql.searchSql({ ...input, tsquery: row.tsquery });
          await pool.query(search.text, search.values);
        });
        if (http.p95 >= AIM_P95_MS) missed.push({ name: `${query.name} as ${searcher.name}`, directP95: direct.p95 });
        lines.push(
          `| ${query.name} | ${searcher.name} | ${total.toLocaleString('en')} | ${http.p50.toFixed(1)} / ${http.p95.toFixed(1)} | ${direct.p50.toFixed(1)} / ${direct.p95.toFixed(1)} |`,
        );
        console.error(lines.at(-1));
      }
    }
    return `## Search

\`GET /api/search?q=\` over ${Number(count).toLocaleString('en')} indexed documents (practices, evaluations, resources,
thread openings and messages in nine languages), up to ${REQUESTS} sequential requests (or ${BUDGET_MS / 1000} s, at least ${MIN_SAMPLES})
after ${WARM_UP} of warm-up, in milliseconds. *Direct SQL* runs the app's own two statements straight through \`pg\`, as the
app does: the query read in every language, then one statement for the page, the total and the facets. The
visitor's search is filtered to public documents, the member's to what their groups and the network share,
the coordinator's not at all. Aim: p95 under ${AIM_P95_MS} ms.

| query | searcher | hits | HTTP p50 / p95 | direct SQL p50 / p95 |
| --- | --- | --- | --- | --- |
${lines.join('\n')}
${missedNote(missed)}`;
  } finally {
    await pool.end();
  }
}
