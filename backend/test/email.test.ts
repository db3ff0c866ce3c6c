import { randomUUID } from 'node:crypto';
import { SecurityNoticesService } from '../src/modules/accounts/security-notices.service';
import { DigestsService } from '../src/modules/email-notifications/digests.service';
import { UserEntity } from '../src/modules/users/user.entity';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildGroup,
  buildMessages,
  buildThread,
  buildUser,
  TEST_PASSWORD,
  type BuiltUser,
} from './support/builders';
import { linkToken, startTestSmtp, type TestSmtp } from './support/smtp';

let smtp: TestSmtp;
let app: TestApp;

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await createTestApp({
    SMTP_URL: smtp.url,
    EMAIL_NOTIFY_DELAY_SECONDS: '0',
    EMAIL_SEND_TIMEOUT_SECONDS: '10',
    PUBLIC_URL: 'https://network.example.org',
  });
});

afterAll(async () => {
  await app.close();
  await smtp.close();
});

/** The email to this address, once it arrived; on a timeout, the outbox's rows for it tell why. */
async function sentTo(address: string, subject: RegExp) {
  try {
    return await smtp.waitFor((email) => email.to.includes(address) && subject.test(email.subject));
  } catch (error) {
    const rows = await app.dataSource.query(`SELECT kind, state, error FROM emails WHERE to_address = $1`, [address]);
    throw new Error(`${(error as Error).message}\noutbox for ${address}: ${JSON.stringify(rows)}`, { cause: error });
  }
}

const emailRows = (userId: string, kind: string) =>
  app.dataSource.query(`SELECT state, error FROM emails WHERE user_id = $1 AND kind = $2`, [userId, kind]) as Promise<
    Array<{ state: string; error: string | null }>
  >;

