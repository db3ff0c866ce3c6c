import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { Pool, type PoolClient } from 'pg';

/**
 * The baseline: a bare Node `http` server that runs the same SQL as the app through `pg`, with no
 * framework, no validation and no logging. Started as its own process so that it can be pinned like the app.
 */
const [databaseUrl, portText] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 10 });
pool.on('error', () => {});

async function sessionUser(request: IncomingMessage): Promise<(Record<string, unknown> & { id: string }) | undefined> {
  const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
  const { rows } = await pool.query(
    `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [createHash('sha256').update(token).digest('hex')],
  );
  return rows[0];
}

async function readBody(request: IncomingMessage): Promise<{ body: string; clientId: string }> {
  let raw = '';
  for await (const chunk of request) raw += chunk;
  return JSON.parse(raw) as { body: string; clientId: string };
}

const MESSAGE_SQL = `SELECT m.id, m.thread_id, m.position, m.client_id, m.body, m.created_at, u.id AS author_id,
                            u.display_name AS author_name
                       FROM messages m LEFT JOIN users u ON u.id = m.author_id`;

function toMessage(row: Record<string, unknown>) {
  return {
    id: row.id,
    threadId: row.thread_id,
    position: row.position,
    clientId: row.client_id,
    body: row.body,
    author: row.author_id ? { id: row.author_id, displayName: row.author_name } : null,
    replyTo: null,
    mentions: [],
    createdAt: row.created_at,
    editedAt: null,
    deleted: false,
    hidden: false,
  };
}

/** The thread if the user is an active member of its group. */
async function memberThread(client: Pool | PoolClient, threadId: string, userId: string): Promise<boolean> {
  const { rows } = await client.query(
    `SELECT 1 FROM threads t JOIN group_memberships gm ON gm.group_id = t.group_id
      WHERE t.id = $1 AND gm.user_id = $2 AND gm.status = 'active'`,
    [threadId, userId],
  );
  return rows.length > 0;
}

/**
 * Posting as the app does it: in one transaction, the membership, then one statement for the counter's row
 * lock, the insert and the author's read position; the answer is built from what was stored.
 */
async function postMessage(
  threadId: string,
  user: Record<string, unknown> & { id: string },
  input: { body: string; clientId: string },
) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    if (!(await memberThread(client, threadId, user.id))) {
      await client.query('ROLLBACK');
      return undefined;
    }
    const { rows } = await client.query(
      `WITH counter AS (
         UPDATE threads SET message_count = message_count + 1, last_message_at = now() WHERE id = $1 RETURNING message_count),
       stored AS (
         INSERT INTO messages (thread_id, position, client_id, author_id, body)
         SELECT $1, counter.message_count, $2, $3, $4 FROM counter RETURNING id, position, created_at),
       read AS (
         INSERT INTO thread_readers (thread_id, user_id, last_read_position) SELECT $1, $3, stored.position FROM stored
         ON CONFLICT (thread_id, user_id) DO UPDATE SET last_read_position = EXCLUDED.last_read_position)
       SELECT id, position, created_at FROM stored`,
      [threadId, input.clientId, user.id, input.body],
    );
    await client.query('COMMIT');
    return toMessage({
      ...rows[0],
      thread_id: threadId,
      client_id: input.clientId,
      body: input.body,
      author_id: user.id,
      author_name: user.display_name,
    });
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const PUBLISHED = `('inspiring', 'peer-reviewed')`;

/** The published list as the app pages it: newest change first, 20 a page, with the same filters. */
async function listPractices(search: URLSearchParams) {
  const where = [`p.curation_label IN ${PUBLISHED}`];
  const params: unknown[] = [];
  for (const [name, column] of [
    ['targetGroup', 'target_groups'],
    ['setting', 'settings'],
    ['country', 'countries'],
    ['rating', 'rating_directions'],
  ] as const) {
    const value = search.get(name);
    if (value) {
      params.push(value);
      where.push(`p.${column} @> ARRAY[$${params.length}]::text[]`);
    }
  }
  const { rows } = await pool.query(
    `SELECT p.* FROM practices p WHERE ${where.join(' AND ')}
      ORDER BY p.updated_at DESC, p.id DESC LIMIT 21`,
    params,
  );
  return {
    items: rows.slice(0, 20).map((p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      language: p.language,
      targetGroups: p.target_groups,
      preventionLevel: p.prevention_level,
      settings: p.settings,
      countries: p.countries,
      organisation: p.organisation,
      curationLabel: p.curation_label,
      evidenceRating: p.evidence_rating,
      feedbackCount: p.feedback_count,
      updatedAt: p.updated_at,
    })),
    nextCursor: rows.length > 20 ? rows[19].id : null,
  };
}

/** A published practice's page: its shown revision, evaluations with outcomes, feedback summary, resources. */
async function practicePage(id: string) {
  const { rows } = await pool.query(
    `SELECT p.*, r.description, r.contact, r.start_year, r.survivor_involvement, r.survivor_note, r.mechanism,
            r.context, r.implementation, r.cost, u.display_name
       FROM practices p
       JOIN practice_revisions r ON r.practice_id = p.id AND r.number = p.published_revision
       LEFT JOIN users u ON u.id = p.author_id
      WHERE p.id = $1 AND p.curation_label IN ${PUBLISHED}`,
    [id],
  );
  if (!rows[0]) return undefined;
  const [evaluations, feedback, resources] = await Promise.all([
    pool.query(
      `SELECT e.*, u.display_name,
              (SELECT json_agg(o ORDER BY o.position) FROM evaluation_outcomes o WHERE o.evaluation_id = e.id) AS outcomes
         FROM evaluations e LEFT JOIN users u ON u.id = e.author_id
        WHERE e.practice_id = $1 ORDER BY e.created_at, e.id`,
      [id],
    ),
    pool.query(
      `SELECT count(*)::int AS count, round(avg(usefulness), 1) AS average, coalesce(sum(reached), 0) AS reached
         FROM practice_feedback WHERE practice_id = $1`,
      [id],
    ),
    pool.query(
      `SELECT r.id, r.title, r.type, r.language, r.country FROM practice_resources pr
         JOIN resources r ON r.id = pr.resource_id
        WHERE pr.practice_id = $1 AND pr.revision = $2 AND r.removed_at IS NULL AND r.scope = 'public'
        ORDER BY pr.position`,
      [id, rows[0].published_revision],
    ),
  ]);
  return {
    ...rows[0],
    evaluations: evaluations.rows,
    feedbackSummary: feedback.rows[0],
    relatedResources: resources.rows,
  };
}

const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url ?? '/', 'http://baseline');
    if (url.pathname === '/api/practices') {
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(await listPractices(url.searchParams)));
      return;
    }
    const practice = /^\/api\/practices\/([0-9a-f-]{36})$/.exec(url.pathname);
    if (practice) {
      const page = await practicePage(practice[1]!);
      if (!page) response.writeHead(404).end();
      else response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page));
      return;
    }
    const messages = /^\/api\/threads\/([0-9a-f-]{36})\/messages(\?.*)?$/.exec(request.url ?? '');
    if (messages) {
      const user = await sessionUser(request);
      if (!user) {
        response.writeHead(401).end();
        return;
      }
      const threadId = messages[1]!;
      if (request.method === 'POST') {
        const message = await postMessage(threadId, user, await readBody(request));
        if (!message) response.writeHead(404).end();
        else response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(message));
        return;
      }
      if (!(await memberThread(pool, threadId, user.id))) {
        response.writeHead(404).end();
        return;
      }
      const { rows } = await pool.query(`${MESSAGE_SQL} WHERE m.thread_id = $1 ORDER BY m.position DESC LIMIT 50`, [
        threadId,
      ]);
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ items: rows.reverse().map(toMessage) }));
      return;
    }
    if (request.url === '/api/health') {
      await pool.query('SELECT 1');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', db: 'ok' }));
      return;
    }
    if (request.url === '/api/auth/me') {
      const user = await sessionUser(request);
      if (!user) {
        response.writeHead(401).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: user.id,
          email: user.email,
          displayName: user.display_name,
          role: user.role,
          status: user.status,
          profession: user.profession,
          country: user.country,
          organisation: user.organisation,
          languages: user.languages,
          createdAt: user.created_at,
          approvedAt: user.approved_at,
        }),
      );
      return;
    }
    response.writeHead(404).end();
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
});

server.listen(Number(portText), '127.0.0.1', () => console.log('baseline listening'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
