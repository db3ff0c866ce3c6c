import type { WebAuthnCeremony } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { SoftwareAuthenticator } from './support/authenticator';
import { buildUser, databaseFingerprint, TEST_PASSWORD, unchangedBy, type BuiltUser } from './support/factories';

/** The product's address in the tests (PUBLIC_URL's default): the relying party of every passkey. */
const ORIGIN = 'http://localhost:3000';

describe('passkeys: /api/users/me/passkeys and passwordless sign-in at /api/auth/passkeys', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function register(member: BuiltUser, authenticator: SoftwareAuthenticator, name = 'Work laptop') {
    const options = await app.request<WebAuthnCeremony>('POST', '/api/users/me/passkeys/options', {
      token: member.token,
    });
    expect(options.status).toBe(200);
    const response = await app.request('POST', '/api/users/me/passkeys', {
      token: member.token,
      body: { challenge: options.body.challenge, name, credential: authenticator.register(options.body.options) },
    });
    return response;
  }

  it('answers 401 to a visitor on every own-passkey route, and writes nothing', async () => {
    await unchangedBy(app, async () => {
      expect((await app.request('POST', '/api/users/me/passkeys/options')).status).toBe(401);
      expect((await app.request('POST', '/api/users/me/passkeys', { body: {} })).status).toBe(401);
      expect((await app.request('GET', '/api/users/me/passkeys')).status).toBe(401);
      const someId = '00000000-0000-4000-8000-000000000000';
      expect(
        (await app.request('DELETE', `/api/users/me/passkeys/${someId}`, { body: { password: 'x' } })).status,
      ).toBe(401);
    });
  });

  it('registers a passkey verified against its challenge, lists it, and makes sign-in ask for it', async () => {
    const member = await buildUser(app);
    const elsewhere = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    const options = await app.request('POST', '/api/users/me/passkeys/options', { token: member.token });
    expect(options.body.options).toMatchObject({
      rp: { id: 'localhost', name: 'Prevention Network' },
      user: { name: member.user.email },
      challenge: options.body.challenge,
      attestation: 'none',
    });
    const registered = await register(member, authenticator, 'Work laptop');
    expect(registered.status).toBe(201);
    expect(registered.body.passkey).toEqual({
      id: expect.any(String),
      name: 'Work laptop',
      createdAt: expect.any(String),
      lastUsedAt: null,
      backedUp: false,
    });
    // The first second factor comes with recovery codes; a second passkey does not.
    expect(registered.body.recoveryCodes).toHaveLength(10);
    const another = await register(member, new SoftwareAuthenticator(ORIGIN), 'Phone');
    expect(another.body.recoveryCodes).toBeNull();

    const list = await app.request('GET', '/api/users/me/passkeys', { token: member.token });
    expect(list.body.map((passkey: { name: string }) => passkey.name)).toEqual(['Work laptop', 'Phone']);
    expect((await app.request('GET', '/api/auth/me', { token: elsewhere.body.token })).status).toBe(401);

    const login = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    expect(login.body).toMatchObject({ secondFactor: 'required', methods: ['webauthn', 'recovery-code'] });
    expect(login.body.webauthn.allowCredentials).toHaveLength(2);
    expect(login.body.webauthn.challenge).toBe(login.body.challenge);
    const done = await app.request('POST', '/api/auth/login/second-factor', {
      body: {
        challenge: login.body.challenge,
        method: 'webauthn',
        assertion: authenticator.assert(login.body.webauthn),
      },
    });
    expect(done.status).toBe(200);
    expect(done.body.user.id).toBe(member.user.id);
    expect(done.headers.getSetCookie().some((cookie) => cookie.startsWith('pn_session='))).toBe(true);
    const [row] = await app.dataSource.query(`SELECT counter, last_used_at FROM passkeys WHERE name = 'Work laptop'`);
    expect(Number(row.counter)).toBe(1);
    expect(row.last_used_at).not.toBeNull();

    const audit = await app.dataSource.query(`SELECT action, details FROM audit_log WHERE target_id = $1`, [
      member.user.id,
    ]);
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual(['user.passkey-add', 'user.passkey-add']);
    expect(audit[0].details).toMatchObject({ name: 'Work laptop' });
  });

  it('refuses a registration for another site, a reused or foreign challenge, or a bad body (400), writing nothing', async () => {
    const member = await buildUser(app);
    const options = await app.request('POST', '/api/users/me/passkeys/options', { token: member.token });
    const credential = new SoftwareAuthenticator('https://evil.example').register(options.body.options);
    const before = await databaseFingerprint(app);
    const foreign = await app.request('POST', '/api/users/me/passkeys', {
      token: member.token,
      body: { challenge: options.body.challenge, name: 'Phished', credential },
    });
    // Nothing is stored; only the challenge is spent, as every challenge is by its first use.
    const after = await databaseFingerprint(app);
    expect({ ...after, auth_challenges: null }).toEqual({ ...before, auth_challenges: null });
    expect(after.auth_challenges).not.toEqual(before.auth_challenges);
    expect(foreign.status).toBe(400);
    expect(foreign.body.message).toEqual(['credential: could not be verified for this site and challenge']);

    const retry = await app.request('POST', '/api/users/me/passkeys', {
      token: member.token,
      body: {
        challenge: options.body.challenge,
        name: 'Retry',
        credential: new SoftwareAuthenticator(ORIGIN).register(options.body.options),
      },
    });
    expect(retry.status).toBe(400);
    expect(retry.body.message).toEqual(['challenge: has expired or was not given to you: start again']);

    // Another member's challenge is not this one's.
    const other = await buildUser(app);
    const theirs = await app.request('POST', '/api/users/me/passkeys/options', { token: other.token });
    const stolen = await app.request('POST', '/api/users/me/passkeys', {
      token: member.token,
      body: {
        challenge: theirs.body.challenge,
        name: 'Not mine',
        credential: new SoftwareAuthenticator(ORIGIN).register(theirs.body.options),
      },
    });
    expect(stolen.status).toBe(400);

    const fresh = await app.request('POST', '/api/users/me/passkeys/options', { token: member.token });
    const good = new SoftwareAuthenticator(ORIGIN).register(fresh.body.options);
    const cases: Array<[unknown, RegExp]> = [
      [{}, /challenge/],
      [{ challenge: fresh.body.challenge, credential: good }, /^name: /],
      [{ challenge: fresh.body.challenge, name: '   ', credential: good }, /^name: must not be empty/],
      [{ challenge: fresh.body.challenge, name: 'x'.repeat(61), credential: good }, /^name: must be at most 60/],
      [{ challenge: fresh.body.challenge, name: 'Key', credential: { ...good, type: 'password' } }, /^credential.type/],
      [
        { challenge: fresh.body.challenge, name: 'Key', credential: { ...good, response: { clientDataJSON: '!!' } } },
        /^credential.response/,
      ],
      [{ challenge: 'not a token!', name: 'Key', credential: good }, /^challenge: /],
    ];
    for (const [body, message] of cases) {
      const before = await databaseFingerprint(app);
      const response = await app.request('POST', '/api/users/me/passkeys', { token: member.token, body });
      expect(response.status).toBe(400);
      expect((response.body.message as string[]).join('\n')).toMatch(message);
      expect(await databaseFingerprint(app)).toEqual(before);
    }
    expect((await app.request('GET', '/api/users/me/passkeys', { token: member.token })).body).toEqual([]);
  });

  it('signs in without a password with a passkey that verified the person', async () => {
    const member = await buildUser(app);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    expect((await register(member, authenticator)).status).toBe(201);

    const options = await app.request('POST', '/api/auth/passkeys/options');
    expect(options.status).toBe(200);
    expect(options.body.options).toMatchObject({ rpId: 'localhost', userVerification: 'required' });
    expect(options.body.options.allowCredentials ?? []).toEqual([]);
    const assertion = authenticator.assert(options.body.options);
    const signedIn = await app.request('POST', '/api/auth/passkeys/verify', {
      body: { challenge: options.body.challenge, assertion },
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ id: member.user.id, secondFactor: { enrolled: true, passkeys: 1 } });
    expect((await app.request('GET', '/api/auth/me', { token: signedIn.body.token })).status).toBe(200);

    // The challenge is single-use.
    const replay = await app.request('POST', '/api/auth/passkeys/verify', {
      body: { challenge: options.body.challenge, assertion },
    });
    expect(replay.status).toBe(401);

    // Without user verification (no PIN or biometrics) a passkey is one factor only: refused here.
    const next = await app.request('POST', '/api/auth/passkeys/options');
    const unverified = await app.request('POST', '/api/auth/passkeys/verify', {
      body: {
        challenge: next.body.challenge,
        assertion: authenticator.assert(next.body.options, { userVerified: false }),
      },
    });
    expect(unverified.status).toBe(401);

    // An authenticator the site never saw.
    const stranger = new SoftwareAuthenticator(ORIGIN);
    stranger.register({ challenge: 'AAAA', user: { id: 'AAAA' } } as never);
    const third = await app.request('POST', '/api/auth/passkeys/options');
    const unknown = await app.request('POST', '/api/auth/passkeys/verify', {
      body: { challenge: third.body.challenge, assertion: stranger.assert(third.body.options) },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.message).toBe('this passkey could not be verified: it may have been removed');
  });

  it('lists the passkeys in the data export, without their keys', async () => {
    const member = await buildUser(app);
    await register(member, new SoftwareAuthenticator(ORIGIN), 'Exported key');
    const exported = await app.request('GET', '/api/users/me/export', { token: member.token });
    expect(exported.body.passkeys).toEqual([expect.objectContaining({ name: 'Exported key', lastUsedAt: null })]);
    const [row] = await app.dataSource.query(`SELECT credential_id FROM passkeys WHERE user_id = $1`, [member.user.id]);
    expect(JSON.stringify(exported.body)).not.toContain(row.credential_id);
  });

  it('refuses a passwordless sign-in to a suspended account', async () => {
    const member = await buildUser(app);
    const authenticator = new SoftwareAuthenticator(ORIGIN);
    await register(member, authenticator);
    await app.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [member.user.id]);
    const options = await app.request('POST', '/api/auth/passkeys/options');
    const response = await app.request('POST', '/api/auth/passkeys/verify', {
      body: { challenge: options.body.challenge, assertion: authenticator.assert(options.body.options) },
    });
    expect(response.status).toBe(403);
  });

  it('removes a passkey only with the password; someone else’s is a 404', async () => {
    const member = await buildUser(app);
    const second = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    const registered = await register(member, new SoftwareAuthenticator(ORIGIN));
    const id = registered.body.passkey.id as string;
    // Registering ended that other session; sign in on a second device again, with the passkey's help.
    expect((await app.request('GET', '/api/auth/me', { token: second.body.token })).status).toBe(401);

    const other = await buildUser(app);
    await unchangedBy(app, async () => {
      const foreign = await app.request('DELETE', `/api/users/me/passkeys/${id}`, {
        token: other.token,
        body: { password: TEST_PASSWORD },
      });
      expect(foreign.status).toBe(404);
      const wrong = await app.request('DELETE', `/api/users/me/passkeys/${id}`, {
        token: member.token,
        body: { password: 'not the password' },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.message).toEqual(['password: is not your password']);
      const badId = await app.request('DELETE', '/api/users/me/passkeys/not-a-uuid', {
        token: member.token,
        body: { password: TEST_PASSWORD },
      });
      expect(badId.status).toBe(400);
      expect(badId.body.message).toEqual(['id: must be a UUID']);
    });

    const removed = await app.request('DELETE', `/api/users/me/passkeys/${id}`, {
      token: member.token,
      body: { password: TEST_PASSWORD },
    });
    expect(removed.status).toBe(204);
    expect((await app.request('GET', '/api/users/me/passkeys', { token: member.token })).body).toEqual([]);
    const me = await app.request('GET', '/api/auth/me', { token: member.token });
    expect(me.body.secondFactor).toMatchObject({ enrolled: false, passkeys: 0, recoveryCodesLeft: 0 });
    const [entry] = await app.dataSource.query(
      `SELECT details FROM audit_log WHERE target_id = $1 AND action = 'user.passkey-remove'`,
      [member.user.id],
    );
    expect(entry.details).toEqual({ passkeyId: id, name: 'Work laptop' });
  });
});
