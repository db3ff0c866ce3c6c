import { createTestApp, type TestApp } from './support/app';
import { buildUser, databaseFingerprint, TEST_PASSWORD, unchangedBy, type BuiltUser } from './support/factories';
import { nextTotpCode } from './support/second-factor';

/** The second step of signing in: POST /api/auth/login/second-factor. */
describe('POST /api/auth/login/second-factor', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '8', LOGIN_LIMIT_DELAY_SECONDS: '60' });
  });
  afterAll(() => app.close());

  async function password(member: BuiltUser) {
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body.secondFactor).toBe('required');
    return login.body.challenge as string;
  }

  async function withRecoveryCodes() {
    const member = await buildUser(app, { secondFactor: 'totp' });
    const codes = await app.request('POST', '/api/users/me/recovery-codes', {
      token: member.token,
      body: { password: TEST_PASSWORD },
    });
    return { member, codes: codes.body.recoveryCodes as string[] };
  }

  it('asks nothing more of an account without a second factor', async () => {
    const member = await buildUser(app);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    expect(login.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: member.user.id }) });
  });

  it('gives no session for the password alone, and one for the code: cookie and bearer token alike', async () => {
    const member = await buildUser(app, { secondFactor: 'totp' });
    const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [
      member.user.id,
    ]);
    const challenge = await password(member);
    const between = await app.dataSource.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [
      member.user.id,
    ]);
    expect(between).toEqual(before);
    const [stored] = await app.dataSource.query(`SELECT token_hash FROM auth_challenges WHERE user_id = $1`, [
      member.user.id,
    ]);
    expect(stored.token_hash).not.toContain(challenge);

    const done = await app.request('POST', '/api/auth/login/second-factor', {
      headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' },
      body: { challenge, method: 'totp', code: await nextTotpCode(app, member.user.id, member.totpSecret!) },
    });
    expect(done.status).toBe(200);
    expect(done.body.user).toMatchObject({ id: member.user.id, secondFactor: { enrolled: true, totp: true } });
    const cookies = done.headers.getSetCookie();
    expect(cookies.find((c) => c.startsWith('pn_session='))).toMatch(/HttpOnly/i);
    const cookie = cookies.map((c) => c.split(';')[0]).join('; ');
    expect((await app.request('GET', '/api/auth/me', { cookie })).status).toBe(200);
    expect((await app.request('GET', '/api/auth/me', { token: done.body.token })).status).toBe(200);
    const [session] = await app.dataSource.query(
      `SELECT user_agent, ip FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [member.user.id],
    );
    expect(session).toEqual({ user_agent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0', ip: '127.0.0.1' });

    // The challenge is single-use.
    const again = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge, method: 'totp', code: await nextTotpCode(app, member.user.id, member.totpSecret!) },
    });
    expect(again.status).toBe(401);
    expect(again.body.message).toBe('this sign-in has expired or was already completed: sign in again');
  });

  it('answers 400 naming the field for bad input, and writes nothing', async () => {
    const member = await buildUser(app, { secondFactor: 'totp' });
    const challenge = await password(member);
    const cases: Array<[unknown, RegExp]> = [
      [{}, /^method: must be one of totp, webauthn, recovery-code/],
      [{ challenge, method: 'sms', code: '123456' }, /^method: must be one of/],
      [{ challenge, method: 'totp' }, /^code: /],
      [{ challenge, method: 'totp', code: '12345' }, /^code: must be the 6-digit code/],
      [{ method: 'totp', code: '123456' }, /^challenge: /],
      [{ challenge: 'has spaces', method: 'totp', code: '123456' }, /^challenge: /],
      [{ challenge, method: 'recovery-code', code: 'short' }, /^code: must be one of your recovery codes/],
      [{ challenge, method: 'webauthn' }, /^assertion: /],
      [{ challenge, method: 'webauthn', assertion: { id: 'x' } }, /^assertion\./],
      [{ challenge, method: 'totp', code: '123456', password: 'x' }, /password/],
    ];
    for (const [body, message] of cases) {
      const before = await databaseFingerprint(app);
      const response = await app.request('POST', '/api/auth/login/second-factor', { body });
      expect(response.status).toBe(400);
      expect((response.body.message as string[]).join('\n')).toMatch(message);
      expect(await databaseFingerprint(app)).toEqual(before);
    }
  });

  it('answers 401 for an unknown or expired challenge, and for a passkey the account does not have', async () => {
    const member = await buildUser(app, { secondFactor: 'totp' });
    await unchangedBy(app, async () => {
      const unknown = await app.request('POST', '/api/auth/login/second-factor', {
        body: { challenge: 'A'.repeat(43), method: 'totp', code: '123456' },
      });
      expect(unknown.status).toBe(401);
    });
    const challenge = await password(member);
    await app.dataSource.query(`UPDATE auth_challenges SET expires_at = now() - interval '1 second'`);
    const expired = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge, method: 'totp', code: await nextTotpCode(app, member.user.id, member.totpSecret!) },
    });
    expect(expired.status).toBe(401);
  });

  it('takes a recovery code once, in any case and spacing, and audits its use', async () => {
    const { member, codes } = await withRecoveryCodes();
    const first = codes[0]!;
    const done = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge: await password(member), method: 'recovery-code', code: ` ${first.toUpperCase()} ` },
    });
    expect(done.status).toBe(200);
    expect(done.body.user.secondFactor.recoveryCodesLeft).toBe(9);
    const reused = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge: await password(member), method: 'recovery-code', code: first },
    });
    expect(reused.status).toBe(401);
    expect(reused.body.message).toBe('the code is not right');
    const other = await withRecoveryCodes();
    const foreign = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge: await password(member), method: 'recovery-code', code: other.codes[0] },
    });
    expect(foreign.status).toBe(401);

    const [entry] = await app.dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE target_id = $1 AND action = 'user.recovery-code-use'`,
      [member.user.id],
    );
    expect(entry).toEqual({ actor_id: member.user.id, details: { left: 9 } });
  });

  it('spends a challenge after five wrong codes: sign-in starts again from the password', async () => {
    const member = await buildUser(app, { secondFactor: 'totp' });
    const challenge = await password(member);
    const wrong = (n: number) =>
      app.request('POST', '/api/auth/login/second-factor', {
        body: { challenge, method: 'totp', code: String(100000 + n) },
      });
    for (let n = 0; n < 4; n++) expect((await wrong(n)).body.message).toBe('the code is not right');
    const fifth = await wrong(4);
    expect(fifth.status).toBe(401);
    expect(fifth.body.message).toBe('too many wrong codes: sign in again');
    const right = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge, method: 'totp', code: await nextTotpCode(app, member.user.id, member.totpSecret!) },
    });
    expect(right.status).toBe(401);
    expect(right.body.message).toBe('this sign-in has expired or was already completed: sign in again');
    // Starting again from the password works.
    const fresh = await app.request('POST', '/api/auth/login/second-factor', {
      body: {
        challenge: await password(member),
        method: 'totp',
        code: await nextTotpCode(app, member.user.id, member.totpSecret!),
      },
    });
    expect(fresh.status).toBe(200);
  });

  it('holds an account back after repeated wrong codes across challenges (429 with Retry-After)', async () => {
    const member = await buildUser(app, { secondFactor: 'totp' });
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      const challenge = await password(member);
      for (let n = 0; n < 4; n++) {
        const response = await app.request('POST', '/api/auth/login/second-factor', {
          body: { challenge, method: 'totp', code: String(200000 + round * 10 + n) },
        });
        statuses.push(response.status);
        if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401));
    expect(statuses.slice(8)).toEqual(Array(4).fill(429));
  });

  it('refuses an account suspended between its password and its second factor (403)', async () => {
    const member = await buildUser(app, { secondFactor: 'totp' });
    const challenge = await password(member);
    await app.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [member.user.id]);
    const response = await app.request('POST', '/api/auth/login/second-factor', {
      body: { challenge, method: 'totp', code: await nextTotpCode(app, member.user.id, member.totpSecret!) },
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('this account is suspended');
  });

  it('lets a pending applicant protect their account and sign in with it', async () => {
    const applicant = await buildUser(app, { status: 'pending', secondFactor: 'totp' });
    const me = await app.request('GET', '/api/auth/me', { token: applicant.token });
    expect(me.body).toMatchObject({ status: 'pending', secondFactor: { enrolled: true, required: false } });
  });
});
