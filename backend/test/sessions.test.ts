import { createTestApp, type TestApp } from './support/app';
import { buildCast, buildUser, TEST_PASSWORD, tokenOf, unchangedBy, type Cast } from './support/factories';
import { connectedSocket, disconnected, type ClientSocket } from './support/sockets';

describe('own sessions: GET /api/users/me/sessions, DELETE /api/users/me/sessions/:id', () => {
  let app: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    app = await createTestApp({ TRUST_PROXY: 'true' });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => app.close());

  const signIn = (email: string, from: string, userAgent: string) =>
    app.request('POST', '/api/auth/login', {
      body: { email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-for': from, 'user-agent': userAgent },
    });

  it('answers 401 to a visitor', async () => {
    expect((await app.request('GET', '/api/users/me/sessions')).status).toBe(401);
    const someId = '00000000-0000-4000-8000-000000000000';
    expect((await app.request('DELETE', `/api/users/me/sessions/${someId}`)).status).toBe(401);
  });

  it('lists the person’s sessions with device, address and times, marking this one', async () => {
    const { user } = await buildUser(app);
    const phone = await signIn(user.email, '198.51.100.20', 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)');
    const laptop = await signIn(user.email, '203.0.113.5, 10.0.0.1', 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0');
    const list = await app.request('GET', '/api/users/me/sessions', { token: laptop.body.token });
    expect(list.status).toBe(200);
    const mine = list.body as Array<Record<string, unknown>>;
    expect(mine).toHaveLength(3);
    const current = mine.find((session) => session.current);
    expect(current).toEqual({
      id: expect.any(String),
      current: true,
      userAgent: 'Mozilla/5.0 (Windows NT 10.0) Chrome/140.0',
      // Behind the proxy, the client's address is the first of X-Forwarded-For.
      ip: '203.0.113.5',
      createdAt: expect.any(String),
      lastSeenAt: expect.any(String),
    });
    expect(mine.filter((session) => !session.current).map((session) => session.ip)).toEqual(
      expect.arrayContaining(['198.51.100.20']),
    );
    // Another member's sessions are not in the list.
    const other = await buildUser(app);
    const theirs = await app.request('GET', '/api/users/me/sessions', { token: other.token });
    expect(theirs.body).toHaveLength(1);
    expect(phone.status).toBe(200);
  });

  it('ends one session: its token stops working and its sockets close; another’s is a 404', async () => {
    const member = await buildUser(app);
    const phone = await signIn(member.user.email, '198.51.100.20', 'phone');
    const socket = await connectedSocket(app, phone.body.token);
    sockets.push(socket);
    const list = await app.request('GET', '/api/users/me/sessions', { token: member.token });
    const phoneSession = (list.body as Array<{ id: string; userAgent: string }>).find((s) => s.userAgent === 'phone')!;

    const stranger = await buildUser(app);
    await unchangedBy(app, async () => {
      const foreign = await app.request('DELETE', `/api/users/me/sessions/${phoneSession.id}`, {
        token: stranger.token,
      });
      expect(foreign.status).toBe(404);
      const bad = await app.request('DELETE', '/api/users/me/sessions/not-an-id', { token: member.token });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id: must be a UUID']);
    });

    const closed = disconnected(socket, 5000);
    const ended = await app.request('DELETE', `/api/users/me/sessions/${phoneSession.id}`, { token: member.token });
    expect(ended.status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    expect((await app.request('GET', '/api/auth/me', { token: phone.body.token })).status).toBe(401);
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(200);
    const again = await app.request('DELETE', `/api/users/me/sessions/${phoneSession.id}`, { token: member.token });
    expect(again.status).toBe(404);
  });

  it('ends the current session too, clearing its cookies', async () => {
    const member = await buildUser(app);
    const login = await signIn(member.user.email, '198.51.100.30', 'browser');
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]!);
    const csrf = cookies.find((c) => c.startsWith('pn_csrf='))!.slice('pn_csrf='.length);
    const list = await app.request('GET', '/api/users/me/sessions', { token: login.body.token });
    const current = (list.body as Array<{ id: string; current: boolean }>).find((s) => s.current)!;
    const ended = await app.request('DELETE', `/api/users/me/sessions/${current.id}`, {
      cookie: cookies.join('; '),
      headers: { 'x-csrf-token': csrf },
    });
    expect(ended.status).toBe(204);
    expect(ended.headers.getSetCookie().some((c) => /^pn_session=;/.test(c))).toBe(true);
    expect((await app.request('GET', '/api/auth/me', { token: login.body.token })).status).toBe(401);
  });
});

describe('POST /api/admin/users/:id/sessions/end', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  it.each([
    ['visitor', 401],
    ['pending', 403],
    ['practitioner', 403],
    ['researcher', 403],
    ['coordinator', 403],
  ] as const)('refuses a %s (%i), ending nothing', async (kind, status) => {
    const member = await buildUser(app);
    await unchangedBy(app, async () => {
      const response = await app.request('POST', `/api/admin/users/${member.user.id}/sessions/end`, {
        token: tokenOf(cast, kind),
      });
      expect(response.status).toBe(status);
    });
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(200);
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    await unchangedBy(app, async () => {
      const bad = await app.request('POST', '/api/admin/users/nope/sessions/end', { token: cast.admin.token });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual(['id: must be a UUID']);
      const unknown = await app.request('POST', '/api/admin/users/00000000-0000-4000-8000-000000000000/sessions/end', {
        token: cast.admin.token,
      });
      expect(unknown.status).toBe(404);
    });
  });

  it('lets an admin sign a member out everywhere: sessions and sockets end, and it is audited', async () => {
    const member = await buildUser(app);
    const second = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    const socket = await connectedSocket(app, second.body.token);
    const closed = disconnected(socket, 5000);
    const response = await app.request('POST', `/api/admin/users/${member.user.id}/sessions/end`, {
      token: cast.admin.token,
    });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ended: 2 });
    expect(await closed).toBe('io server disconnect');
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(401);
    expect((await app.request('GET', '/api/auth/me', { token: second.body.token })).status).toBe(401);
    // They can sign in again: this is not a suspension.
    const again = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    expect(again.status).toBe(200);
    const audit = await app.request('GET', `/api/admin/audit?action=user.sessions-end&targetId=${member.user.id}`, {
      token: cast.admin.token,
    });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actor: { id: cast.admin.user.id },
      targetType: 'user',
      targetId: member.user.id,
      details: { ended: 2 },
    });
  });
});
