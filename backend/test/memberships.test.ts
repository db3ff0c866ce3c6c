import type { GroupMember, Notification } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  CAST_KINDS,
  tokenOf,
  unchangedBy,
  type BuiltUser,
  type Cast,
} from './support/factories';
import { connectedSocket, nextEvent, arrives } from './support/sockets';

describe('group memberships', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const unread = async (who: BuiltUser): Promise<Notification[]> =>
    (await app.request('GET', '/api/notifications?unread=true', { token: who.token })).body.items;

  const membershipRow = async (groupId: string, userId: string) =>
    (
      await app.dataSource.query(`SELECT * FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
        groupId,
        userId,
      ])
    )[0];

  /** A group with a group coordinator and a plain member. */
  async function staffedGroup(overrides: Parameters<typeof buildGroup>[1] = {}) {
    const group = await buildGroup(app, overrides);
    const coordinator = await buildUser(app, { displayName: 'Group coordinator' });
    const member = await buildUser(app, { displayName: 'Plain member' });
    await addMember(app, group, coordinator, { role: 'coordinator' });
    await addMember(app, group, member);
    return { group, coordinator, member };
  }

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

  describe('GET /api/groups/:slug/members', () => {
    it('is for the group’s active members and the network’s coordinators; requests for its coordinators', async () => {
      const { group, coordinator, member } = await staffedGroup();
      const other = await staffedGroup();
      const applicant = await buildUser(app);
      await addMember(app, group, applicant, { status: 'pending', requestMessage: 'Let me in' });
      const path = `/api/groups/${group.slug}/members`;
      expect((await app.request('GET', path)).status).toBe(401);
      for (const token of [cast.pending.token, cast.practitioner.token, cast.admin.token, other.member.token]) {
        expect((await app.request('GET', path, { token })).status).toBe(403);
      }
      expect((await app.request('GET', path, { token: applicant.token })).status).toBe(403);
      for (const token of [member.token, coordinator.token, cast.coordinator.token]) {
        expect((await app.request('GET', path, { token })).status).toBe(200);
      }
      const requests = await app.request('GET', `${path}?status=pending`, { token: member.token });
      expect(requests.status).toBe(403);
      const byCoordinator = await app.request('GET', `${path}?status=pending`, { token: cast.coordinator.token });
      expect(byCoordinator.body.items).toEqual([
        expect.objectContaining({ userId: applicant.user.id, status: 'pending', requestMessage: 'Let me in' }),
      ]);
      for (const query of ['status=gone', 'profession=astronaut', 'country=XX', 'limit=500', 'cursor=zzz']) {
        expect((await app.request('GET', `${path}?${query}`, { token: member.token })).status).toBe(400);
      }
      expect((await app.request('GET', '/api/groups/no-such-group/members', { token: member.token })).status).toBe(404);
    });

    it('lists active members by display name, page by page, with filters', async () => {
      const group = await buildGroup(app);
      const names = ['Özlem', 'anna', 'Bertil', 'Carla', 'Dmitri', 'Eva'];
      const people = [];
      for (const [index, displayName] of names.entries()) {
        const person = await buildUser(app, {
          displayName,
          profession: index % 2 ? 'educators' : 'law-enforcement',
          country: index < 3 ? 'SE' : 'FI',
          organisation: `Org ${index}`,
        });
        await addMember(app, group, person);
        people.push(person);
      }
      const seen: GroupMember[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/groups/${group.slug}/members?limit=4${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await app.request('GET', url, { token: people[0]!.token });
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(names.length);
      expect(new Set(seen.map((m) => m.userId)).size).toBe(names.length);
      const [{ sorted }] = await app.dataSource.query(
        `SELECT array_agg(display_name ORDER BY display_name, id) AS sorted FROM users WHERE id = ANY($1)`,
        [people.map((p) => p.user.id)],
      );
      expect(seen.map((m) => m.displayName)).toEqual(sorted);
      expect(seen[0]).toMatchObject({ networkRole: 'practitioner', role: 'member', status: 'active' });
      expect(seen.every((m) => m.requestMessage === null)).toBe(true);

      const filtered = await app.request('GET', `/api/groups/${group.slug}/members?profession=educators&country=fi`, {
        token: people[0]!.token,
      });
      expect(filtered.body.items.map((m: GroupMember) => m.displayName).sort()).toEqual(['Carla', 'Eva']);
    });
  });

  describe('POST /api/groups/:slug/members', () => {
    it('lets the group’s coordinators add an active account (how invite-only groups grow); it is told', async () => {
      const { group, coordinator, member } = await staffedGroup({ joinPolicy: 'invite' });
      const invitee = await buildUser(app);
      const path = `/api/groups/${group.slug}/members`;
      await unchangedBy(app, async () => {
        expect((await app.request('POST', path, { body: { userId: invitee.user.id } })).status).toBe(401);
        for (const token of [cast.pending.token, member.token, cast.practitioner.token, cast.admin.token]) {
          const response = await app.request('POST', path, { token, body: { userId: invitee.user.id } });
          expect(response.status).toBe(403);
        }
        for (const body of [{}, { userId: 'nope' }, { userId: invitee.user.id, role: 'owner' }, { id: 1 }]) {
          expect((await app.request('POST', path, { token: coordinator.token, body })).status).toBe(400);
        }
        const pendingAccount = await app.request('POST', path, {
          token: coordinator.token,
          body: { userId: cast.pending.user.id },
        });
        expect(pendingAccount.status).toBe(404);
        const unknown = await app.request('POST', path, { token: coordinator.token, body: { userId: randomUUID() } });
        expect(unknown.status).toBe(404);
        const already = await app.request('POST', path, { token: coordinator.token, body: { userId: member.user.id } });
        expect(already.status).toBe(409);
      });

      const response = await app.request('POST', path, {
        token: coordinator.token,
        body: { userId: invitee.user.id, role: 'coordinator' },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ userId: invitee.user.id, role: 'coordinator', status: 'active' });
      expect((await unread(invitee)).map((n) => [n.kind, n.group?.slug, n.actor?.id])).toEqual([
        ['added-to-group', group.slug, coordinator.user.id],
      ]);
      const byNetwork = await app.request('POST', path, {
        token: cast.coordinator.token,
        body: { userId: cast.researcher.user.id },
      });
      expect(byNetwork.status).toBe(201);
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: member.token })).body.memberCount).toBe(4);
    });
  });

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
