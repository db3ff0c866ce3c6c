import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildGroup,
  buildResearchQuestion,
  buildUser,
  CAST_KINDS,
  tokenOf,
  type Cast,
  type CastKind,
} from './support/factories';

/**
 * Every privileged endpoint, tried by every kind of caller. Expected: the status for each kind, in the
 * order visitor, pending, practitioner, researcher, coordinator, admin. Targets are fresh for each call,
 * so that one caller's success does not change what the next one meets.
 */
type Endpoint = {
  name: string;
  call: (app: TestApp, token: string | undefined) => Promise<number>;
  expected: [number, number, number, number, number, number];
};

const endpoints: Endpoint[] = [
  {
    name: 'GET /api/admin/users?status=pending',
    call: async (app, token) => (await app.request('GET', '/api/admin/users?status=pending', { token })).status,
    expected: [401, 403, 403, 403, 200, 200],
  },
  {
    name: 'POST /api/admin/users/:id/approve',
    call: async (app, token) => {
      const target = await buildUser(app, { status: 'pending' });
      return (await app.request('POST', `/api/admin/users/${target.user.id}/approve`, { token })).status;
    },
    expected: [401, 403, 403, 403, 200, 200],
  },
  {
    name: 'POST /api/admin/users/:id/reject',
    call: async (app, token) => {
      const target = await buildUser(app, { status: 'pending' });
      return (await app.request('POST', `/api/admin/users/${target.user.id}/reject`, { token, body: {} })).status;
    },
    expected: [401, 403, 403, 403, 204, 204],
  },
  {
    name: 'PATCH /api/admin/users/:id',
    call: async (app, token) => {
      const target = await buildUser(app);
      return (await app.request('PATCH', `/api/admin/users/${target.user.id}`, { token, body: { role: 'researcher' } }))
        .status;
    },
    expected: [401, 403, 403, 403, 403, 200],
  },
  {
    name: 'GET /api/admin/audit',
    call: async (app, token) => (await app.request('GET', '/api/admin/audit', { token })).status,
    expected: [401, 403, 403, 403, 403, 200],
  },
  {
    name: 'POST /api/groups',
    call: async (app, token) => {
      const slug = `authorisation-${Math.random().toString(36).slice(2, 10)}`;
      const body = { slug, name: 'A new group', description: 'Made by the authorisation test.', kind: 'programme' };
      return (await app.request('POST', '/api/groups', { token, body })).status;
    },
    expected: [401, 403, 403, 403, 201, 201],
  },
  {
    name: 'PATCH /api/groups/:slug',
    call: async (app, token) => {
      const group = await buildGroup(app);
      return (await app.request('PATCH', `/api/groups/${group.slug}`, { token, body: { archived: true } })).status;
    },
    expected: [401, 403, 403, 403, 200, 200],
  },
  {
    name: 'GET /api/users/:id',
    call: async (app, token) => {
      const target = await buildUser(app);
      return (await app.request('GET', `/api/users/${target.user.id}`, { token })).status;
    },
    expected: [401, 403, 200, 200, 200, 200],
  },
  {
    name: 'GET /api/auth/me',
    call: async (app, token) => (await app.request('GET', '/api/auth/me', { token })).status,
    expected: [401, 200, 200, 200, 200, 200],
  },
  {
    name: 'PATCH /api/users/me',
    call: async (app, token) =>
      (await app.request('PATCH', '/api/users/me', { token, body: { displayName: 'Renamed' } })).status,
    expected: [401, 200, 200, 200, 200, 200],
  },
  {
    name: 'GET /api/users/me/export',
    call: async (app, token) => (await app.request('GET', '/api/users/me/export', { token })).status,
    expected: [401, 200, 200, 200, 200, 200],
  },
  {
    name: 'GET /api/research-questions',
    call: async (app, token) => (await app.request('GET', '/api/research-questions', { token })).status,
    expected: [401, 403, 200, 200, 200, 200],
  },
  {
    name: 'POST /api/research-questions/:id/claim',
    call: async (app, token) => {
      const question = await buildResearchQuestion(app);
      return (await app.request('POST', `/api/research-questions/${question.id}/claim`, { token })).status;
    },
    expected: [401, 403, 403, 200, 403, 403],
  },
  {
    name: 'POST /api/research-questions/:id/merge',
    call: async (app, token) => {
      const [duplicate, kept] = [await buildResearchQuestion(app), await buildResearchQuestion(app)];
      const path = `/api/research-questions/${duplicate.id}/merge`;
      return (await app.request('POST', path, { token, body: { intoId: kept.id } })).status;
    },
    expected: [401, 403, 403, 403, 200, 200],
  },
];

describe('authorisation of every privileged endpoint', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const cases = endpoints.flatMap((endpoint) =>
    CAST_KINDS.map((kind, index) => [endpoint.name, kind, endpoint.expected[index]!, endpoint] as const),
  );

  it.each(cases)('%s as %s answers %i', async (_name, kind: CastKind, expected, endpoint) => {
    expect(await endpoint.call(app, tokenOf(cast, kind))).toBe(expected);
  });

  it('DELETE /api/users/me: a visitor cannot, every signed-in kind can erase only their own account', async () => {
    expect((await app.request('DELETE', '/api/users/me')).status).toBe(401);
    for (const status of ['pending', 'active'] as const) {
      const someone = await buildUser(app, { status });
      expect((await app.request('DELETE', '/api/users/me', { token: someone.token })).status).toBe(204);
    }
  });

  it('a suspended account has no session at all', async () => {
    const member = await buildUser(app);
    await app.request('PATCH', `/api/admin/users/${member.user.id}`, {
      token: cast.admin.token,
      body: { status: 'suspended' },
    });
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(401);
  });
});
