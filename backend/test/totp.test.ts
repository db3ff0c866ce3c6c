import { generate } from 'otplib';
import { createTestApp, type TestApp } from './support/app';
import { buildUser, databaseFingerprint, TEST_PASSWORD, unchangedBy } from './support/factories';
import { nextTotpCode, totpCode } from './support/second-factor';

/** An authenticator app: set up, confirmed with a code, removed with the password. */
describe('POST /api/users/me/totp, POST /api/users/me/totp/confirm, DELETE /api/users/me/totp', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const enrol = async (token: string) => {
    const started = await app.request('POST', '/api/users/me/totp', { token });
    expect(started.status).toBe(201);
    return started.body as { secret: string; otpauthUrl: string };
  };

  it('answers 401 to a visitor on every route, and writes nothing', async () => {
    await unchangedBy(app, async () => {
      expect((await app.request('POST', '/api/users/me/totp')).status).toBe(401);
      expect((await app.request('POST', '/api/users/me/totp/confirm', { body: { code: '123456' } })).status).toBe(401);
      expect((await app.request('DELETE', '/api/users/me/totp', { body: { password: 'x' } })).status).toBe(401);
      expect((await app.request('POST', '/api/users/me/recovery-codes', { body: { password: 'x' } })).status).toBe(401);
    });
  });

  it('refuses a cookie session without the CSRF header (403), writing nothing', async () => {
    const { user } = await buildUser(app);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    await unchangedBy(app, async () => {
      const response = await app.request('POST', '/api/users/me/totp', { cookie });
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('missing or wrong x-csrf-token header');
    });
  });

  it('sets up an app: the secret and its otpauth URL, then a code confirms it and gives ten recovery codes', async () => {
    const { user, token } = await buildUser(app, { email: 'enrolling@example.org' });
    const other = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const { secret, otpauthUrl } = await enrol(token);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const url = new URL(otpauthUrl);
    expect(url.protocol).toBe('otpauth:');
    expect(url.host).toBe('totp');
    expect(decodeURIComponent(url.pathname)).toBe('/Prevention Network:enrolling@example.org');
    expect(url.searchParams.get('secret')).toBe(secret);
    expect(url.searchParams.get('issuer')).toBe('Prevention Network');

    // Pending until confirmed: sign-in does not ask for it yet.
    const meanwhile = await app.request('GET', '/api/auth/me', { token });
    expect(meanwhile.body.secondFactor).toMatchObject({ enrolled: false, totp: false });

    const confirmed = await app.request('POST', '/api/users/me/totp/confirm', {
      token,
      body: { code: await totpCode(secret) },
    });
    expect(confirmed.status).toBe(200);
    const codes = confirmed.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);

    const [stored] = await app.dataSource.query(
      `SELECT secret, confirmed_at FROM totp_credentials WHERE user_id = $1`,
      [user.id],
    );
    expect(stored.confirmed_at).not.toBeNull();
    const hashes = await app.dataSource.query(`SELECT code_hash FROM recovery_codes WHERE user_id = $1`, [user.id]);
    expect(hashes).toHaveLength(10);
    const dump = JSON.stringify(hashes);
    for (const code of codes) expect(dump).not.toContain(code.replaceAll('-', ''));

    // Enrolling ends the other sessions; this one goes on, and now reports the factor.
    expect((await app.request('GET', '/api/auth/me', { token: other.body.token })).status).toBe(401);
    const me = await app.request('GET', '/api/auth/me', { token });
    expect(me.body.secondFactor).toEqual({
      required: false,
      enrolled: true,
      totp: true,
      passkeys: 0,
      recoveryCodesLeft: 10,
    });

    // Sign-in now asks for a code.
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body).toEqual({
      secondFactor: 'required',
      challenge: expect.any(String),
      methods: ['totp', 'recovery-code'],
    });
    expect(login.headers.getSetCookie()).toEqual([]);

    const audit = await app.dataSource.query(`SELECT action, actor_id, target_id FROM audit_log WHERE target_id = $1`, [
      user.id,
    ]);
    expect(audit).toEqual([{ action: 'user.totp-enrol', actor_id: user.id, target_id: user.id }]);
  });

  it('keeps the secret encrypted at rest when TOTP_ENCRYPTION_KEY is set', async () => {
    const keyed = await createTestApp({ TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) });
    try {
      const { user, token } = await buildUser(keyed);
      const started = await keyed.request('POST', '/api/users/me/totp', { token });
      const [stored] = await keyed.dataSource.query(`SELECT secret FROM totp_credentials WHERE user_id = $1`, [
        user.id,
      ]);
      expect(stored.secret).toMatch(/^aes-256-gcm:/);
      expect(stored.secret).not.toContain(started.body.secret);
      const confirmed = await keyed.request('POST', '/api/users/me/totp/confirm', {
        token,
        body: { code: await totpCode(started.body.secret) },
      });
      expect(confirmed.status).toBe(200);
    } finally {
      await keyed.close();
    }
  });

  it('answers 400 naming the field for a malformed or wrong code, and writes nothing', async () => {
    const { token } = await buildUser(app);
    const { secret } = await enrol(token);
    const wrongCode = String((Number(await totpCode(secret)) + 1) % 1_000_000).padStart(6, '0');
    const cases: Array<[unknown, RegExp]> = [
      [{}, /^code: /],
      [{ code: 123456 }, /^code: /],
      [{ code: '12345' }, /^code: must be the 6-digit code of your authenticator app/],
      [{ code: 'abcdef' }, /^code: must be the 6-digit code/],
      [{ code: '1'.repeat(5000) }, /^code: /],
      [{ code: wrongCode }, /^code: is not the current code of your authenticator app/],
      [{ code: '123456', extra: true }, /extra/],
    ];
    for (const [body, message] of cases) {
      const before = await databaseFingerprint(app);
      const response = await app.request('POST', '/api/users/me/totp/confirm', { token, body });
      expect(response.status).toBe(400);
      expect((response.body.message as string[]).join('\n')).toMatch(message);
      expect(await databaseFingerprint(app)).toEqual(before);
    }
  });

  it('answers 404 to a confirmation with nothing being set up, and 409 to a second app', async () => {
    const { token } = await buildUser(app);
    await unchangedBy(app, async () => {
      const response = await app.request('POST', '/api/users/me/totp/confirm', { token, body: { code: '123456' } });
      expect(response.status).toBe(404);
    });
    const { secret } = await enrol(token);
    // A code with spaces, as apps show it, is fine.
    const code = await totpCode(secret);
    const spaced = `${code.slice(0, 3)} ${code.slice(3)}`;
    expect((await app.request('POST', '/api/users/me/totp/confirm', { token, body: { code: spaced } })).status).toBe(
      200,
    );
    await unchangedBy(app, async () => {
      expect((await app.request('POST', '/api/users/me/totp', { token })).status).toBe(409);
      expect((await app.request('POST', '/api/users/me/totp/confirm', { token, body: { code } })).status).toBe(409);
    });
  });

  it('accepts a code once: the same code cannot sign in twice', async () => {
    const { user, token } = await buildUser(app);
    const { secret } = await enrol(token);
    const code = await totpCode(secret);
    expect((await app.request('POST', '/api/users/me/totp/confirm', { token, body: { code } })).status).toBe(200);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const replayed = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge: login.body.challenge, method: 'totp', code },
    });
    expect(replayed.status).toBe(401);
    // A code of an earlier step than the last one used is refused too.
    const [{ last_used_step: step }] = await app.dataSource.query(
      `SELECT last_used_step FROM totp_credentials WHERE user_id = $1`,
      [user.id],
    );
    const earlier = await generate({ secret, epoch: (Number(step) - 1) * 30 });
    const stale = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge: login.body.challenge, method: 'totp', code: earlier },
    });
    expect(stale.status).toBe(401);
    const fresh = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge: login.body.challenge, method: 'totp', code: await nextTotpCode(app, user.id, secret) },
    });
    expect(fresh.status).toBe(200);
  });
});
