import { createTestApp, type TestApp } from './support/app';
import { buildUser, TEST_PASSWORD } from './support/factories';

/** Cookie sessions are what a browser sends by itself; writes with them need the CSRF token too. */
describe('cross-site request forgery', () => {
  let app: TestApp;
  let cookie: string;
  let csrf: string;
  let token: string;
  beforeAll(async () => {
    app = await createTestApp();
    const { user } = await buildUser(app);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    cookie = cookies.join('; ');
    csrf = cookies.find((c) => c.startsWith('pn_csrf='))!.slice('pn_csrf='.length);
    token = login.body.token;
  });
  afterAll(() => app.close());

  it('allows reads with the cookie alone', async () => {
    expect((await app.request('GET', '/api/auth/me', { cookie })).status).toBe(200);
  });

  it('refuses a cookie-authenticated write without the header, or with a wrong one (403)', async () => {
    const missing = await app.request('PATCH', '/api/users/me', { cookie, body: { displayName: 'Forged' } });
    expect(missing.status).toBe(403);
    expect(missing.body.message).toBe('missing or wrong x-csrf-token header');
    const wrong = await app.request('PATCH', '/api/users/me', {
      cookie,
      body: { displayName: 'Forged' },
      headers: { 'x-csrf-token': csrf.slice(1) + 'x' },
    });
    expect(wrong.status).toBe(403);
    const me = await app.request('GET', '/api/auth/me', { cookie });
    expect(me.body.displayName).not.toBe('Forged');
  });

  it('accepts the write with the session’s token in the header', async () => {
    const response = await app.request('PATCH', '/api/users/me', {
      cookie,
      body: { displayName: 'Renamed by me' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(response.status).toBe(200);
    expect(response.body.displayName).toBe('Renamed by me');
  });

  it('does not ask bearer clients for it: a foreign site cannot send their token', async () => {
    const response = await app.request('PATCH', '/api/users/me', { token, body: { displayName: 'Script client' } });
    expect(response.status).toBe(200);
  });

  it('refuses writes that a browser says come from another origin, sign-in included', async () => {
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: 'someone@example.org', password: 'whatever-password' },
      headers: { origin: 'https://evil.example' },
    });
    expect(login.status).toBe(403);
    expect(login.body.message).toBe('cross-site request from https://evil.example refused');
    const sameOrigin = await app.request('POST', '/api/auth/login', {
      body: { email: 'someone@example.org', password: 'whatever-password' },
      headers: { origin: app.url },
    });
    expect(sameOrigin.status).toBe(401);
  });
});
