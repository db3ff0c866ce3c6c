import { randomUUID } from 'node:crypto';
import type { TestApp } from './support/app';
import { addMember, buildGroup, buildUser, type BuiltUser } from './support/builders';
import { useEmailApp } from './support/email-app';
import { linkToken, type TestSmtp } from './support/smtp';

const mail = useEmailApp();
let app: TestApp;
let smtp: TestSmtp;
beforeAll(() => {
  ({ app, smtp } = mail);
});
const { sentTo } = mail;

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
