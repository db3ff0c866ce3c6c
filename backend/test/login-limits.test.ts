import { createTestApp, type TestApp } from './support/app';
import { buildUser, TEST_PASSWORD } from './support/factories';
import { startOwnRedis } from './support/own-redis';
import { TEST_REDIS_URL } from './support/redis';

/**
 * Sign-in limits count failures only: per account and address, with delays that grow, and per address.
 * Requests carry X-Forwarded-For (TRUST_PROXY) to come from several addresses.
 */
const OWNER = '198.51.100.7';
const ATTACKER = '203.0.113.9';

function signIn(app: TestApp, email: string, password: string, from: string) {
  return app.request('POST', '/api/auth/login', {
    body: { email, password },
    headers: { 'x-forwarded-for': from },
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('sign-in limits', () => {
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string>, options?: Parameters<typeof createTestApp>[1]) => {
    const app = await createTestApp({ TRUST_PROXY: 'true', ...env }, options);
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });

  it('let the owner in from their own address while another address hammers the account', async () => {
    const app = await start({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '3', LOGIN_LIMIT_PER_IP: '6' });
    const { user } = await buildUser(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      statuses.push((await signIn(app, user.email, `guess number ${attempt}`, ATTACKER)).status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual(Array(7).fill(429));
    // The attacker's address is held back even with the right password...
    expect((await signIn(app, user.email, TEST_PASSWORD, ATTACKER)).status).toBe(429);
    // ...and the owner, elsewhere, is not.
    const owner = await signIn(app, user.email, TEST_PASSWORD, OWNER);
    expect(owner.status).toBe(200);
    expect(owner.body.user.id).toBe(user.id);
  });

  it('never count successful sign-ins: the eleventh and twentieth get in', async () => {
    const app = await start({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '3', LOGIN_LIMIT_PER_IP: '3' });
    const { user } = await buildUser(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      statuses.push((await signIn(app, user.email, TEST_PASSWORD, OWNER)).status);
    }
    expect(statuses).toEqual(Array(20).fill(200));
  });

  it('hold one address back for longer after each further failure, and forget after a success', async () => {
    const app = await start({
      LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '2',
      LOGIN_LIMIT_DELAY_SECONDS: '1',
      LOGIN_LIMIT_MAX_DELAY_SECONDS: '60',
    });
    const { user } = await buildUser(app);
    expect((await signIn(app, user.email, 'wrong password 1', ATTACKER)).status).toBe(401);
    expect((await signIn(app, user.email, 'wrong password 2', ATTACKER)).status).toBe(401);
    const delays: number[] = [];
    for (let round = 0; round < 3; round++) {
      const held = await signIn(app, user.email, 'wrong password 3', ATTACKER);
      expect(held.status).toBe(429);
      expect(held.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'too many attempts: try again later',
      });
      const retryAfter = Number(held.headers.get('retry-after'));
      delays.push(retryAfter);
      // Wait the delay out (generously bounded), then fail once more.
      let next = held;
      for (let wait = 0; next.status === 429 && wait < 20; wait++) {
        await sleep(retryAfter * 1000);
        next = await signIn(app, user.email, `wrong password round ${round}`, ATTACKER);
      }
      expect(next.status).toBe(401);
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    // The same account from another address, and another account from this one, are not held back.
    expect((await signIn(app, user.email, TEST_PASSWORD, OWNER)).status).toBe(200);
    const other = await buildUser(app);
    expect((await signIn(app, other.user.email, TEST_PASSWORD, ATTACKER)).status).toBe(200);
  });

  it('forget an address’s consecutive failures after a correct password', async () => {
    const app = await start({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '3', LOGIN_LIMIT_DELAY_SECONDS: '60' });
    const { user } = await buildUser(app);
    for (let round = 0; round < 3; round++) {
      expect((await signIn(app, user.email, 'a typo, once', OWNER)).status).toBe(401);
      expect((await signIn(app, user.email, 'a typo, twice', OWNER)).status).toBe(401);
      expect((await signIn(app, user.email, TEST_PASSWORD, OWNER)).status).toBe(200);
    }
  });

  it('limit failures per address across accounts, with Retry-After', async () => {
    const app = await start({ LOGIN_LIMIT_PER_IP: '4' });
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await signIn(app, `guess-${attempt}@example.org`, 'wrong password!', ATTACKER)).status).toBe(401);
    }
    const blocked = await signIn(app, 'guess-9@example.org', 'x', ATTACKER);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const { user } = await buildUser(app);
    expect((await signIn(app, user.email, TEST_PASSWORD, OWNER)).status).toBe(200);
  });

  it('keep the counters in the database, hashed: no email or address in them', async () => {
    const app = await start({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '5' });
    const { user } = await buildUser(app);
    await signIn(app, user.email, 'wrong password!', ATTACKER);
    const rows = (await app.dataSource.query(`SELECT key FROM rate_limits`)) as Array<{ key: string }>;
    expect(rows.map((row) => row.key.split(':')[0]).sort()).toEqual(['login.account-address', 'login.address']);
    const keys = rows.map((row) => row.key).join(' ');
    expect(keys).not.toContain(user.email);
    expect(keys).not.toContain(ATTACKER);
  });

  it('share the counters between two instances on one database', async () => {
    const env = { LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '2', LOGIN_LIMIT_DELAY_SECONDS: '60' };
    const first = await start(env);
    const second = await start(env, { shareDatabaseOf: first });
    const { user } = await buildUser(first);
    expect((await signIn(first, user.email, 'wrong password 1', ATTACKER)).status).toBe(401);
    expect((await signIn(second, user.email, 'wrong password 2', ATTACKER)).status).toBe(401);
    const held = await signIn(first, user.email, TEST_PASSWORD, ATTACKER);
    expect(held.status).toBe(429);
    const heldToo = await signIn(second, user.email, TEST_PASSWORD, ATTACKER);
    expect(heldToo.status).toBe(429);
    expect(Number(heldToo.headers.get('retry-after'))).toBeGreaterThan(30);
    expect((await signIn(second, user.email, TEST_PASSWORD, OWNER)).status).toBe(200);
  });

  it('limit applications per address (429), the next hour’s budget being another address’s business', async () => {
    const app = await start({ REGISTER_LIMIT_PER_IP: '2' });
    const apply = (n: number, from: string) =>
      app.request('POST', '/api/auth/register', {
        headers: { 'x-forwarded-for': from },
        body: {
          email: `applicant-${n}@example.org`,
          password: 'a long enough password',
          displayName: `Applicant ${n}`,
          profession: 'educators',
          country: 'SE',
        },
      });
    expect((await apply(1, ATTACKER)).status).toBe(201);
    expect((await apply(2, ATTACKER)).status).toBe(201);
    const refused = await apply(3, ATTACKER);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE email = $1`, [
      'applicant-3@example.org',
    ]);
    expect(count).toBe(0);
    expect((await apply(4, OWNER)).status).toBe(201);
  });
});

const withRedis = process.env.PN_TEST_REDIS === 'available' ? it : it.skip;

describe('sign-in limits with Redis', () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });

  withRedis('keep the counters in Redis, shared by two instances, and none in the database', async () => {
    const env = {
      TRUST_PROXY: 'true',
      REDIS_URL: TEST_REDIS_URL,
      LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '2',
      LOGIN_LIMIT_DELAY_SECONDS: '60',
    };
    const first = await createTestApp(env);
    apps.push(first);
    const second = await createTestApp(env, { shareDatabaseOf: first });
    apps.push(second);
    const { user } = await buildUser(first);
    expect((await signIn(first, user.email, 'wrong password 1', ATTACKER)).status).toBe(401);
    expect((await signIn(second, user.email, 'wrong password 2', ATTACKER)).status).toBe(401);
    expect((await signIn(first, user.email, TEST_PASSWORD, ATTACKER)).status).toBe(429);
    expect((await signIn(second, user.email, TEST_PASSWORD, OWNER)).status).toBe(200);
    expect(await first.dataSource.query(`SELECT key FROM rate_limits`)).toEqual([]);
  });

  withRedis('fall back on the database while Redis cannot be reached, and go back to Redis after', async () => {
    const redis = await startOwnRedis();
    let app: TestApp | undefined;
    try {
      app = await createTestApp({
        TRUST_PROXY: 'true',
        REDIS_URL: redis.url,
        LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '2',
        LOGIN_LIMIT_DELAY_SECONDS: '60',
      });
      const { user } = await buildUser(app);
      const counters = async () => (await app!.dataSource.query(`SELECT key FROM rate_limits`)).length as number;
      expect((await signIn(app, user.email, 'wrong password 0', OWNER)).status).toBe(401);
      expect(await counters()).toBe(0);

      await redis.stop();
      expect((await signIn(app, user.email, 'wrong password 1', ATTACKER)).status).toBe(401);
      expect((await signIn(app, user.email, 'wrong password 2', ATTACKER)).status).toBe(401);
      expect((await signIn(app, user.email, TEST_PASSWORD, ATTACKER)).status).toBe(429);
      expect((await signIn(app, user.email, TEST_PASSWORD, OWNER)).status).toBe(200);
      const whileDown = await counters();
      expect(whileDown).toBeGreaterThan(0);

      // Redis comes back: once the app has reconnected, failures are counted there again.
      await redis.start();
      let attempt = 0;
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; attempt++) {
        const before = await counters();
        await signIn(app, `someone-${attempt}@example.org`, 'wrong password', `192.0.2.${attempt % 250}`);
        if ((await counters()) === before) break;
        await sleep(200);
      }
      const after = await counters();
      await signIn(app, 'one-more@example.org', 'wrong password', '192.0.2.251');
      expect(await counters()).toBe(after);
    } finally {
      // Closed while Redis runs, and Redis stopped once every client has let go, so that nothing lingers.
      await app?.close();
      await redis.waitUntilUnused();
      await redis.stop();
    }
  });
});
