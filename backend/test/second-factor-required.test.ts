import { SECOND_FACTOR_ENROLMENT_REQUIRED } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildGroup, buildThread, buildUser, TEST_PASSWORD } from './support/factories';
import { buildPractice, evaluationBody } from './support/builders';
import { totpCode } from './support/second-factor';
import { connectedSocket, joinThread, type ClientSocket } from './support/sockets';

const ENROL_FIRST = { statusCode: 403, error: 'Forbidden', code: SECOND_FACTOR_ENROLMENT_REQUIRED };

/** REQUIRE_2FA_ROLES: coordinators and admins must enrol a second factor before they can act as such. */
describe('roles that need a second factor', () => {
  let app: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(() => app.close());

  async function unenrolled(role: 'coordinator' | 'admin') {
    const built = await buildUser(app, { role, secondFactor: 'none' });
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: built.user.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(200);
    return { ...built, token: login.body.token as string, login };
  }

  it('sign in with the password alone, and are told so by /auth/me, which shows their own role', async () => {
    const coordinator = await unenrolled('coordinator');
    expect(coordinator.login.body.user).toMatchObject({
      role: 'coordinator',
      secondFactor: { required: true, enrolled: false },
    });
    const me = await app.request('GET', '/api/auth/me', { token: coordinator.token });
    expect(me.body).toMatchObject({ role: 'coordinator', secondFactor: { required: true, enrolled: false } });
  });

  it('get a 403 saying to enrol first from every endpoint that needs their role', async () => {
    const coordinator = await unenrolled('coordinator');
    const admin = await unenrolled('admin');
    const refusals = [
      await app.request('GET', '/api/admin/users?status=pending', { token: coordinator.token }),
      await app.request('POST', '/api/groups', {
        token: coordinator.token,
        body: { name: 'Not yet', description: 'A group', kind: 'profession', joinPolicy: 'open' },
      }),
      await app.request('GET', '/api/admin/audit', { token: admin.token }),
      await app.request('PATCH', `/api/admin/users/${coordinator.user.id}`, {
        token: admin.token,
        body: { role: 'practitioner' },
      }),
    ];
    for (const refusal of refusals) {
      expect(refusal.body).toMatchObject(ENROL_FIRST);
      expect(refusal.body.message).toMatch(
        /^enrol a second factor \(an authenticator app or a passkey\) before acting as /,
      );
    }
    expect(refusals[0]!.body.message).toMatch(/as coordinator$/);
    expect(refusals[2]!.body.message).toMatch(/as admin$/);
    // Nothing happened.
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM groups WHERE name = 'Not yet'`);
    expect(count).toBe(0);
  });

  it('are judged as plain members by the endpoints’ own rules, with the same answer where the role was needed', async () => {
    const coordinator = await unenrolled('coordinator');
    const group = await buildGroup(app, { visibility: 'members' });
    const thread = await buildThread(app, { group, author: null });
    // A network coordinator reads every group's discussions; without the second factor, only as a non-member.
    const threads = await app.request('GET', `/api/groups/${group.slug}/threads`, { token: coordinator.token });
    expect(threads.body).toMatchObject(ENROL_FIRST);
    expect((await app.request('GET', `/api/threads/${thread.id}`, { token: coordinator.token })).status).toBe(404);
    // Live too: the socket may not join that thread.
    const socket = await connectedSocket(app, coordinator.token);
    sockets.push(socket);
    expect((await joinThread(socket, thread.id)).ok).toBe(false);
  });

  it('keep what every member may do', async () => {
    const coordinator = await unenrolled('coordinator');
    const colleague = await buildUser(app);
    expect((await app.request('GET', `/api/users/${colleague.user.id}`, { token: coordinator.token })).status).toBe(
      200,
    );
    const group = await buildGroup(app, { joinPolicy: 'open' });
    const joined = await app.request('POST', `/api/groups/${group.slug}/join`, { token: coordinator.token });
    expect(joined.status).toBe(200);
    const thread = await buildThread(app, { group, author: null });
    expect((await app.request('GET', `/api/threads/${thread.id}`, { token: coordinator.token })).status).toBe(200);
    const profile = await app.request('PATCH', '/api/users/me', {
      token: coordinator.token,
      body: { displayName: 'Still a member' },
    });
    expect(profile.status).toBe(200);
    expect(profile.body.role).toBe('coordinator');
    const exported = await app.request('GET', '/api/users/me/export', { token: coordinator.token });
    expect(exported.body.user.role).toBe('coordinator');
  });

  it('act in their role once enrolled, in the same session, and sign in with the second factor after that', async () => {
    const coordinator = await unenrolled('coordinator');
    const group = await buildGroup(app, { visibility: 'members' });
    const thread = await buildThread(app, { group, author: null });
    const started = await app.request('POST', '/api/users/me/totp', { token: coordinator.token });
    const confirmed = await app.request('POST', '/api/users/me/totp/confirm', {
      token: coordinator.token,
      body: { code: await totpCode(started.body.secret) },
    });
    expect(confirmed.status).toBe(200);
    expect((await app.request('GET', '/api/admin/users?status=pending', { token: coordinator.token })).status).toBe(
      200,
    );
    expect((await app.request('GET', `/api/threads/${thread.id}`, { token: coordinator.token })).status).toBe(200);
    const socket = await connectedSocket(app, coordinator.token);
    sockets.push(socket);
    expect((await joinThread(socket, thread.id)).ok).toBe(true);

    const login = await app.request('POST', '/api/auth/login', {
      body: { email: coordinator.user.email, password: TEST_PASSWORD },
    });
    expect(login.body).toMatchObject({ secondFactor: 'required', methods: ['totp', 'recovery-code'] });
  });

  it('are held back again when their last factor is removed', async () => {
    const coordinator = await buildUser(app, { role: 'coordinator' });
    expect((await app.request('GET', '/api/admin/users', { token: coordinator.token })).status).toBe(200);
    const removed = await app.request('DELETE', '/api/users/me/totp', {
      token: coordinator.token,
      body: { password: TEST_PASSWORD },
    });
    expect(removed.status).toBe(204);
    const refused = await app.request('GET', '/api/admin/users', { token: coordinator.token });
    expect(refused.body).toMatchObject(ENROL_FIRST);
  });

  it('apply to the roles configured: none, or researchers too', async () => {
    const open = await createTestApp({ REQUIRE_2FA_ROLES: 'none' });
    const strict = await createTestApp({ REQUIRE_2FA_ROLES: 'coordinator,admin,researcher' });
    try {
      const coordinator = await buildUser(open, { role: 'coordinator' });
      expect(coordinator.totpSecret).toBeUndefined();
      expect((await open.request('GET', '/api/admin/users', { token: coordinator.token })).status).toBe(200);

      const author = await buildUser(strict);
      const curator = await buildUser(strict, { role: 'coordinator' });
      const practice = await buildPractice(strict, { author, reviewer: curator, status: 'inspiring' });
      const researcher = await buildUser(strict, {
        role: 'researcher',
        profession: 'researchers',
        secondFactor: 'none',
      });
      const evaluation = await strict.request('POST', `/api/practices/${practice.id}/evaluations`, {
        token: researcher.token,
        body: evaluationBody(),
      });
      expect(evaluation.body).toMatchObject(ENROL_FIRST);
      expect(evaluation.body.message).toMatch(/as researcher$/);
      const enrolled = await buildUser(strict, { role: 'researcher', profession: 'researchers' });
      const posted = await strict.request('POST', `/api/practices/${practice.id}/evaluations`, {
        token: enrolled.token,
        body: evaluationBody(),
      });
      expect(posted.status).toBe(201);
    } finally {
      await open.close();
      await strict.close();
    }
  });

  it('do not hold back a member of the group whose own membership allows it', async () => {
    // A group coordinator (membership role) who is a network coordinator without a second factor still
    // coordinates their group: that right comes from the membership, not from the network role.
    const coordinator = await unenrolled('coordinator');
    const group = await buildGroup(app, { visibility: 'members' });
    await addMember(app, group, coordinator, { role: 'coordinator' });
    const requests = await app.request('GET', `/api/groups/${group.slug}/members?status=pending`, {
      token: coordinator.token,
    });
    expect(requests.status).toBe(200);
  });
});
