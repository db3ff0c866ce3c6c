import { createTestApp, type TestApp } from './support/app';
import { buildUser, databaseFingerprint, TEST_PASSWORD } from './support/factories';

describe('own profile, export and erasure', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('updates the own profile, and clears the organisation with null', async () => {
    const { token } = await buildUser(app, { organisation: 'Old organisation' });
    const response = await app.request('PATCH', '/api/users/me', {
      token,
      body: {
        displayName: 'New name',
        country: 'no',
        languages: ['nb', 'en'],
        profession: 'educators',
        organisation: null,
      },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      displayName: 'New name',
      country: 'NO',
      languages: ['nb', 'en'],
      profession: 'educators',
      organisation: null,
    });
  });

  it('rejects bad profile changes and writes nothing', async () => {
    const { token } = await buildUser(app);
    const before = await databaseFingerprint(app);
    const cases: Array<[unknown, RegExp]> = [
      [{}, /nothing to change/],
      [{ displayName: '' }, /displayName/],
      [{ country: 'ZZ' }, /country/],
      [{ email: 'new@example.org' }, /email/],
      [{ role: 'admin' }, /role/],
      [{ status: 'active' }, /status/],
      [{ newPassword: 'a brand new password' }, /currentPassword: is required/],
      [{ languages: Array.from({ length: 21 }, () => 'en') }, /languages/],
    ];
    for (const [body, message] of cases) {
      const response = await app.request('PATCH', '/api/users/me', { token, body });
      expect(response.status).toBe(400);
      expect((response.body.message as string[]).join('\n')).toMatch(message);
    }
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const { user, token } = await buildUser(app);
    const other = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });

    const wrong = await app.request('PATCH', '/api/users/me', {
      token,
      body: { currentPassword: 'not my password', newPassword: 'a brand new password' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toEqual(['currentPassword: is not your current password']);

    const changed = await app.request('PATCH', '/api/users/me', {
      token,
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' },
    });
    expect(changed.status).toBe(200);
    expect((await app.request('GET', '/api/auth/me', { token })).status).toBe(200);
    expect((await app.request('GET', '/api/auth/me', { token: other.body.token })).status).toBe(401);
    const oldLogin = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(oldLogin.status).toBe(401);
    const newLogin = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: 'a brand new password' },
    });
    expect(newLogin.status).toBe(200);
  });

  it('exports all own data as a JSON download, with no secrets in it', async () => {
    const { user, token } = await buildUser(app, { displayName: 'Exporting member' });
    const response = await app.request('GET', '/api/users/me/export', { token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="prevention-network-export.json"');
    expect(response.body.user).toMatchObject({ id: user.id, displayName: 'Exporting member', email: user.email });
    expect(response.body.sessions).toHaveLength(1);
    expect(response.body.sessions[0].current).toBe(true);
    // Every module's section, in the document's order, whichever module gives it.
    expect(Object.keys(response.body)).toEqual([
      'exportedAt',
      'user',
      'sessions',
      'auditTrail',
      'memberships',
      'threads',
      'messages',
      'flags',
      'polls',
      'notifications',
      'resources',
      'passkeys',
      'practices',
      'evaluations',
      'feedback',
      'inquiries',
      'researchQuestions',
      'emailSettings',
      'emails',
      'meetingResponses',
      'calendarFeed',
    ]);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain('argon2');
    expect(text).not.toContain(token);
  });

  it('erases the account: personal data gone, sessions ended, sign-in impossible, audit entry kept', async () => {
    const { user, token } = await buildUser(app, { displayName: 'Leaving member', organisation: 'Some NGO' });
    const viewer = await buildUser(app);
    expect((await app.request('DELETE', '/api/users/me', { token })).status).toBe(204);
    expect((await app.request('GET', '/api/auth/me', { token })).status).toBe(401);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(login.status).toBe(401);

    const [row] = await app.dataSource.query(`SELECT * FROM users WHERE id = $1`, [user.id]);
    expect(row).toMatchObject({ password_hash: null, organisation: null, status: 'suspended' });
    expect(row.email).not.toContain(user.email.split('@')[0]);
    expect(row.display_name).not.toBe('Leaving member');
    expect(row.erased_at).not.toBeNull();
    expect((await app.request('GET', `/api/users/${user.id}`, { token: viewer.token })).status).toBe(404);
    const [entry] = await app.dataSource.query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1`, [
      user.id,
    ]);
    expect(entry).toEqual({ action: 'user.erase', actor_id: user.id });
    // The address is free again for a new application.
    const again = await app.request('POST', '/api/auth/register', {
      body: {
        email: user.email,
        password: 'another good password',
        displayName: 'Back',
        profession: 'educators',
        country: 'SE',
      },
    });
    expect(again.status).toBe(201);
  });
});

describe('public profiles', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('shows an active member to another active member, without the email', async () => {
    const target = await buildUser(app, { displayName: 'Visible member', organisation: 'Clinic', languages: ['de'] });
    const viewer = await buildUser(app);
    const response = await app.request('GET', `/api/users/${target.user.id}`, { token: viewer.token });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: target.user.id,
      displayName: 'Visible member',
      role: 'practitioner',
      profession: 'social-workers',
      country: 'DK',
      organisation: 'Clinic',
      languages: ['de'],
      memberSince: expect.any(String),
    });
  });

  it('has no profile for pending accounts or unknown ids (404), and validates the id (400)', async () => {
    const viewer = await buildUser(app);
    const pending = await buildUser(app, { status: 'pending' });
    expect((await app.request('GET', `/api/users/${pending.user.id}`, { token: viewer.token })).status).toBe(404);
    expect(
      (await app.request('GET', '/api/users/00000000-0000-4000-8000-00000000ffff', { token: viewer.token })).status,
    ).toBe(404);
    expect((await app.request('GET', '/api/users/not-a-uuid', { token: viewer.token })).status).toBe(400);
  });
});
