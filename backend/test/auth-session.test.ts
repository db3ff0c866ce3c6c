import { createTestApp, type TestApp } from './support/app';
import { buildUser, TEST_PASSWORD } from './support/factories';

function cookiesOf(setCookie: string[]): string {
  return setCookie.map((cookie) => cookie.split(';')[0]).join('; ');
}

/** The question every page load asks: who is this browser signed in as? A visitor is an answer, not an error. */
describe('GET /api/auth/session', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  async function signInWithCookie(email: string): Promise<string> {
    const login = await app.request('POST', '/api/auth/login', { body: { email, password: TEST_PASSWORD } });
    expect(login.status).toBe(200);
    return cookiesOf(login.headers.getSetCookie());
  }

  it('answers 200 with no user to a visitor, while /api/auth/me keeps answering 401', async () => {
    const session = await app.request('GET', '/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body).toEqual({ user: null });
    expect((await app.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('answers the signed-in user as /api/auth/me does, by cookie and by token', async () => {
    const { user, token } = await buildUser(app, { email: 'session-member@example.org' });
    const cookie = await signInWithCookie(user.email);
    const me = await app.request('GET', '/api/auth/me', { cookie });
    const byCookie = await app.request('GET', '/api/auth/session', { cookie });
    expect(byCookie.status).toBe(200);
    expect(byCookie.body).toEqual({ user: me.body });
    expect(byCookie.body.user.id).toBe(user.id);
    const byToken = await app.request('GET', '/api/auth/session', { token });
    expect(byToken.body.user.id).toBe(user.id);
  });

  it('answers each browser with its own account only', async () => {
    const first = await buildUser(app);
    const second = await buildUser(app);
    const [a, b] = await Promise.all([
      app.request('GET', '/api/auth/session', { token: first.token }),
      app.request('GET', '/api/auth/session', { token: second.token }),
    ]);
    expect(a.body.user.id).toBe(first.user.id);
    expect(b.body.user.id).toBe(second.user.id);
  });

  it('tells a pending account who it is (its status says what it may do)', async () => {
    const pending = await buildUser(app, { status: 'pending' });
    const session = await app.request('GET', '/api/auth/session', { token: pending.token });
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ id: pending.user.id, status: 'pending' });
  });

  it('answers no user once the session has ended, or for a cookie that names no session', async () => {
    const { user } = await buildUser(app);
    const cookie = await signInWithCookie(user.email);
    const csrf = /pn_csrf=([^;]+)/.exec(cookie)?.[1] ?? '';
    const logout = await app.request('POST', '/api/auth/logout', { cookie, headers: { 'x-csrf-token': csrf } });
    expect(logout.status).toBe(204);
    expect((await app.request('GET', '/api/auth/session', { cookie })).body).toEqual({ user: null });
    const made = await app.request('GET', '/api/auth/session', { cookie: 'pn_session=made-up' });
    expect(made.status).toBe(200);
    expect(made.body).toEqual({ user: null });
  });

  it('answers 401 to a bearer token that is not valid, as every endpoint does', async () => {
    const forged = await app.request('GET', '/api/auth/session', { token: 'forged-token' });
    expect(forged.status).toBe(401);
  });
});
