import { createTestApp, type TestApp } from './support/app';
import { buildUser, databaseFingerprint, TEST_PASSWORD } from './support/factories';

describe('vetting and account administration', () => {
  let app: TestApp;
  let coordinator: Awaited<ReturnType<typeof buildUser>>;
  let admin: Awaited<ReturnType<typeof buildUser>>;
  beforeAll(async () => {
    app = await createTestApp();
    coordinator = await buildUser(app, { role: 'coordinator', displayName: 'Vetting coordinator' });
    admin = await buildUser(app, { role: 'admin' });
  });
  afterAll(() => app.close());

  it('lists pending applications newest first, page by page with a cursor', async () => {
    const applicants = [];
    for (let i = 0; i < 5; i++)
      applicants.push(await buildUser(app, { status: 'pending', displayName: `Applicant ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/admin/users?status=pending&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await app.request('GET', query, { token: coordinator.token });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      expect(page.body.items.every((u: { status: string }) => u.status === 'pending')).toBe(true);
      seen.push(...page.body.items.map((u: { id: string }) => u.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(applicants.map((a) => a.user.id).reverse());
  });

  it('finds accounts by name, email or organisation, with LIKE wildcards taken literally', async () => {
    await buildUser(app, { displayName: 'Searchable Person', organisation: 'Centre 100%' });
    const byName = await app.request('GET', '/api/admin/users?q=searchable', { token: coordinator.token });
    expect(byName.body.items.map((u: { displayName: string }) => u.displayName)).toEqual(['Searchable Person']);
    const wildcard = await app.request('GET', '/api/admin/users?q=%25', { token: coordinator.token });
    expect(wildcard.body.items.map((u: { organisation: string }) => u.organisation)).toEqual(['Centre 100%']);
  });

  it('validates list queries: unknown status, limit over 100, a forged cursor', async () => {
    for (const query of [
      'status=asleep',
      'limit=101',
      'limit=0',
      'limit=abc',
      'cursor=bm90LWEtY3Vyc29y',
      'role=king',
    ]) {
      const response = await app.request('GET', `/api/admin/users?${query}`, { token: coordinator.token });
      expect(response.status).toBe(400);
      expect(Array.isArray(response.body.message)).toBe(true);
    }
  });

  it('approves a pending account, which can then use the network; the audit log says who and when', async () => {
    const applicant = await buildUser(app, { status: 'pending' });
    const response = await app.request('POST', `/api/admin/users/${applicant.user.id}/approve`, {
      token: coordinator.token,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: applicant.user.id, status: 'active' });
    expect(response.body.approvedAt).not.toBeNull();

    const member = await buildUser(app);
    expect((await app.request('GET', `/api/users/${member.user.id}`, { token: applicant.token })).status).toBe(200);

    const audit = await app.request('GET', `/api/admin/audit?action=user.approve&targetId=${applicant.user.id}`, {
      token: admin.token,
    });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      action: 'user.approve',
      actor: { id: coordinator.user.id, displayName: 'Vetting coordinator' },
      targetType: 'user',
      targetId: applicant.user.id,
    });
    expect(Date.parse(audit.body.items[0].createdAt)).not.toBeNaN();
  });

  it('refuses to approve twice (409), an unknown id (404) and a malformed id (400), changing nothing', async () => {
    const applicant = await buildUser(app, { status: 'pending' });
    await app.request('POST', `/api/admin/users/${applicant.user.id}/approve`, { token: coordinator.token });
    const before = await databaseFingerprint(app);
    const again = await app.request('POST', `/api/admin/users/${applicant.user.id}/approve`, {
      token: coordinator.token,
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('this account is active, not pending');
    const unknown = await app.request('POST', '/api/admin/users/6f1c7a52-9a3e-4c1b-8a57-3e2f1d0c9b8a/approve', {
      token: coordinator.token,
    });
    expect(unknown.status).toBe(404);
    const malformed = await app.request('POST', "/api/admin/users/1'%20OR%20'1'='1/approve", {
      token: coordinator.token,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toEqual(['id: must be a UUID']);
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('rejects a pending application: the account is removed, the reason kept in the audit log', async () => {
    const applicant = await buildUser(app, { status: 'pending', displayName: 'Unknown applicant' });
    const response = await app.request('POST', `/api/admin/users/${applicant.user.id}/reject`, {
      token: coordinator.token,
      body: { reason: 'Could not verify the organisation' },
    });
    expect(response.status).toBe(204);
    expect((await app.request('GET', '/api/auth/me', { token: applicant.token })).status).toBe(401);
    const audit = await app.request('GET', '/api/admin/audit?action=user.reject', { token: admin.token });
    expect(audit.body.items[0].details).toMatchObject({
      rejectedUserId: applicant.user.id,
      reason: 'Could not verify the organisation',
    });
    const tooLong = await app.request('POST', `/api/admin/users/${coordinator.user.id}/reject`, {
      token: coordinator.token,
      body: { reason: 'x'.repeat(1001) },
    });
    expect(tooLong.status).toBe(400);
  });

  it('lets an admin change a role and suspend: suspension ends every session at once', async () => {
    const member = await buildUser(app);
    const second = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    const promoted = await app.request('PATCH', `/api/admin/users/${member.user.id}`, {
      token: admin.token,
      body: { role: 'researcher' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body.role).toBe('researcher');

    const suspended = await app.request('PATCH', `/api/admin/users/${member.user.id}`, {
      token: admin.token,
      body: { status: 'suspended', reason: 'Left the organisation' },
    });
    expect(suspended.body.status).toBe('suspended');
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(401);
    expect((await app.request('GET', '/api/auth/me', { token: second.body.token })).status).toBe(401);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM sessions WHERE user_id = $1`, [
      member.user.id,
    ]);
    expect(count).toBe(0);

    const reactivated = await app.request('PATCH', `/api/admin/users/${member.user.id}`, {
      token: admin.token,
      body: { status: 'active' },
    });
    expect(reactivated.body.status).toBe('active');
    const audit = await app.request('GET', `/api/admin/audit?targetId=${member.user.id}`, { token: admin.token });
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'user.reactivate',
      'user.suspend',
      'user.role-change',
    ]);
    expect(audit.body.items[1].details).toMatchObject({
      before: { status: 'active' },
      after: { status: 'suspended' },
      reason: 'Left the organisation',
    });
  });

  it('refuses changes an admin may not make, changing nothing', async () => {
    const pending = await buildUser(app, { status: 'pending' });
    const before = await databaseFingerprint(app);
    const self = await app.request('PATCH', `/api/admin/users/${admin.user.id}`, {
      token: admin.token,
      body: { role: 'practitioner' },
    });
    expect(self.status).toBe(409);
    expect(self.body.message).toMatch(/your own/);
    const onPending = await app.request('PATCH', `/api/admin/users/${pending.user.id}`, {
      token: admin.token,
      body: { status: 'active' },
    });
    expect(onPending.status).toBe(409);
    for (const body of [{}, { role: 'emperor' }, { status: 'pending' }, { status: 'active', extra: 1 }]) {
      const response = await app.request('PATCH', `/api/admin/users/${pending.user.id}`, { token: admin.token, body });
      expect(response.status).toBe(400);
    }
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('pages through the audit log', async () => {
    const first = await app.request('GET', '/api/admin/audit?limit=1', { token: admin.token });
    expect(first.body.items).toHaveLength(1);
    const second = await app.request('GET', `/api/admin/audit?limit=1&cursor=${first.body.nextCursor}`, {
      token: admin.token,
    });
    expect(second.body.items).toHaveLength(1);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });
});
