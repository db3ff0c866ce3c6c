import type { Thread } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting, postAs } from './support/discussions';
import {
  addMember,
  buildCast,
  buildThread,
  buildUser,
  type BuiltUser,
  type Cast,
  type GroupOverrides,
} from './support/builders';
import { unchangedBy } from './support/factories';

describe('discussions: threads', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const setting = (overrides: GroupOverrides = {}) => discussionSetting(app, overrides);
  const post = (who: BuiltUser, threadId: string, body: string, extra: Record<string, unknown> = {}) =>
    postAs(app, who, threadId, body, extra);

  describe('threads of a group', () => {
    it('GET: anyone in a public-read group; a members-only one: 403 for non-members, visitors included', async () => {
      const { group, thread, alice, outsider, coordinator } = await setting();
      const open = await setting({ visibility: 'public' });
      const path = `/api/groups/${group.slug}/threads`;
      for (const token of [undefined, cast.pending.token, cast.practitioner.token, cast.admin.token, outsider.token]) {
        const response = await app.request('GET', path, { token });
        expect(response.status).toBe(403);
        expect(response.body.message).toBe("only the group's members can read its discussions");
      }
      for (const token of [alice.token, coordinator.token, cast.coordinator.token]) {
        const response = await app.request('GET', path, { token });
        expect(response.status).toBe(200);
        expect(response.body.items.map((t: Thread) => t.id)).toEqual([thread.id]);
      }
      for (const token of [undefined, cast.pending.token, cast.practitioner.token]) {
        const response = await app.request('GET', `/api/groups/${open.group.slug}/threads`, { token });
        expect(response.status).toBe(200);
        expect(response.body.items[0]).not.toHaveProperty('unreadCount');
      }
      for (const query of ['limit=0', 'limit=101', 'cursor=x']) {
        expect((await app.request('GET', `${path}?${query}`, { token: alice.token })).status).toBe(400);
      }
      expect((await app.request('GET', '/api/groups/no-such-group/threads', { token: alice.token })).status).toBe(404);
    });

    it('lists announcements first, then by latest message, page by page; members see unread and mute', async () => {
      const { group, coordinator, alice, bob } = await setting();
      const quiet = await buildThread(app, { group, author: bob, title: 'Quiet' });
      const announcement = await buildThread(app, { group, author: coordinator, title: 'Read me', announcement: true });
      const busy = await buildThread(app, { group, author: bob, title: 'Busy' });
      await post(bob, busy.id, 'One');
      await post(bob, busy.id, 'Two');
      await post(bob, quiet.id, 'Wake up');
      await post(bob, busy.id, 'Three');

      const seen: Thread[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/groups/${group.slug}/threads?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page = await app.request('GET', url, { token: alice.token });
        expect(page.status).toBe(200);
        seen.push(...page.body.items);
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.map((t) => t.title)).toEqual(['Read me', 'Busy', 'Quiet', 'Risk assessment tools']);
      expect(seen[0]).toMatchObject({
        id: announcement.id,
        announcement: true,
        groupSlug: group.slug,
        messageCount: 0,
      });
      expect(seen[1]).toMatchObject({
        id: busy.id,
        messageCount: 3,
        unreadCount: 3,
        muted: false,
        author: { displayName: 'Bob' },
      });
      const asNetworkCoordinator = await app.request('GET', `/api/groups/${group.slug}/threads`, {
        token: cast.coordinator.token,
      });
      expect(asNetworkCoordinator.body.items[1]).not.toHaveProperty('unreadCount');
      const asBob = await app.request('GET', `/api/groups/${group.slug}/threads`, { token: bob.token });
      expect(asBob.body.items[1].unreadCount).toBe(0);
    });

    it('POST: active members start threads; pending, non-members and other groups’ members may not', async () => {
      const { group, alice, outsider, coordinator } = await setting();
      const applicant = await buildUser(app);
      await addMember(app, group, applicant, { status: 'pending' });
      const path = `/api/groups/${group.slug}/threads`;
      const body = { title: 'Supervision for helpline staff', body: 'How do you organise it?' };
      await unchangedBy(app, async () => {
        expect((await app.request('POST', path, { body })).status).toBe(401);
        expect((await app.request('POST', path, { token: cast.pending.token, body })).status).toBe(403);
        for (const token of [outsider.token, applicant.token, cast.coordinator.token, cast.admin.token]) {
          const response = await app.request('POST', path, { token, body });
          expect(response.status).toBe(403);
          expect(response.body.message).toBe("only the group's active members can post here");
        }
        const announcement = await app.request('POST', path, {
          token: alice.token,
          body: { ...body, announcement: true },
        });
        expect(announcement.status).toBe(403);
        expect(announcement.body.message).toBe("only the group's coordinators can post announcements");
        const bad: unknown[] = [
          {},
          { title: '', body: 'x' },
          { title: 'x', body: '' },
          { title: 'x'.repeat(201), body: 'x' },
          { title: 'x', body: 'x'.repeat(20_000) },
          { title: 'x', body: 'x', pinned: true },
          { title: 'line\nbreak', body: 'x' },
        ];
        for (const invalid of bad) {
          const response = await app.request('POST', path, { token: alice.token, body: invalid });
          expect(response.status).toBe(400);
        }
        expect(
          (await app.request('POST', '/api/groups/no-such-group/threads', { token: alice.token, body })).status,
        ).toBe(404);
      });
      const created = await app.request('POST', path, { token: alice.token, body });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ...body,
        groupId: group.id,
        groupSlug: group.slug,
        author: { id: alice.user.id, displayName: 'Alice' },
        announcement: false,
        messageCount: 0,
        unreadCount: 0,
        muted: false,
      });
      const announced = await app.request('POST', path, {
        token: coordinator.token,
        body: { title: 'New meeting schedule', body: 'From March we meet monthly.', announcement: true },
      });
      expect(announced.status).toBe(201);
      expect(announced.body.announcement).toBe(true);
    });

    it('GET /api/threads/:id: 404 for those who may not read it, and for unknown ids; 400 for malformed', async () => {
      const { thread, alice, outsider } = await setting();
      const open = await setting({ visibility: 'public' });
      for (const token of [undefined, cast.pending.token, outsider.token, cast.admin.token]) {
        const response = await app.request('GET', `/api/threads/${thread.id}`, { token });
        expect(response.status).toBe(404);
        expect(response.body.message).toBe('no thread with this id');
      }
      expect((await app.request('GET', `/api/threads/${thread.id}`, { token: alice.token })).body).toMatchObject({
        id: thread.id,
        title: 'Risk assessment tools',
        unreadCount: 0,
      });
      expect((await app.request('GET', `/api/threads/${open.thread.id}`)).status).toBe(200);
      expect((await app.request('GET', `/api/threads/${randomUUID()}`, { token: alice.token })).status).toBe(404);
      expect((await app.request('GET', '/api/threads/42', { token: alice.token })).status).toBe(400);
    });
  });

  describe('read positions, unread counts and muted threads', () => {
    it('POST /threads/:id/read moves forward only; unread counts follow, per thread and per group', async () => {
      const { thread, group, alice, bob, outsider } = await setting();
      const second = await buildThread(app, { group, author: bob });
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await post(bob, thread.id, `m${i}`)).body.id);
      await post(bob, second.id, 'other');
      const unreadOf = async () => ({
        thread: (await app.request('GET', `/api/threads/${thread.id}`, { token: alice.token })).body.unreadCount,
        group: (await app.request('GET', `/api/groups/${group.slug}`, { token: alice.token })).body.unreadCount,
      });
      expect(await unreadOf()).toEqual({ thread: 5, group: 6 });
      const path = `/api/threads/${thread.id}/read`;
      expect((await app.request('POST', path, { token: alice.token, body: { messageId: ids[2] } })).status).toBe(204);
      expect(await unreadOf()).toEqual({ thread: 2, group: 3 });
      expect((await app.request('POST', path, { token: alice.token, body: { messageId: ids[0] } })).status).toBe(204);
      expect(await unreadOf()).toEqual({ thread: 2, group: 3 });

      await unchangedBy(app, async () => {
        expect((await app.request('POST', path, { body: { messageId: ids[4] } })).status).toBe(401);
        expect(
          (await app.request('POST', path, { token: cast.pending.token, body: { messageId: ids[4] } })).status,
        ).toBe(403);
        expect((await app.request('POST', path, { token: outsider.token, body: { messageId: ids[4] } })).status).toBe(
          404,
        );
        for (const body of [{}, { messageId: 'x' }, { messageId: ids[4], position: 5 }]) {
          expect((await app.request('POST', path, { token: alice.token, body })).status).toBe(400);
        }
        const foreign = await app.request('POST', `/api/threads/${second.id}/read`, {
          token: alice.token,
          body: { messageId: ids[4] },
        });
        expect(foreign.status).toBe(404);
        expect(foreign.body.message).toBe('no message with this id in this thread');
      });
      await app.request('POST', path, { token: alice.token, body: { messageId: ids[4] } });
      expect(await unreadOf()).toEqual({ thread: 0, group: 1 });
    });

    it('PUT /threads/:id/mute: active members of the group; a muted thread leaves the group’s unread count', async () => {
      const { thread, group, alice, bob, outsider } = await setting();
      await post(bob, thread.id, 'Noise');
      const path = `/api/threads/${thread.id}/mute`;
      await unchangedBy(app, async () => {
        expect((await app.request('PUT', path, { body: { muted: true } })).status).toBe(401);
        expect((await app.request('PUT', path, { token: outsider.token, body: { muted: true } })).status).toBe(404);
        expect((await app.request('PUT', path, { token: cast.coordinator.token, body: { muted: true } })).status).toBe(
          403,
        );
        expect((await app.request('PUT', path, { token: alice.token, body: { muted: 1 } })).status).toBe(400);
      });
      expect((await app.request('PUT', path, { token: alice.token, body: { muted: true } })).status).toBe(204);
      const fetched = await app.request('GET', `/api/threads/${thread.id}`, { token: alice.token });
      expect(fetched.body).toMatchObject({ muted: true, unreadCount: 1 });
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: alice.token })).body.unreadCount).toBe(0);
      await app.request('PUT', path, { token: alice.token, body: { muted: false } });
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: alice.token })).body.unreadCount).toBe(1);
    });
  });
});
