import { createTestApp, type TestApp } from './support/app';
import { buildUser } from './support/factories';

describe('GET /api/users?q=: the directory of active members', () => {
  let app: TestApp;
  let viewer: Awaited<ReturnType<typeof buildUser>>;
  beforeAll(async () => {
    app = await createTestApp();
    viewer = await buildUser(app, { displayName: 'Coordinator Ann', role: 'coordinator' });
    await buildUser(app, { displayName: 'Ingrid Larsen', organisation: 'Regional clinic' });
    await buildUser(app, { displayName: 'Inge Holm', organisation: 'Probation service 100%' });
    await buildUser(app, { displayName: 'Ingeborg Pending', status: 'pending' });
    await buildUser(app, { displayName: 'Ingvar Suspended', status: 'suspended' });
  });
  afterAll(() => app.close());

  it('finds active members by name or organisation, by name, without their email', async () => {
    const response = await app.request('GET', '/api/users?q=ing', { token: viewer.token });
    expect(response.status).toBe(200);
    expect(response.body.items.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Inge Holm',
      'Ingrid Larsen',
    ]);
    expect(response.body.items[0]).not.toHaveProperty('email');
    const byOrganisation = await app.request('GET', '/api/users?q=clinic', { token: viewer.token });
    expect(byOrganisation.body.items.map((p: { displayName: string }) => p.displayName)).toEqual(['Ingrid Larsen']);
    const literal = await app.request('GET', '/api/users?q=0%25', { token: viewer.token });
    expect(literal.body.items.map((p: { displayName: string }) => p.displayName)).toEqual(['Inge Holm']);
  });

  it('pages with a cursor', async () => {
    const first = await app.request('GET', '/api/users?q=ing&limit=1', { token: viewer.token });
    expect(first.body.items).toHaveLength(1);
    const second = await app.request('GET', `/api/users?q=ing&limit=1&cursor=${first.body.nextCursor}`, {
      token: viewer.token,
    });
    expect(second.body.items[0].displayName).toBe('Ingrid Larsen');
    expect(second.body.nextCursor).toBeNull();
  });

  it('is for active members only, and validates the query', async () => {
    expect((await app.request('GET', '/api/users?q=ing')).status).toBe(401);
    const pending = await buildUser(app, { status: 'pending' });
    expect((await app.request('GET', '/api/users?q=ing', { token: pending.token })).status).toBe(403);
    for (const query of ['', 'q=i', `q=${'x'.repeat(101)}`, 'q=ing&limit=500', 'q=ing&cursor=forged']) {
      const response = await app.request('GET', `/api/users?${query}`, { token: viewer.token });
      expect(response.status).toBe(400);
    }
  });
});
