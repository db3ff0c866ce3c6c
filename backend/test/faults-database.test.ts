import { guardedPostgresDriver } from '../src/database/stuck-connections';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { buildUser, type BuiltUser } from './support/factories';
import { startOwnPostgres, type OwnPostgres } from './support/own-postgres';

/**
 * The app on a PostgreSQL of the test's own, which the test freezes (SIGSTOP), stops and kills: every
 * request is answered 503 with Retry-After within the configured timeouts, never a 500 or a hang, and the
 * app serves again by itself once the database is back.
 */
describe('the database frozen, stopped or killed under a running app', () => {
  let postgres: OwnPostgres;
  let app: TestApp;
  let member: BuiltUser;
  // Short limits keep the test quick; the mechanism is the one of the defaults.
  const limits = {
    DATABASE_CONNECT_TIMEOUT_MS: '1000',
    DATABASE_STATEMENT_TIMEOUT_MS: '1500',
    DATABASE_QUERY_TIMEOUT_MS: '2000',
    // Long, so that only the app can be what ends a connection stuck in a transaction.
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '600000',
  };

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    app = await createTestApp(limits, { databaseUrl: postgres.url });
    member = await buildUser(app);
  }, 60_000);
  afterAll(async () => {
    // Thawed first: a frozen server would hold the app's close.
    postgres?.thaw();
    await app?.close().catch(() => {});
    await postgres?.dispose();
  }, 60_000);

  /** A request that cannot hang the test: the bound is far above the app's own timeouts. */
  async function send(method: string, path: string, body?: unknown, token?: string) {
    const response = await checkedFetch(app.url + path, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
  }

  const registration = (email: string) => ({
    email,
    password: 'a long enough password',
    displayName: 'Fault check',
    profession: 'educators',
    country: 'SE',
  });

  /**
   * Every kind of route: a write whose first statement opens a transaction (alone first, so that it gets a
   * pooled connection and sends its BEGIN), then public and signed-in reads, more at once than the pool holds.
   */
  async function everyKindOfRequest(tag: string) {
    const write = await send('POST', '/api/auth/register', registration(`${tag}@example.org`));
    const reads = await Promise.all([
      send('GET', '/api/health'),
      send('GET', '/api/auth/me', undefined, member.token),
      send('GET', '/api/groups'),
      ...Array.from({ length: 12 }, () => send('GET', '/api/notifications', undefined, member.token)),
    ]);
    return [...reads, write];
  }

  function expectUnavailable(responses: Awaited<ReturnType<typeof send>>[]) {
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(Number(response.retryAfter)).toBeGreaterThan(0);
    }
    expect(responses[0]!.body).toEqual({ status: 'error', db: 'unreachable' });
    for (const response of responses.slice(1)) {
      expect(response.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    }
  }

  async function expectServing(tag: string) {
    expect((await send('GET', '/api/health')).status).toBe(200);
    expect((await send('GET', '/api/auth/me', undefined, member.token)).status).toBe(200);
    expect((await send('POST', '/api/auth/register', registration(`${tag}@example.org`))).status).toBe(201);
  }

  it('frozen: every request is a 503 with Retry-After; thawed, the app serves again', async () => {
    await expectServing('before-freeze');
    // Open connections in the app's pool, as a busy app has: requests then also wait on a frozen server's
    // answer, not only on opening a connection.
    await Promise.all(Array.from({ length: 10 }, () => app.dataSource.query('SELECT pg_sleep(0.05)')));
    postgres.freeze();
    try {
      expectUnavailable(await everyKindOfRequest('while-frozen'));
    } finally {
      postgres.thaw();
    }
    await expectServing('after-thaw');
  }, 60_000);

  it('frozen: a connection whose statement went unanswered is closed, not given to the next request', async () => {
    const pool = new guardedPostgresDriver.Pool({ connectionString: postgres.url, max: 1, query_timeout: 500 });
    try {
      const stuck = await pool.connect();
      postgres.freeze();
      try {
        await expect(stuck.query('BEGIN')).rejects.toThrow('Query read timeout');
        stuck.release();
        expect(pool.totalCount).toBe(0);
      } finally {
        postgres.thaw();
      }
      // Reused, the connection would now sit inside the BEGIN that the server ran on resuming: writes made
      // on it would never be committed. A new one is outside any transaction (now() is the statement's time).
      const next = await pool.connect();
      try {
        expect(next).not.toBe(stuck);
        const { rows } = await next.query('SELECT now() = statement_timestamp() AS outside');
        expect(rows[0].outside).toBe(true);
      } finally {
        next.release();
      }
    } finally {
      await pool.end();
    }
  }, 60_000);

  it('stopped: a 503, not a 500; started again, the app serves without a restart', async () => {
    await postgres.stop();
    expectUnavailable(await everyKindOfRequest('while-stopped'));
    await postgres.start();
    await expectServing('after-restart');
  }, 60_000);

  it('killed: a 503; after its crash recovery, the app serves again', async () => {
    postgres.kill();
    expectUnavailable(await everyKindOfRequest('while-killed'));
    await postgres.start();
    await expectServing('after-recovery');
  }, 60_000);
});
