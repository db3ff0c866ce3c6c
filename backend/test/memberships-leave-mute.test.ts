import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildThread,
  buildUser,
  type Cast,
  buildStaffedGroup,
  type GroupOverrides,
} from './support/builders';
import { unchangedBy } from './support/factories';
import { connectedSocket, arrives } from './support/sockets';

describe('group memberships: leaving and muting', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const membershipRow = async (groupId: string, userId: string) =>
    (
      await app.dataSource.query(`SELECT * FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
        groupId,
        userId,
      ])
    )[0];

  const staffedGroup = (overrides: GroupOverrides = {}) => buildStaffedGroup(app, overrides);

  describe('POST /api/groups/:slug/leave', () => {
    it('leaves a group (204, uncounted) or withdraws a request; not a member: 409; visitors 401, pending 403', async () => {
      const { group, member } = await staffedGroup({ joinPolicy: 'approval' });
      expect((await app.request('POST', `/api/groups/${group.slug}/leave`)).status).toBe(401);
      expect((await app.request('POST', `/api/groups/${group.slug}/leave`, { token: cast.pending.token })).status).toBe(
        403,
      );
      const leave = await app.request('POST', `/api/groups/${group.slug}/leave`, { token: member.token });
      expect(leave.status).toBe(204);
      expect(await membershipRow(group.id, member.user.id)).toBeUndefined();
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: member.token })).body.memberCount).toBe(1);

      const applicant = await buildUser(app);
      await app.request('POST', `/api/groups/${group.slug}/join`, { token: applicant.token, body: { message: 'Hi' } });
      expect((await app.request('POST', `/api/groups/${group.slug}/leave`, { token: applicant.token })).status).toBe(
        204,
      );
      expect(await membershipRow(group.id, applicant.user.id)).toBeUndefined();

      const again = await unchangedBy(app, () =>
        app.request('POST', `/api/groups/${group.slug}/leave`, { token: member.token }),
      );
      expect(again.status).toBe(409);
    });

    it('the leaver’s sockets stop receiving the group’s activity', async () => {
      const { group, member, coordinator } = await staffedGroup();
      const thread = await buildThread(app, { group, author: coordinator });
      const socket = await connectedSocket(app, member.token);
      try {
        await app.request('POST', `/api/groups/${group.slug}/leave`, { token: member.token });
        const leaked = arrives(socket, 'group:activity');
        await app.request('POST', `/api/threads/${thread.id}/messages`, {
          token: coordinator.token,
          body: { body: 'After you left', clientId: randomUUID() },
        });
        expect(await leaked).toBe(false);
      } finally {
        socket.disconnect();
      }
    });
  });

  describe('PUT /api/groups/:slug/mute', () => {
    it('mutes and unmutes for active members; others 403, visitors 401, bad input 400', async () => {
      const { group, member } = await staffedGroup({ joinPolicy: 'approval' });
      const applicant = await buildUser(app);
      await addMember(app, group, applicant, { status: 'pending' });
      const muted = await app.request('PUT', `/api/groups/${group.slug}/mute`, {
        token: member.token,
        body: { muted: true },
      });
      expect(muted.status).toBe(200);
      expect(muted.body).toMatchObject({ status: 'active', muted: true });
      const fetched = await app.request('GET', `/api/groups/${group.slug}`, { token: member.token });
      expect(fetched.body.myMembership.muted).toBe(true);

      await unchangedBy(app, async () => {
        expect((await app.request('PUT', `/api/groups/${group.slug}/mute`, { body: { muted: true } })).status).toBe(
          401,
        );
        for (const token of [cast.pending.token, applicant.token, cast.researcher.token, cast.coordinator.token]) {
          const response = await app.request('PUT', `/api/groups/${group.slug}/mute`, { token, body: { muted: true } });
          expect(response.status).toBe(403);
        }
        for (const body of [{}, { muted: 'yes' }, { muted: true, extra: 1 }]) {
          const response = await app.request('PUT', `/api/groups/${group.slug}/mute`, { token: member.token, body });
          expect(response.status).toBe(400);
        }
      });
    });
  });
});
