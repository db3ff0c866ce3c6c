import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildThread,
  buildUser,
  type BuiltUser,
  type Cast,
  buildStaffedGroup,
  type GroupOverrides,
  unreadNotifications,
} from './support/builders';
import { unchangedBy } from './support/factories';
import { connectedSocket, nextEvent } from './support/sockets';

describe('group memberships: decisions of coordinators', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const unread = (who: BuiltUser) => unreadNotifications(app, who);

  const membershipRow = async (groupId: string, userId: string) =>
    (
      await app.dataSource.query(`SELECT * FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
        groupId,
        userId,
      ])
    )[0];

  const staffedGroup = (overrides: GroupOverrides = {}) => buildStaffedGroup(app, overrides);

  describe('approving, declining, promoting and removing', () => {
    it('approves a request (coordinators only): the applicant is a member, is told, and it is audited', async () => {
      const { group, coordinator, member } = await staffedGroup({ joinPolicy: 'approval' });
      const applicant = await buildUser(app);
      await app.request('POST', `/api/groups/${group.slug}/join`, {
        token: applicant.token,
        body: { message: 'I lead a probation team.' },
      });
      const path = `/api/groups/${group.slug}/members/${applicant.user.id}/approve`;
      await unchangedBy(app, async () => {
        expect((await app.request('POST', path)).status).toBe(401);
        for (const token of [cast.pending.token, member.token, applicant.token, cast.admin.token]) {
          expect((await app.request('POST', path, { token })).status).toBe(403);
        }
        const unknown = `/api/groups/${group.slug}/members/${randomUUID()}/approve`;
        expect((await app.request('POST', unknown, { token: coordinator.token })).status).toBe(404);
        const malformed = `/api/groups/${group.slug}/members/not-a-uuid/approve`;
        expect((await app.request('POST', malformed, { token: coordinator.token })).status).toBe(400);
      });

      const socket = await connectedSocket(app, applicant.token);
      try {
        const pushed = nextEvent(socket, 'notification:new');
        const response = await app.request('POST', path, { token: coordinator.token });
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject({
          userId: applicant.user.id,
          status: 'active',
          role: 'member',
          requestMessage: 'I lead a probation team.',
        });
        expect(await pushed).toMatchObject({ kind: 'join-decision', data: { approved: true }, count: 1 });
      } finally {
        socket.disconnect();
      }
      const fetched = await app.request('GET', `/api/groups/${group.slug}`, { token: applicant.token });
      expect(fetched.body).toMatchObject({ memberCount: 3, myMembership: { status: 'active' } });
      const again = await unchangedBy(app, () => app.request('POST', path, { token: coordinator.token }));
      expect(again.status).toBe(409);
      const audit = await app.request('GET', `/api/admin/audit?action=group.member-approve&targetId=${group.id}`, {
        token: cast.admin.token,
      });
      expect(audit.body.items[0]).toMatchObject({
        actor: { id: coordinator.user.id },
        details: { userId: applicant.user.id, requestMessage: 'I lead a probation team.' },
      });
    });

    it('declines a request: the applicant is told, the request message stays in the audit entry', async () => {
      const { group, coordinator } = await staffedGroup({ joinPolicy: 'approval' });
      const applicant = await buildUser(app);
      await app.request('POST', `/api/groups/${group.slug}/join`, {
        token: applicant.token,
        body: { message: 'I would like to follow this work.' },
      });
      const response = await app.request('DELETE', `/api/groups/${group.slug}/members/${applicant.user.id}`, {
        token: coordinator.token,
        body: { reason: 'Not working in this field' },
      });
      expect(response.status).toBe(204);
      expect(await membershipRow(group.id, applicant.user.id)).toBeUndefined();
      expect((await unread(applicant)).map((n) => [n.kind, n.data])).toEqual([['join-decision', { approved: false }]]);
      const audit = await app.request('GET', `/api/admin/audit?action=group.member-decline&targetId=${group.id}`, {
        token: cast.admin.token,
      });
      expect(audit.body.items[0].details).toMatchObject({
        userId: applicant.user.id,
        requestMessage: 'I would like to follow this work.',
        reason: 'Not working in this field',
      });
    });

    it('promotes a member to group coordinator, who can then decide on requests; audited', async () => {
      const { group, coordinator, member } = await staffedGroup({ joinPolicy: 'approval' });
      const path = `/api/groups/${group.slug}/members/${member.user.id}`;
      await unchangedBy(app, async () => {
        expect((await app.request('PATCH', path, { body: { role: 'coordinator' } })).status).toBe(401);
        for (const token of [member.token, cast.pending.token, cast.practitioner.token]) {
          expect((await app.request('PATCH', path, { token, body: { role: 'coordinator' } })).status).toBe(403);
        }
        for (const body of [{}, { role: 'king' }, { role: 'member', status: 'active' }]) {
          expect((await app.request('PATCH', path, { token: coordinator.token, body })).status).toBe(400);
        }
        const stranger = `/api/groups/${group.slug}/members/${cast.researcher.user.id}`;
        expect(
          (await app.request('PATCH', stranger, { token: coordinator.token, body: { role: 'member' } })).status,
        ).toBe(404);
      });
      const applicant = await buildUser(app);
      await addMember(app, group, applicant, { status: 'pending' });
      const pendingPath = `/api/groups/${group.slug}/members/${applicant.user.id}`;
      const notYet = await app.request('PATCH', pendingPath, {
        token: coordinator.token,
        body: { role: 'coordinator' },
      });
      expect(notYet.status).toBe(409);

      const promoted = await app.request('PATCH', path, { token: coordinator.token, body: { role: 'coordinator' } });
      expect(promoted.status).toBe(200);
      expect(promoted.body).toMatchObject({ userId: member.user.id, role: 'coordinator' });
      const approve = await app.request('POST', `${pendingPath}/approve`, { token: member.token });
      expect(approve.status).toBe(200);
      const audit = await app.request('GET', `/api/admin/audit?action=group.member-role&targetId=${group.id}`, {
        token: cast.admin.token,
      });
      expect(audit.body.items[0].details).toMatchObject({
        userId: member.user.id,
        before: 'member',
        after: 'coordinator',
      });
    });

    it('removes a member, who can no longer read or post there; audited; plain members cannot remove', async () => {
      const { group, coordinator, member } = await staffedGroup();
      const thread = await buildThread(app, { group, author: coordinator });
      const other = await buildUser(app);
      await addMember(app, group, other);
      const path = `/api/groups/${group.slug}/members/${other.user.id}`;
      await unchangedBy(app, async () => {
        expect((await app.request('DELETE', path)).status).toBe(401);
        for (const token of [member.token, cast.pending.token, cast.admin.token, cast.practitioner.token]) {
          expect((await app.request('DELETE', path, { token })).status).toBe(403);
        }
        expect((await app.request('DELETE', path, { token: coordinator.token, body: { because: 'x' } })).status).toBe(
          400,
        );
        const stranger = `/api/groups/${group.slug}/members/${cast.researcher.user.id}`;
        expect((await app.request('DELETE', stranger, { token: coordinator.token })).status).toBe(404);
      });
      expect((await app.request('GET', `/api/threads/${thread.id}`, { token: other.token })).status).toBe(200);

      expect((await app.request('DELETE', path, { token: cast.coordinator.token })).status).toBe(204);
      expect((await app.request('GET', `/api/threads/${thread.id}`, { token: other.token })).status).toBe(404);
      expect((await app.request('GET', `/api/threads/${thread.id}/messages`, { token: other.token })).status).toBe(404);
      const post = await app.request('POST', `/api/threads/${thread.id}/messages`, {
        token: other.token,
        body: { body: 'Can I still post?', clientId: randomUUID() },
      });
      expect(post.status).toBe(404);
      expect((await app.request('GET', `/api/groups/${group.slug}/threads`, { token: other.token })).status).toBe(403);
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: member.token })).body.memberCount).toBe(2);
      const audit = await app.request('GET', `/api/admin/audit?action=group.member-remove&targetId=${group.id}`, {
        token: cast.admin.token,
      });
      expect(audit.body.items[0]).toMatchObject({
        actor: { id: cast.coordinator.user.id },
        details: { userId: other.user.id },
      });
    });
  });
});