/** Waits until every job of a queue is done: what it was going to write is written. */
async function queueDrained(name: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const [row] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state < 'completed'`,
      [name],
    );
    if (row.n === 0) return;
    if (Date.now() > deadline) throw new Error(`queue ${name} still has work`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

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

describe('invitations', () => {
  let coordinator: BuiltUser;
  let groupCoordinator: BuiltUser;
  let practitioner: BuiltUser;
  let pending: BuiltUser;
  let admin: BuiltUser;
  let group: Awaited<ReturnType<typeof buildGroup>>;

  beforeAll(async () => {
    [coordinator, groupCoordinator, practitioner, pending, admin] = await Promise.all([
      buildUser(app, { role: 'coordinator' }),
      buildUser(app, { displayName: 'Group Lead' }),
      buildUser(app),
      buildUser(app, { status: 'pending' }),
      buildUser(app, { role: 'admin' }),
    ]);
    group = await buildGroup(app, { joinPolicy: 'invite', name: 'Invite-only circle' });
    await addMember(app, group, groupCoordinator, { role: 'coordinator' });
  });

  it('refuses visitors, pending accounts, plain members and admins, with nothing written', async () => {
    const body = { email: `refused-${randomUUID()}@example.org` };
    expect((await app.request('POST', '/api/invitations', { body })).status).toBe(401);
    expect((await app.request('GET', '/api/invitations')).status).toBe(401);
    for (const who of [pending, practitioner, admin]) {
      expect((await app.request('POST', '/api/invitations', { token: who.token, body })).status).toBe(403);
      expect((await app.request('GET', '/api/invitations', { token: who.token })).status).toBe(403);
    }
    // A group's coordinator may invite to their group, not to the network, nor to another group.
    const other = await buildGroup(app);
    expect((await app.request('POST', '/api/invitations', { token: groupCoordinator.token, body })).status).toBe(403);
    expect(
      (
        await app.request('POST', '/api/invitations', {
          token: groupCoordinator.token,
          body: { ...body, groupSlug: other.slug },
        })
      ).status,
    ).toBe(403);
    expect(await app.dataSource.query(`SELECT 1 FROM invitations WHERE email = $1`, [body.email])).toEqual([]);
    const bad = await app.request('POST', '/api/invitations', { token: coordinator.token, body: { email: 'nope' } });
    expect(bad.status).toBe(400);
  });

  it('a network invitation: the link registers an active, confirmed account, audited', async () => {
    const address = `invited-${randomUUID()}@example.org`;
    const created = await app.request('POST', '/api/invitations', {
      token: coordinator.token,
      body: { email: address },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: address, group: null, state: 'pending' });
    const email = await sentTo(address, /You are invited/);
    const token = linkToken(email, '/invitations/accept');

    const preview = await app.request('POST', '/api/invitations/preview', { body: { token } });
    expect(preview.body).toMatchObject({ email: address, group: null });
    const wrongAddress = await app.request('POST', '/api/auth/register', {
      body: {
        email: `someone-else-${randomUUID()}@example.org`,
        password: 'Invited-password-1',
        displayName: 'Invited Person',
        profession: 'educators',
        country: 'SE',
        invitationToken: token,
      },
    });
    expect(wrongAddress.status).toBe(400);
    const registered = await app.request('POST', '/api/auth/register', {
      body: {
        email: address,
        password: 'Invited-password-1',
        displayName: 'Invited Person',
        profession: 'educators',
        country: 'SE',
        invitationToken: token,
      },
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({ status: 'active', emailConfirmed: true });
    expect(smtp.to(address).filter((e) => /Confirm/.test(e.subject))).toEqual([]);
    const listed = await app.request('GET', '/api/invitations', { token: coordinator.token });
    expect(listed.body.items.find((i: { email: string }) => i.email === address).state).toBe('accepted');
    const actions = await app.dataSource.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
      [created.body.id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['invitation.create', 'invitation.accept']);
    expect((await app.request('POST', '/api/invitations/preview', { body: { token } })).status).toBe(404);
  });

  it('a group invitation: a newcomer joins the group with the account; a member is added at once', async () => {
    const address = `group-invited-${randomUUID()}@example.org`;
    const created = await app.request('POST', '/api/invitations', {
      token: groupCoordinator.token,
      body: { email: address, groupSlug: group.slug },
    });
    expect(created.status).toBe(201);
    const token = linkToken(await sentTo(address, /You are invited/), '/invitations/accept');
    expect((await smtp.waitFor((e) => e.to.includes(address))).text).toContain('Invite-only circle');
    const registered = await app.request('POST', '/api/auth/register', {
      body: {
        email: address,
        password: 'Invited-password-1',
        displayName: 'Group Newcomer',
        profession: 'educators',
        country: 'NO',
        invitationToken: token,
      },
    });
    expect(registered.status).toBe(201);
    const groupPage = await app.request('GET', `/api/groups/${group.slug}`, { token: registered.body.token });
    expect(groupPage.body.myMembership).toMatchObject({ status: 'active' });

    const added = await app.request('POST', '/api/invitations', {
      token: groupCoordinator.token,
      body: { email: practitioner.user.email, groupSlug: group.slug },
    });
    expect(added.status).toBe(201);
    expect(added.body.state).toBe('accepted');
    const page = await app.request('GET', `/api/groups/${group.slug}`, { token: practitioner.token });
    expect(page.body.myMembership).toMatchObject({ status: 'active' });
    // The group coordinator sees their group's invitations only.
    const listed = await app.request('GET', '/api/invitations', { token: groupCoordinator.token });
    expect(listed.body.items.every((i: { group: { slug: string } | null }) => i.group?.slug === group.slug)).toBe(true);
  });

  it('is withdrawn with its link dead, and an expired one cannot be used', async () => {
    const address = `withdrawn-${randomUUID()}@example.org`;
    const created = await app.request('POST', '/api/invitations', {
      token: coordinator.token,
      body: { email: address },
    });
    const token = linkToken(await sentTo(address, /You are invited/), '/invitations/accept');
    expect(
      (await app.request('DELETE', `/api/invitations/${created.body.id}`, { token: practitioner.token })).status,
    ).toBe(404);
    expect(
      (await app.request('DELETE', `/api/invitations/${created.body.id}`, { token: coordinator.token })).status,
    ).toBe(204);
    expect(
      (await app.request('DELETE', `/api/invitations/${created.body.id}`, { token: coordinator.token })).status,
    ).toBe(409);
    expect((await app.request('POST', '/api/invitations/preview', { body: { token } })).status).toBe(404);

    const expiring = `expiring-${randomUUID()}@example.org`;
    await app.request('POST', '/api/invitations', { token: coordinator.token, body: { email: expiring } });
    const expiredToken = linkToken(await sentTo(expiring, /You are invited/), '/invitations/accept');
    await app.dataSource.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [
      expiring,
    ]);
    const registered = await app.request('POST', '/api/auth/register', {
      body: {
        email: expiring,
        password: 'Invited-password-1',
        displayName: 'Too Late',
        profession: 'educators',
        country: 'NO',
        invitationToken: expiredToken,
      },
    });
    expect(registered.status).toBe(400);
    expect(await app.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [expiring])).toEqual([]);
  });
});

describe('notifications by email', () => {
  const mention = (who: BuiltUser) => `@[${who.user.displayName}](${who.user.id})`;
  const post = (author: BuiltUser, threadId: string, body: string) =>
    app.request('POST', `/api/threads/${threadId}/messages`, {
      token: author.token,
      body: { body, clientId: randomUUID() },
    });

  it('sends a mention at once with one-click unsubscribe; after it, no more emails of that kind', async () => {
    const group = await buildGroup(app);
    const [alice, bob] = await Promise.all([
      buildUser(app, { displayName: 'Alice Author' }),
      buildUser(app, { displayName: 'Bob Reader' }),
    ]);
    await addMember(app, group, alice);
    await addMember(app, group, bob);
    const thread = await buildThread(app, { group, author: alice, title: 'Safety planning' });
    expect((await post(alice, thread.id, `${mention(bob)} what do you think?`)).status).toBe(201);
    const email = await sentTo(bob.user.email, /Alice Author mentioned you in Safety planning/);
    expect(email.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const listUnsubscribe = email.header('list-unsubscribe')!.replace(/^<|>$/g, '');
    expect(listUnsubscribe).toMatch(/^https:\/\/network\.example\.org\/api\/unsubscribe\?token=/);
    expect(email.text).toContain(`https://network.example.org/threads/${thread.id}`);
    const token = new URL(listUnsubscribe).searchParams.get('token')!;

    const forged = await app.request('POST', `/api/unsubscribe?token=${token.slice(0, -2)}xx`, {
      rawBody: 'List-Unsubscribe=One-Click',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(forged.status).toBe(400);
    const unsubscribed = await app.request('POST', `/api/unsubscribe?token=${token}`, {
      rawBody: 'List-Unsubscribe=One-Click',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(unsubscribed.status).toBe(200);
    expect(unsubscribed.body).toEqual({ kind: 'mention' });
    const settings = await app.request('GET', '/api/users/me/notification-settings', { token: bob.token });
    expect(settings.body.kinds.mention).toBe('never');

    await post(alice, thread.id, `${mention(bob)} and another point`);
    // The email would have been queued in the message's own transaction: none was.
    expect(await emailRows(bob.user.id, 'mention')).toEqual([{ state: 'sent', error: null }]);
    // A form body anywhere else is still refused.
    const elsewhere = await app.request('POST', '/api/auth/password-reset', {
      rawBody: 'email=x%40example.org',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(elsewhere.status).toBe(415);
  });

  it('skips an immediate email when the notification was read in the app first', async () => {
    const delayed = await createTestApp(
      { SMTP_URL: smtp.url, EMAIL_NOTIFY_DELAY_SECONDS: '2', PUBLIC_URL: 'https://network.example.org' },
      { shareDatabaseOf: app },
    );
    try {
      const group = await buildGroup(app);
      const [alice, bob] = await Promise.all([buildUser(app), buildUser(app)]);
      await addMember(app, group, alice);
      await addMember(app, group, bob);
      const thread = await buildThread(app, { group, author: alice });
      await delayed.request('POST', `/api/threads/${thread.id}/messages`, {
        token: alice.token,
        body: { body: `${mention(bob)} please look`, clientId: randomUUID() },
      });
      expect((await delayed.request('POST', '/api/notifications/read', { token: bob.token, body: {} })).status).toBe(
        204,
      );
      const deadline = Date.now() + 20_000;
      let rows = await emailRows(bob.user.id, 'mention');
      while (rows[0]?.state !== 'skipped' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        rows = await emailRows(bob.user.id, 'mention');
      }
      expect(rows).toEqual([{ state: 'skipped', error: 'read in the app before the email was due' }]);
      expect(smtp.to(bob.user.email)).toEqual([]);
    } finally {
      await delayed.close();
    }
  });

  it('sends the daily digest in Danish, once, and nothing to a member with nothing new', async () => {
    const group = await buildGroup(app, { name: 'Forebyggelse i skolen' });
    const [author, reader, quiet] = await Promise.all([
      buildUser(app),
      buildUser(app, { displayName: 'Dorthe' }),
      buildUser(app),
    ]);
    await app.dataSource.query(`UPDATE users SET locale = 'da', time_zone = 'Europe/Copenhagen' WHERE id = $1`, [
      reader.user.id,
    ]);
    await addMember(app, group, author);
    await addMember(app, group, reader);
    for (const who of [reader, quiet]) {
      const kinds = {
        ...(await app.request('GET', '/api/users/me/notification-settings', { token: who.token })).body.kinds,
      };
      kinds['group-activity'] = 'daily';
      expect(
        (
          await app.request('PUT', '/api/users/me/notification-settings', {
            token: who.token,
            body: { kinds, groups: [] },
          })
        ).status,
      ).toBe(200);
    }
    // Activity inside the digest's window, which ends at the member's last 07:00.
    const [{ due }] = await app.dataSource.query(
      `SELECT (date_trunc('day', (now() AT TIME ZONE 'Europe/Copenhagen') - interval '7 hours') + interval '7 hours')
                AT TIME ZONE 'Europe/Copenhagen' AS due`,
    );
    const thread = await buildThread(app, { group, author, title: 'Trivsel og grænser' });
    await app.dataSource.query(`UPDATE threads SET created_at = $2, last_message_at = $2 WHERE id = $1`, [
      thread.id,
      new Date(new Date(due).getTime() - 3600_000),
    ]);
    await buildMessages(app, {
      thread,
      author,
      count: 3,
      body: (n) => `besked ${n}`,
      createdAt: () => new Date(new Date(due).getTime() - 1800_000),
    });
    const digests = app.app.get(DigestsService);
    const queued = await digests.queueDue('daily');
    expect(queued).toBeGreaterThanOrEqual(1);
    const email = await sentTo(reader.user.email, /Dit daglige overblik/);
    expect(email.html).toContain('<html lang="da">');
    expect(email.text).toContain('Forebyggelse i skolen');
    expect(email.text).toContain('Trivsel og grænser: 3 nye beskeder');
    expect(email.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(await digests.queueDue('daily')).toBe(0);
    expect(await emailRows(quiet.user.id, 'digest-daily')).toEqual([]);
  });
});

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

describe('notification settings', () => {
  it('are the member own: 401 for visitors, defaults first, groups only of their own', async () => {
    expect((await app.request('GET', '/api/users/me/notification-settings')).status).toBe(401);
    const member = await buildUser(app);
    const group = await buildGroup(app);
    const defaults = await app.request('GET', '/api/users/me/notification-settings', { token: member.token });
    expect(defaults.body).toMatchObject({
      kinds: { mention: 'immediately', reply: 'immediately', decision: 'immediately', 'group-activity': 'weekly' },
      groups: [],
    });
    const notMine = await app.request('PUT', '/api/users/me/notification-settings', {
      token: member.token,
      body: { kinds: defaults.body.kinds, groups: [{ groupSlug: group.slug, frequency: 'never' }] },
    });
    expect(notMine.status).toBe(400);
    await addMember(app, group, member);
    const saved = await app.request('PUT', '/api/users/me/notification-settings', {
      token: member.token,
      body: {
        kinds: { ...defaults.body.kinds, reply: 'daily' },
        groups: [{ groupSlug: group.slug, frequency: 'never' }],
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.kinds.reply).toBe('daily');
    expect(saved.body.groups).toEqual([{ groupSlug: group.slug, groupName: group.name, frequency: 'never' }]);
    const invalid = await app.request('PUT', '/api/users/me/notification-settings', {
      token: member.token,
      body: { kinds: { ...defaults.body.kinds, reply: 'hourly' }, groups: [] },
    });
    expect(invalid.status).toBe(400);
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
