import type { GroupMember } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  CAST_KINDS,
  tokenOf,
  type BuiltUser,
  type Cast,
  buildStaffedGroup,
  type GroupOverrides,
  unreadNotifications,
} from './support/builders';
import { unchangedBy } from './support/factories';
import { connectedSocket, nextEvent } from './support/sockets';

describe('group memberships: joining', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const unread = (who: BuiltUser) => unreadNotifications(app, who);

  const staffedGroup = (overrides: GroupOverrides = {}) => buildStaffedGroup(app, overrides);

  describe('POST /api/groups/:slug/join', () => {
    it('lets active accounts only: 401 visitor, 403 pending; the others join an open group at once', async () => {
      const group = await buildGroup(app);
      const expected = [401, 403, 200, 200, 200, 200];
      for (const [index, kind] of CAST_KINDS.entries()) {
        const response = await app.request('POST', `/api/groups/${group.slug}/join`, { token: tokenOf(cast, kind) });
        expect({ kind, status: response.status }).toEqual({ kind, status: expected[index] });
      }
      const fetched = await app.request('GET', `/api/groups/${group.slug}`, { token: cast.practitioner.token });
      expect(fetched.body.memberCount).toBe(4);
      expect(fetched.body.myMembership).toMatchObject({ role: 'member', status: 'active', requestMessage: null });
    });

    it('joins an open group: active at once, counted; a second time is a 409 that changes nothing', async () => {
      const group = await buildGroup(app);
      const joiner = await buildUser(app);
      const response = await app.request('POST', `/api/groups/${group.slug}/join`, {
        token: joiner.token,
        body: { message: 'Not needed here' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        role: 'member',
        status: 'active',
        muted: false,
        requestMessage: null,
        since: expect.any(String),
      });
      const again = await unchangedBy(app, () =>
        app.request('POST', `/api/groups/${group.slug}/join`, { token: joiner.token }),
      );
      expect(again.status).toBe(409);
      expect(again.body.message).toBe('you are already a member');
    });

    it('the joiner’s open sockets start receiving the group’s activity', async () => {
      const { group, member } = await staffedGroup();
      const joiner = await buildUser(app);
      const socket = await connectedSocket(app, joiner.token);
      try {
        await app.request('POST', `/api/groups/${group.slug}/join`, { token: joiner.token });
        const thread = await buildThread(app, { group, author: member });
        const activity = nextEvent(socket, 'group:activity');
        await app.request('POST', `/api/threads/${thread.id}/messages`, {
          token: member.token,
          body: { body: 'Welcome', clientId: randomUUID() },
        });
        expect(await activity).toEqual({ groupId: group.id, threadId: thread.id });
      } finally {
        socket.disconnect();
      }
    });

    it('asks to join a group by approval: the request and its message wait for the group’s coordinators', async () => {
      const { group, coordinator, member } = await staffedGroup({ joinPolicy: 'approval' });
      const applicant = await buildUser(app, { displayName: 'Applicant one' });
      const second = await buildUser(app, { displayName: 'Applicant two' });
      const response = await app.request('POST', `/api/groups/${group.slug}/join`, {
        token: applicant.token,
        body: { message: '  I run a helpline in Aarhus.  ' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'pending', requestMessage: 'I run a helpline in Aarhus.' });
      await app.request('POST', `/api/groups/${group.slug}/join`, { token: second.token });

      // One line per group for the coordinator, however many requests.
      const lines = await unread(coordinator);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({
        kind: 'join-request',
        count: 2,
        group: { id: group.id, slug: group.slug },
        thread: null,
        actor: { id: second.user.id, displayName: 'Applicant two' },
      });
      expect(await unread(member)).toEqual([]);

      const requests = await app.request('GET', `/api/groups/${group.slug}/members?status=pending`, {
        token: coordinator.token,
      });
      expect(requests.status).toBe(200);
      expect(requests.body.items.map((m: GroupMember) => [m.displayName, m.requestMessage])).toEqual([
        ['Applicant one', 'I run a helpline in Aarhus.'],
        ['Applicant two', null],
      ]);
      const fetched = await app.request('GET', `/api/groups/${group.slug}`, { token: applicant.token });
      expect(fetched.body.memberCount).toBe(2);

      const waiting = await unchangedBy(app, () =>
        app.request('POST', `/api/groups/${group.slug}/join`, { token: applicant.token }),
      );
      expect(waiting.status).toBe(409);
      expect(waiting.body.message).toBe('your request to join is waiting for a decision');
    });

    it('tells the network’s coordinators of a request when the group has no coordinator of its own', async () => {
      const group = await buildGroup(app, { joinPolicy: 'approval' });
      const networkCoordinator = await buildUser(app, { role: 'coordinator' });
      const applicant = await buildUser(app);
      await app.request('POST', `/api/groups/${group.slug}/join`, { token: applicant.token });
      expect((await unread(networkCoordinator)).map((n) => [n.kind, n.group?.id])).toEqual([
        ['join-request', group.id],
      ]);
    });

    it('refuses an invite-only group with the reason (403), changing nothing', async () => {
      const group = await buildGroup(app, { joinPolicy: 'invite' });
      const response = await unchangedBy(app, () =>
        app.request('POST', `/api/groups/${group.slug}/join`, { token: cast.researcher.token }),
      );
      expect(response.status).toBe(403);
      expect(response.body.message).toBe('this group is invite only: a group coordinator can add you');
    });

    it('refuses bad input (400) and unknown groups (404), changing nothing', async () => {
      const group = await buildGroup(app, { joinPolicy: 'approval' });
      await unchangedBy(app, async () => {
        for (const body of [{ message: 'x'.repeat(1001) }, { message: 42 }, { reason: 'x' }]) {
          const response = await app.request('POST', `/api/groups/${group.slug}/join`, {
            token: cast.practitioner.token,
            body,
          });
          expect({ body, status: response.status }).toEqual({ body, status: 400 });
        }
        expect(
          (await app.request('POST', '/api/groups/no-such-group/join', { token: cast.practitioner.token })).status,
        ).toBe(404);
        expect((await app.request('POST', '/api/groups/BAD/join', { token: cast.practitioner.token })).status).toBe(
          400,
        );
      });
    });

    it('two joins of the same person at once store one membership', async () => {
      const group = await buildGroup(app);
      const joiner = await buildUser(app);
      const statuses = await Promise.all(
        [1, 2, 3].map(
          async () => (await app.request('POST', `/api/groups/${group.slug}/join`, { token: joiner.token })).status,
        ),
      );
      expect(statuses.sort()).toEqual([200, 409, 409]);
      const [row] = await app.dataSource.query(`SELECT member_count FROM groups WHERE id = $1`, [group.id]);
      expect(row.member_count).toBe(1);
    });
  });
});
