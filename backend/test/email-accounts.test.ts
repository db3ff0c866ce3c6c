import { randomUUID } from 'node:crypto';
import type { TestApp } from './support/app';
import { buildUser, TEST_PASSWORD } from './support/builders';
import { useEmailApp } from './support/email-app';
import { linkToken, type TestSmtp } from './support/smtp';

const mail = useEmailApp();
let app: TestApp;
let smtp: TestSmtp;
beforeAll(() => {
  ({ app, smtp } = mail);
});
const { sentTo, queueDrained } = mail;

describe('password reset', () => {
  it('emails a single-use link; the new password ends every session and the member is told', async () => {
    const member = await buildUser(app, { displayName: 'Reset Person' });
    const other = await buildUser(app);
    expect((await app.request('POST', '/api/auth/password-reset', { body: { email: member.user.email } })).status).toBe(
      202,
    );
    const email = await sentTo(member.user.email, /Reset your password/);
    expect(email.text).toContain('Hello Reset Person');
    expect(email.header('list-unsubscribe')).toBeUndefined();
    const token = linkToken(email, 'https://network.example.org/reset-password');

    const weak = await app.request('POST', '/api/auth/password-reset/confirm', { body: { token, password: 'short' } });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.body.message)).toContain('password');

    const confirmed = await app.request('POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'A-new-password-2' },
    });
    expect(confirmed.status).toBe(204);
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(401);
    expect((await app.request('GET', '/api/auth/me', { token: other.token })).status).toBe(200);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: 'A-new-password-2' },
    });
    expect(login.status).toBe(200);
    const old = await app.request('POST', '/api/auth/login', {
      body: { email: member.user.email, password: TEST_PASSWORD },
    });
    expect(old.status).toBe(401);

    // Once only.
    const again = await app.request('POST', '/api/auth/password-reset/confirm', {
      body: { token, password: 'Another-password-3' },
    });
    expect(again.status).toBe(400);
    expect(again.body.message).toEqual([expect.stringMatching(/^token: /)]);

    const notice = await sentTo(member.user.email, /password .* was changed/);
    expect(notice.text).toContain('Every other session was ended');
  });

  it('answers 202 for an unknown address and sends nothing', async () => {
    const address = `nobody-${randomUUID()}@example.org`;
    const response = await app.request('POST', '/api/auth/password-reset', { body: { email: address } });
    expect(response.status).toBe(202);
    await queueDrained('password-reset-request');
    expect(await app.dataSource.query(`SELECT 1 FROM emails WHERE to_address = $1`, [address])).toEqual([]);
    expect(smtp.to(address)).toEqual([]);
  });

  it('refuses an expired link and a made-up one', async () => {
    const member = await buildUser(app);
    await app.request('POST', '/api/auth/password-reset', { body: { email: member.user.email } });
    const token = linkToken(await sentTo(member.user.email, /Reset your password/), '/reset-password');
    await app.dataSource.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [member.user.id],
    );
    for (const candidate of [token, 'a'.repeat(43)]) {
      const response = await app.request('POST', '/api/auth/password-reset/confirm', {
        body: { token: candidate, password: 'A-new-password-2' },
      });
      expect(response.status).toBe(400);
    }
    expect((await app.request('GET', '/api/auth/me', { token: member.token })).status).toBe(200);
  });

  it('refuses malformed requests with the field named', async () => {
    const response = await app.request('POST', '/api/auth/password-reset', { body: { email: 'not an address' } });
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual([expect.stringMatching(/^email: /)]);
  });
});

