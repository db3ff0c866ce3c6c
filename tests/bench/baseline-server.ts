import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'pg';

/**
 * The baseline: a bare Node `http` server that runs the same SQL as the app through `pg`, with no
 * framework, no validation and no logging. Started as its own process so that it can be pinned like the app.
 */
const [databaseUrl, portText] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 10 });
pool.on('error', () => {});

const server = createServer(async (request, response) => {
  try {
    if (request.url === '/api/health') {
      await pool.query('SELECT 1');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', db: 'ok' }));
      return;
    }
    if (request.url === '/api/auth/me') {
      const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      const { rows } = await pool.query(
        `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > now()`,
        [createHash('sha256').update(token).digest('hex')],
      );
      if (!rows[0]) {
        response.writeHead(401).end();
        return;
      }
      const user = rows[0];
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
