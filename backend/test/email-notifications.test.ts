import { randomUUID } from 'node:crypto';
import { DigestsService } from '../src/modules/email-notifications/digests.service';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildGroup, buildMessages, buildThread, buildUser, type BuiltUser } from './support/builders';
import { useEmailApp } from './support/email-app';
import type { TestSmtp } from './support/smtp';

const mail = useEmailApp();
let app: TestApp;
let smtp: TestSmtp;
beforeAll(() => {
  ({ app, smtp } = mail);
});
const { sentTo, emailRows } = mail;

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
