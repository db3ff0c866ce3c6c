import { SecurityNoticesService } from '../src/modules/accounts/security-notices.service';
import { UserEntity } from '../src/modules/users/user.entity';
import type { TestApp } from './support/app';
import { buildUser, TEST_PASSWORD } from './support/builders';
import { useEmailApp } from './support/email-app';
import { linkToken } from './support/smtp';

const mail = useEmailApp();
let app: TestApp;
beforeAll(() => {
  ({ app } = mail);
});
const { sentTo, emailRows } = mail;

describe('security notices', () => {
  it('tells a member of a sign-in from a new device, once', async () => {
    const member = await buildUser(app);
    const signIn = (agent: string, cookie?: string) =>
      app.request('POST', '/api/auth/login', {
        body: { email: member.user.email, password: TEST_PASSWORD },
        headers: { 'user-agent': agent, ...(cookie ? { cookie } : {}) },
      });
    const first = await signIn('Browser A');
    expect(first.status).toBe(200);
    const device = /pn_device=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')![1];
    // The very first device (no history) is not reported; the same device again is not either.
    await signIn('Browser A', `pn_device=${device}`);
    expect(await emailRows(member.user.id, 'new-sign-in')).toEqual([]);
    await signIn('Browser B on another machine');
    const email = await sentTo(member.user.email, /New sign-in/);
    expect(email.text).toContain('Browser B on another machine');
    expect(await emailRows(member.user.id, 'new-sign-in')).toHaveLength(1);
  });

  it('reports a second factor added or removed (the method other sign-in code calls)', async () => {
    const member = await buildUser(app, { displayName: 'Factor Person' });
    const user = await app.dataSource.getRepository(UserEntity).findOneByOrFail({ id: member.user.id });
    await app.dataSource.transaction((manager) =>
      app.app.get(SecurityNoticesService).secondFactorChanged(manager, user, 'added', 'passkey'),
    );
    const email = await sentTo(member.user.email, /Sign-in protection changed/);
    expect(email.text).toContain('A second factor (passkey) was added to your account.');
  });
});

describe('admin emails', () => {
  it('lists recent emails with their state, for admins only, never their links', async () => {
    const member = await buildUser(app);
    await app.request('POST', '/api/auth/password-reset', { body: { email: member.user.email } });
    const token = linkToken(await sentTo(member.user.email, /Reset your password/), '/reset-password');
    const [admin, coordinator] = await Promise.all([
      buildUser(app, { role: 'admin' }),
      buildUser(app, { role: 'coordinator' }),
    ]);
    expect((await app.request('GET', '/api/admin/emails')).status).toBe(401);
    expect((await app.request('GET', '/api/admin/emails', { token: coordinator.token })).status).toBe(403);
    expect((await app.request('GET', '/api/admin/emails', { token: member.token })).status).toBe(403);
    const first = await app.request('GET', '/api/admin/emails?limit=2', { token: admin.token });
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const all = await app.request('GET', '/api/admin/emails?limit=100', { token: admin.token });
    const reset = all.body.items.find((item: { to: string; kind: string }) => item.to === member.user.email);
    expect(reset).toMatchObject({ kind: 'password-reset', state: 'sent', sentAt: expect.any(String) });
    expect(Object.keys(reset).sort()).toEqual(['attempts', 'createdAt', 'id', 'kind', 'sentAt', 'state', 'to']);
    expect(JSON.stringify(all.body)).not.toContain(token);
    expect(JSON.stringify(all.body)).not.toContain('token=');
  });
});

describe('erasure', () => {
  it('leaves no address, device, link or waiting email behind', async () => {
    const member = await buildUser(app);
    await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
      headers: { 'user-agent': 'Browser E' },
    });
    const queued = await app.dataSource.transaction(async (manager) =>
      app.app.get(SecurityNoticesService).passwordChanged(manager, member.user, 'profile'),
    );
    expect(queued).toBeUndefined();
    expect((await app.request('DELETE', '/api/users/me', { token: member.token })).status).toBe(204);
    const left = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM known_devices WHERE user_id = $1)::int AS devices,
              (SELECT count(*) FROM emails WHERE user_id = $1 AND to_address = $2)::int AS addressed`,
      [member.user.id, member.user.email],
    );
    expect(left).toEqual([{ devices: 0, addressed: 0 }]);
  });
});
