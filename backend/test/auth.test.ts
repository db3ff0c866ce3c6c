import { createTestApp, type TestApp } from './support/app';
import { buildUser, databaseFingerprint, TEST_PASSWORD } from './support/factories';

const valid = {
  email: 'Asta.Example@Example.org',
  password: 'a long enough password',
  displayName: 'Asta',
  profession: 'health-professionals',
  country: 'dk',
  organisation: 'Regional health service',
  languages: ['da', 'en', 'da'],
};

function cookiesOf(setCookie: string[]): string {
  return setCookie.map((cookie) => cookie.split(';')[0]).join('; ');
}

describe('POST /api/auth/register', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('creates a pending account, signs it in with a cookie and a token, and normalises the input', async () => {
    const response = await app.request('POST', '/api/auth/register', { body: valid });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      email: 'asta.example@example.org',
      displayName: 'Asta',
      role: 'practitioner',
      status: 'pending',
      country: 'DK',
      languages: ['da', 'en'],
    });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const setCookie = response.headers.getSetCookie();
    expect(setCookie.find((c) => c.startsWith('pn_session='))).toMatch(/HttpOnly/i);
    expect(setCookie.find((c) => c.startsWith('pn_session='))).toMatch(/SameSite=Lax/i);
    expect(setCookie.find((c) => c.startsWith('pn_csrf='))).not.toMatch(/HttpOnly/i);

    const byToken = await app.request('GET', '/api/auth/me', { token: response.body.token });
    expect(byToken.body).toMatchObject({ email: 'asta.example@example.org', status: 'pending' });
    const byCookie = await app.request('GET', '/api/auth/me', { cookie: cookiesOf(setCookie) });
    expect(byCookie.status).toBe(200);

    const [stored] = await app.dataSource.query(`SELECT password_hash FROM users WHERE email = $1`, [
      'asta.example@example.org',
    ]);
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const [session] = await app.dataSource.query(`SELECT token_hash FROM sessions`);
    expect(session.token_hash).not.toContain(response.body.token);
  });

  it('refuses a second account with the same email, whatever its case (409)', async () => {
    await app.request('POST', '/api/auth/register', { body: { ...valid, email: 'twice@example.org' } });
    const before = await databaseFingerprint(app);
    const response = await app.request('POST', '/api/auth/register', {
      body: { ...valid, email: 'TWICE@example.org' },
    });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'an account with this email already exists',
    });
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  const badBodies: Array<[string, unknown, RegExp]> = [
    ['an empty body', {}, /email/],
    ['a missing password', { ...valid, password: undefined }, /password/],
    ['a number for an email', { ...valid, email: 42 }, /email/],
    ['an invalid email', { ...valid, email: 'not-an-email' }, /email: must be an email address/],
    ['a short password', { ...valid, password: 'short' }, /password: must be at least 12/],
    ['a password of 10,000 characters', { ...valid, password: 'x'.repeat(10_000) }, /password: must be at most 128/],
    ['an unknown profession', { ...valid, profession: 'astronauts' }, /profession/],
    ['an unknown country', { ...valid, country: 'XX' }, /country: must be an ISO 3166-1/],
    ['a country name instead of a code', { ...valid, country: 'Denmark' }, /country/],
    ['an unknown language', { ...valid, languages: ['da', 'zz'] }, /languages.1: must be an ISO 639-1/],
    ['languages as a string', { ...valid, languages: 'da' }, /languages/],
    [
      'a display name of 5,000 characters',
      { ...valid, displayName: 'é'.repeat(5000) },
      /displayName: must be at most 100/,
    ],
    ['a blank display name', { ...valid, displayName: '   ' }, /displayName: must not be empty/],
    ['a control character in the name', { ...valid, displayName: 'A\u0007B' }, /displayName: must not contain control/],
    ['a NUL in the name', { ...valid, displayName: 'A\u0000B' }, /displayName: must not contain NUL/],
    ['an unexpected field', { ...valid, role: 'admin' }, /role/],
    ['an array body', [valid], /expected object/],
  ];

  it.each(badBodies)('answers 400 naming the field for %s, and writes nothing', async (_name, body, message) => {
    const before = await databaseFingerprint(app);
    const response = await app.request('POST', '/api/auth/register', { body });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('Bad Request');
    expect((response.body.message as string[]).join('\n')).toMatch(message);
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('answers 400 for malformed JSON, 413 for a body over 1 MB, 415 for another media type', async () => {
    const before = await databaseFingerprint(app);
    const malformed = await app.request('POST', '/api/auth/register', { rawBody: '{"email": "a@b.org",' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });

    const huge = await app.request('POST', '/api/auth/register', {
      rawBody: JSON.stringify({ ...valid, displayName: 'x'.repeat(1024 * 1024 + 10) }),
    });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });

    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const wrongType = await app.request('POST', '/api/auth/register', { rawBody: 'email=a', contentType });
      expect(wrongType.status).toBe(415);
      expect(wrongType.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    }
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('keeps unicode, SQL-like and HTML-like text exactly as typed, as data', async () => {
    const tricky = {
      ...valid,
      email: 'tricky@example.org',
      displayName: "Zoë Ørsted-Łukasz 山田 '); DROP TABLE users; --",
      organisation: '<script>alert(1)</script> & <b>bold</b>',
    };
    const response = await app.request('POST', '/api/auth/register', { body: tricky });
    expect(response.status).toBe(201);
    expect(response.body.user.displayName).toBe(tricky.displayName);
    expect(response.body.user.organisation).toBe(tricky.organisation);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM users`);
    expect(count).toBeGreaterThan(0);
  });
});

describe('POST /api/auth/login, /logout, GET /api/auth/me', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('signs in with the right password, case-insensitively on the email', async () => {
    const { user } = await buildUser(app, { email: 'member@example.org' });
    const response = await app.request('POST', '/api/auth/login', {
      body: { email: 'Member@Example.org', password: TEST_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(response.body.user.id).toBe(user.id);
    expect(typeof response.body.token).toBe('string');
  });

  it('answers the same 401 for a wrong password and an unknown email', async () => {
    await buildUser(app, { email: 'known@example.org' });
    const wrong = await app.request('POST', '/api/auth/login', {
      body: { email: 'known@example.org', password: 'nope-nope-nope' },
    });
    const unknown = await app.request('POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'nope-nope-nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('lets a pending account sign in, but only to its own account', async () => {
    const pending = await buildUser(app, { status: 'pending' });
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: pending.user.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body.user.status).toBe('pending');
    const other = await buildUser(app);
    const profile = await app.request('GET', `/api/users/${other.user.id}`, { token: login.body.token });
    expect(profile.status).toBe(403);
    expect(profile.body.message).toMatch(/pending/);
  });

  it('refuses a suspended account (403)', async () => {
    const suspended = await buildUser(app, { status: 'suspended' });
    const response = await app.request('POST', '/api/auth/login', {
      body: { email: suspended.user.email, password: TEST_PASSWORD },
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('this account is suspended');
  });

  it('validates the login body', async () => {
    const response = await app.request('POST', '/api/auth/login', { body: { email: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual(expect.arrayContaining(['email: must be an email address']));
  });

  it('ends the session on logout: the token no longer works', async () => {
    const { token } = await buildUser(app);
    expect((await app.request('GET', '/api/auth/me', { token })).status).toBe(200);
    expect((await app.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    const after = await app.request('GET', '/api/auth/me', { token });
    expect(after.status).toBe(401);
  });

  it('answers 401 to a visitor and to a made-up token', async () => {
    expect((await app.request('GET', '/api/auth/me')).status).toBe(401);
    const forged = await app.request('GET', '/api/auth/me', { token: 'forged-token' });
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    expect((await app.request('POST', '/api/auth/logout')).status).toBe(401);
  });

  it('treats an expired session as no session', async () => {
    const { token, user } = await buildUser(app);
    await app.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [
      user.id,
    ]);
    expect((await app.request('GET', '/api/auth/me', { token })).status).toBe(401);
  });
});