describe('address confirmation', () => {
  const application = (email: string, extra: Record<string, unknown> = {}) => ({
    email,
    password: 'Applicant-password-1',
    displayName: 'Ansøger Hansen',
    profession: 'social-workers',
    country: 'DK',
    ...extra,
  });

  it('sends the applicant a link in their language; coordinators see the address confirmed', async () => {
    const address = `applicant-${randomUUID()}@example.org`;
    const registered = await app.request('POST', '/api/auth/register', {
      body: application(address, { locale: 'da', timeZone: 'Europe/Copenhagen' }),
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({ emailConfirmed: false, locale: 'da', timeZone: 'Europe/Copenhagen' });
    const email = await sentTo(address, /Bekræft din e-mailadresse/);
    expect(email.html).toContain('<html lang="da">');
    const token = linkToken(email, '/confirm-email');

    const coordinator = await buildUser(app, { role: 'coordinator' });
    const pendingBefore = await app.request('GET', '/api/admin/users?status=pending&limit=100', {
      token: coordinator.token,
    });
    expect(pendingBefore.body.items.find((u: { email: string }) => u.email === address).emailConfirmed).toBe(false);

    expect((await app.request('POST', '/api/auth/email/confirm', { body: { token } })).status).toBe(204);
    const pendingAfter = await app.request('GET', '/api/admin/users?status=pending&limit=100', {
      token: coordinator.token,
    });
    expect(pendingAfter.body.items.find((u: { email: string }) => u.email === address).emailConfirmed).toBe(true);
    expect((await app.request('POST', '/api/auth/email/confirm', { body: { token } })).status).toBe(400);
  });

  it('sends the link again on request, at most once a minute; a confirmed address is a 409', async () => {
    const address = `resend-${randomUUID()}@example.org`;
    const registered = await app.request('POST', '/api/auth/register', { body: application(address) });
    await sentTo(address, /Confirm your email address/);
    const token = registered.body.token as string;
    expect((await app.request('POST', '/api/auth/email/resend', { token })).status).toBe(202);
    await app.dataSource.query(`UPDATE emails SET created_at = now() - interval '2 minutes' WHERE to_address = $1`, [
      address,
    ]);
    expect((await app.request('POST', '/api/auth/email/resend', { token })).status).toBe(202);
    const rows = await app.dataSource.query(`SELECT 1 FROM emails WHERE to_address = $1`, [address]);
    expect(rows).toHaveLength(2);
    expect((await app.request('POST', '/api/auth/email/resend')).status).toBe(401);
    const confirmed = await buildUser(app);
    await app.dataSource.query(`UPDATE users SET email_confirmed_at = now() WHERE id = $1`, [confirmed.user.id]);
    expect((await app.request('POST', '/api/auth/email/resend', { token: confirmed.token })).status).toBe(409);
  });

  it('changes the address only once the new one is confirmed, and tells the old one', async () => {
    const member = await buildUser(app);
    const newAddress = `moved-${randomUUID()}@example.org`;
    const noPassword = await app.request('PATCH', '/api/users/me', {
      token: member.token,
      body: { email: newAddress },
    });
    expect(noPassword.status).toBe(400);
    const asked = await app.request('PATCH', '/api/users/me', {
      token: member.token,
      body: { email: newAddress, currentPassword: TEST_PASSWORD },
    });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ email: member.user.email, pendingEmail: newAddress });
    const notice = await sentTo(member.user.email, /is being changed/);
    expect(notice.text).toContain(newAddress);
    const token = linkToken(await sentTo(newAddress, /Confirm your new email address/), '/confirm-email');
    expect((await app.request('POST', '/api/auth/email/confirm', { body: { token } })).status).toBe(204);
    const me = await app.request('GET', '/api/auth/me', { token: member.token });
    expect(me.body).toMatchObject({ email: newAddress, pendingEmail: null, emailConfirmed: true });
  });
});

describe('vetting', () => {
  it('tells the applicant when approved, and when declined with the reason', async () => {
    const coordinator = await buildUser(app, { role: 'coordinator' });
    const approved = await buildUser(app, { status: 'pending', locale: 'sv' });
    const declined = await buildUser(app, { status: 'pending' });
    await app.request('POST', `/api/admin/users/${approved.user.id}/approve`, { token: coordinator.token });
    await app.request('POST', `/api/admin/users/${declined.user.id}/reject`, {
      token: coordinator.token,
      body: { reason: 'We could not verify the organisation.' },
    });
    expect((await sentTo(approved.user.email, /Välkommen/)).html).toContain('lang="sv"');
    expect((await sentTo(declined.user.email, /Your application/)).text).toContain(
      'We could not verify the organisation.',
    );
  });
});
