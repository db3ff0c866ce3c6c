import type { Message, MessageFlag, Thread } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildGroup,
  buildThread,
  buildUser,
  unchangedBy,
  type BuiltUser,
  type Cast,
} from './support/factories';
import { arrives, connectedSocket, joinThread, nextEvent } from './support/sockets';

describe('discussions', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  /** A group with a group coordinator, two members and a member of another group. */
  async function setting(overrides: Parameters<typeof buildGroup>[1] = {}) {
    const group = await buildGroup(app, overrides);
    const other = await buildGroup(app);
    const [coordinator, alice, bob, outsider] = await Promise.all([
      buildUser(app, { displayName: 'Group coordinator' }),
      buildUser(app, { displayName: 'Alice' }),
      buildUser(app, { displayName: 'Bob' }),
      buildUser(app, { displayName: 'Member elsewhere' }),
    ]);
    await addMember(app, group, coordinator, { role: 'coordinator' });
    await addMember(app, group, alice);
    await addMember(app, group, bob);
    await addMember(app, other, outsider);
    const thread = await buildThread(app, { group, author: alice, title: 'Risk assessment tools' });
    return { group, thread, coordinator, alice, bob, outsider };
  }

  async function post(who: BuiltUser, threadId: string, body: string, extra: Record<string, unknown> = {}) {
    return app.request<Message>('POST', `/api/threads/${threadId}/messages`, {
      token: who.token,
      body: { body, clientId: randomUUID(), ...extra },
    });
  }

  async function messagesOf(threadId: string, token: string | undefined, query = '') {
    return app.request('GET', `/api/threads/${threadId}/messages${query}`, { token });
  }

  describe('threads of a group', () => {
    it('GET: anyone in a public-read group; a members-only one: 404 unseen, 403 for non-members', async () => {
      const { group, thread, alice, outsider, coordinator } = await setting();
      const open = await setting({ visibility: 'public' });
      const path = `/api/groups/${group.slug}/threads`;
      expect((await app.request('GET', path)).status).toBe(404);
      expect((await app.request('GET', path, { token: cast.pending.token })).status).toBe(404);
      for (const token of [cast.practitioner.token, cast.admin.token, outsider.token]) {
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

  describe('posting messages', () => {
    it('refuses visitors (401), pending, non-members and other groups’ members (403), changing nothing', async () => {
      const { thread, group, outsider } = await setting();
      const open = await setting({ visibility: 'public' });
      const applicant = await buildUser(app);
      await addMember(app, group, applicant, { status: 'pending' });
      await unchangedBy(app, async () => {
        expect((await messagesOf(thread.id, undefined)).status).toBe(404);
        const visitor = await app.request('POST', `/api/threads/${thread.id}/messages`, {
          body: { body: 'Hi', clientId: randomUUID() },
        });
        expect(visitor.status).toBe(401);
        expect((await post(cast.pending, thread.id, 'Hi')).status).toBe(403);
        for (const who of [outsider, applicant, cast.admin])
          expect((await post(who, thread.id, 'Hi')).status).toBe(404);
        // Readable but not a member: refused with the reason.
        const reader = await post(cast.practitioner, open.thread.id, 'Hi');
        expect(reader.status).toBe(403);
        expect((reader.body as any).message).toBe("only the group's active members can post here");
        expect((await post(cast.coordinator, thread.id, 'Hi')).status).toBe(403);
      });
    });

    it('a suspended member has no session left: 401 on reading and posting', async () => {
      const { thread, group, alice } = await setting();
      const suspended = await buildUser(app);
      await addMember(app, group, suspended);
      await app.request('PATCH', `/api/admin/users/${suspended.user.id}`, {
        token: cast.admin.token,
        body: { status: 'suspended' },
      });
      await unchangedBy(app, async () => {
        expect((await post(suspended, thread.id, 'Still here')).status).toBe(401);
        expect((await messagesOf(thread.id, suspended.token)).status).toBe(401);
      });
      expect((await post(alice, thread.id, 'Alice can')).status).toBe(201);
    });

    it('refuses bad input (400) naming the field, and unknown threads (404), changing nothing', async () => {
      const { thread, alice } = await setting();
      const other = await setting();
      const elsewhere = await post(other.alice, other.thread.id, 'Elsewhere');
      await unchangedBy(app, async () => {
        const cases: Array<[unknown, string]> = [
          [{}, 'body'],
          [{ body: '   ', clientId: randomUUID() }, 'body'],
          [{ body: 'x'.repeat(20_000), clientId: randomUUID() }, 'body: must be at most 10000 characters'],
          [{ body: 'Hi' }, 'clientId'],
          [{ body: 'Hi', clientId: 'not-a-uuid' }, 'clientId: must be a UUID'],
          [{ body: 'Hi', clientId: randomUUID(), replyToId: 'x' }, 'replyToId: must be a UUID'],
          [{ body: 'Hi', clientId: randomUUID(), author: 'someone else' }, 'author'],
          [
            { body: 'Hi', clientId: randomUUID(), replyToId: elsewhere.body.id },
            'replyToId: must be a message of this thread',
          ],
        ];
        for (const [body, problem] of cases) {
          const response = await app.request('POST', `/api/threads/${thread.id}/messages`, {
            token: alice.token,
            body,
          });
          expect({ body, status: response.status }).toEqual({ body, status: 400 });
          expect(JSON.stringify(response.body.message)).toContain(problem);
        }
        expect((await post(alice, randomUUID(), 'Hi')).status).toBe(404);
        expect((await post(alice, 'not-a-uuid', 'Hi')).status).toBe(400);
      });
    });

    it('stores a message at the next position, answers 201 only once stored, and pushes it to the thread', async () => {
      const { thread, alice, bob } = await setting();
      const socket = await connectedSocket(app, bob.token);
      try {
        expect((await joinThread(socket, thread.id)).ok).toBe(true);
        const live = nextEvent(socket, 'message:new');
        // A viewer of the thread gets the message itself; group:activity is for members elsewhere.
        const doubled = arrives(socket, 'group:activity');
        const clientId = randomUUID();
        const response = await app.request('POST', `/api/threads/${thread.id}/messages`, {
          token: alice.token,
          body: { body: 'We use **Static-99R** with a structured interview.', clientId },
        });
        expect(response.status).toBe(201);
        expect(response.body).toEqual({
          id: expect.any(String),
          threadId: thread.id,
          position: 1,
          clientId,
          body: 'We use **Static-99R** with a structured interview.',
          author: { id: alice.user.id, displayName: 'Alice' },
          replyTo: null,
          mentions: [],
          createdAt: expect.any(String),
          editedAt: null,
          deleted: false,
          hidden: false,
        });
        expect(await live).toEqual(response.body);
        expect(await doubled).toBe(false);
        const [row] = await app.dataSource.query(`SELECT * FROM messages WHERE id = $1`, [response.body.id]);
        expect(row).toMatchObject({ position: 1, author_id: alice.user.id });
        const fetched = await app.request('GET', `/api/threads/${thread.id}`, { token: alice.token });
        expect(fetched.body).toMatchObject({ messageCount: 1, unreadCount: 0 });
        expect(Date.parse(fetched.body.lastMessageAt)).toBeGreaterThan(Date.parse(fetched.body.createdAt));
      } finally {
        socket.disconnect();
      }
    });

    it('the same clientId again stores nothing and answers the stored message with 200; another thread: 409', async () => {
      const { thread, group, alice, bob } = await setting();
      const second = await buildThread(app, { group, author: bob });
      const clientId = randomUUID();
      const first = await post(alice, thread.id, 'Once', { clientId });
      expect(first.status).toBe(201);
      const retry = await unchangedBy(app, () => post(alice, thread.id, 'Once, again', { clientId }));
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      // Another author may use the same clientId: ids are per author.
      expect((await post(bob, thread.id, 'Mine', { clientId })).status).toBe(201);
      const elsewhere = await unchangedBy(app, () => post(alice, second.id, 'Elsewhere', { clientId }));
      expect(elsewhere.status).toBe(409);
      expect((elsewhere.body as any).message).toBe('clientId: already used for a message in another thread');
    });

    it('the same clientId posted concurrently stores one message, and every answer is that message', async () => {
      const { thread, alice } = await setting();
      const clientId = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 8 }, () => post(alice, thread.id, 'Sent on a flaky connection', { clientId })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
      const rows = await app.dataSource.query(`SELECT position FROM messages WHERE thread_id = $1`, [thread.id]);
      expect(rows).toEqual([{ position: 1 }]);
      const [counter] = await app.dataSource.query(`SELECT message_count FROM threads WHERE id = $1`, [thread.id]);
      expect(counter.message_count).toBe(1);
    });

    it('20 posts at once from several members get positions 1..20, gapless, each once', async () => {
      const { thread, coordinator, alice, bob } = await setting();
      const writers = [coordinator, alice, bob];
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => post(writers[i % writers.length]!, thread.id, `Message ${i}`)),
      );
      expect(responses.every((r) => r.status === 201)).toBe(true);
      expect(responses.map((r) => r.body.position).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      const listed = await messagesOf(thread.id, alice.token, '?limit=200');
      expect(listed.body.items.map((m: Message) => m.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const [counter] = await app.dataSource.query(`SELECT message_count FROM threads WHERE id = $1`, [thread.id]);
      expect(counter.message_count).toBe(20);
    });

    it('keeps a reply to a message of the same thread, with an excerpt, and mentions of readers only', async () => {
      const { thread, alice, bob, outsider } = await setting();
      const first = await post(alice, thread.id, `Has anyone evaluated ${'the group programme '.repeat(10)}?`);
      const reply = await post(bob, thread.id, `@[Alice](${alice.user.id}) yes, and @[Stranger](${outsider.user.id})`, {
        replyToId: first.body.id,
      });
      expect(reply.status).toBe(201);
      expect(reply.body.replyTo).toEqual({
        id: first.body.id,
        author: { id: alice.user.id, displayName: 'Alice' },
        excerpt: expect.stringMatching(/^Has anyone evaluated the group programme .*…$/),
      });
      expect(reply.body.replyTo!.excerpt.length).toBeLessThanOrEqual(140);
      expect(reply.body.mentions).toEqual([alice.user.id]);
      // The answer is built from what was stored, not read back: a read of the thread gives the same.
      const read = await app.request('GET', `/api/threads/${thread.id}/messages`, { token: bob.token });
      expect(read.body.items).toEqual([first.body, reply.body]);
    });
  });

  describe('reading messages and catching up', () => {
    let thread: { id: string };
    let alice: BuiltUser;
    let ids: string[];
    beforeAll(async () => {
      const s = await setting();
      thread = s.thread;
      alice = s.alice;
      ids = [];
      for (let i = 1; i <= 7; i++) ids.push((await post(i % 2 ? s.alice : s.bob, thread.id, `Message ${i}`)).body.id);
    });

    it('gives the newest messages in ascending order, and older pages with before=', async () => {
      const newest = await messagesOf(thread.id, alice.token, '?limit=3');
      expect(newest.body.items.map((m: Message) => m.position)).toEqual([5, 6, 7]);
      expect(newest.body.nextCursor).toBe(ids[4]);
      const older = await messagesOf(thread.id, alice.token, `?before=${newest.body.nextCursor}&limit=3`);
      expect(older.body.items.map((m: Message) => m.position)).toEqual([2, 3, 4]);
      const oldest = await messagesOf(thread.id, alice.token, `?before=${older.body.nextCursor}&limit=3`);
      expect(oldest.body.items.map((m: Message) => m.position)).toEqual([1]);
      expect(oldest.body.nextCursor).toBeNull();
      const all = await messagesOf(thread.id, alice.token);
      expect(all.body.items).toHaveLength(7);
      expect(all.body.nextCursor).toBeNull();
    });

    it('catches up after= a message: every later message exactly once, in order, page by page', async () => {
      const seen: number[] = [];
      let cursor: string | null = ids[1]!;
      while (cursor) {
        const page: { body: { items: Message[]; nextCursor: string | null } } = await messagesOf(
          thread.id,
          alice.token,
          `?after=${cursor}&limit=2`,
        );
        seen.push(...page.body.items.map((m) => m.position));
        cursor = page.body.nextCursor;
      }
      expect(seen).toEqual([3, 4, 5, 6, 7]);
      const nothing = await messagesOf(thread.id, alice.token, `?after=${ids[6]}`);
      expect(nothing.body).toEqual({ items: [], nextCursor: null });
    });

    it('catches up exactly while others keep posting', async () => {
      const s = await setting();
      const anchor = await post(s.alice, s.thread.id, 'Before the connection dropped');
      const writes = Promise.all(
        Array.from({ length: 12 }, (_, i) => post(i % 2 ? s.bob : s.coordinator, s.thread.id, `${i}`)),
      );
      const seen: number[] = [];
      let cursor: string = anchor.body.id;
      for (let round = 0; round < 50 && seen.length < 12; round++) {
        const page = await messagesOf(s.thread.id, s.alice.token, `?after=${cursor}&limit=3`);
        seen.push(...page.body.items.map((m: Message) => m.position));
        if (page.body.items.length) cursor = page.body.items.at(-1).id;
        if (page.body.items.length === 0) await writes;
      }
      await writes;
      expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => i + 2));
    });

    it('refuses an unknown anchor (404), both anchors at once, malformed ones and limits (400)', async () => {
      const other = await setting();
      const foreign = await post(other.alice, other.thread.id, 'Not in that thread');
      const unknown = await messagesOf(thread.id, alice.token, `?after=${foreign.body.id}`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.message).toBe('no message with this id in this thread');
      expect((await messagesOf(thread.id, alice.token, `?before=${randomUUID()}`)).status).toBe(404);
      for (const query of [`?after=${ids[0]}&before=${ids[3]}`, '?after=1', '?limit=0', '?limit=201', '?limit=x']) {
        expect((await messagesOf(thread.id, alice.token, query)).status).toBe(400);
      }
    });
  });

  describe('editing and deleting', () => {
    it('PATCH: the author only (403 otherwise, 404 if unreadable), with editedAt, pushed to the thread', async () => {
      const { thread, alice, bob, coordinator, outsider } = await setting();
      const message = await post(alice, thread.id, 'First draft');
      const path = `/api/messages/${message.body.id}`;
      await unchangedBy(app, async () => {
        expect((await app.request('PATCH', path, { body: { body: 'x' } })).status).toBe(401);
        expect((await app.request('PATCH', path, { token: cast.pending.token, body: { body: 'x' } })).status).toBe(403);
        for (const who of [bob, coordinator, cast.coordinator]) {
          const response = await app.request('PATCH', path, { token: who.token, body: { body: 'x' } });
          expect(response.status).toBe(403);
          expect(response.body.message).toBe('only its author can edit a message');
        }
        expect((await app.request('PATCH', path, { token: outsider.token, body: { body: 'x' } })).status).toBe(404);
        for (const body of [{}, { body: '' }, { body: 'x'.repeat(20_000) }, { body: 'x', clientId: randomUUID() }]) {
          expect((await app.request('PATCH', path, { token: alice.token, body })).status).toBe(400);
        }
        const unknown = await app.request('PATCH', `/api/messages/${randomUUID()}`, {
          token: alice.token,
          body: { body: 'x' },
        });
        expect(unknown.status).toBe(404);
      });
      const socket = await connectedSocket(app, bob.token);
      try {
        await joinThread(socket, thread.id);
        const live = nextEvent(socket, 'message:updated');
        const edited = await app.request('PATCH', path, { token: alice.token, body: { body: 'Second draft' } });
        expect(edited.status).toBe(200);
        expect(edited.body).toMatchObject({ id: message.body.id, body: 'Second draft', position: 1 });
        expect(edited.body.editedAt).not.toBeNull();
        expect(await live).toEqual(edited.body);
      } finally {
        socket.disconnect();
      }
    });

    it('DELETE: the author, or a coordinator (audited); the message keeps its place with no words', async () => {
      const { thread, alice, bob, coordinator } = await setting();
      const mine = await post(alice, thread.id, 'Withdrawn later');
      const theirs = await post(bob, thread.id, 'Something inappropriate');
      await post(bob, thread.id, 'After');
      await unchangedBy(app, async () => {
        expect((await app.request('DELETE', `/api/messages/${theirs.body.id}`)).status).toBe(401);
        const byMember = await app.request('DELETE', `/api/messages/${theirs.body.id}`, { token: alice.token });
        expect(byMember.status).toBe(403);
        expect(
          (await app.request('DELETE', `/api/messages/${theirs.body.id}`, { token: cast.admin.token })).status,
        ).toBe(404);
        expect((await app.request('DELETE', '/api/messages/nope', { token: alice.token })).status).toBe(400);
      });
      const socket = await connectedSocket(app, bob.token);
      try {
        await joinThread(socket, thread.id);
        const live = nextEvent(socket, 'message:deleted');
        expect((await app.request('DELETE', `/api/messages/${mine.body.id}`, { token: alice.token })).status).toBe(204);
        expect(await live).toEqual({ id: mine.body.id, threadId: thread.id });
      } finally {
        socket.disconnect();
      }
      expect(
        (await app.request('DELETE', `/api/messages/${theirs.body.id}`, { token: coordinator.token })).status,
      ).toBe(204);
      const listed = await messagesOf(thread.id, bob.token);
      expect(listed.body.items.map((m: Message) => [m.position, m.body, m.deleted])).toEqual([
        [1, '', true],
        [2, '', true],
        [3, 'After', false],
      ]);
      const audit = await app.request('GET', `/api/admin/audit?action=message.delete`, { token: cast.admin.token });
      expect(audit.body.items.map((e: { targetId: string }) => e.targetId)).toEqual([theirs.body.id]);
      expect(audit.body.items[0].actor.id).toBe(coordinator.user.id);
      const edit = await app.request('PATCH', `/api/messages/${mine.body.id}`, {
        token: alice.token,
        body: { body: 'Back' },
      });
      expect(edit.status).toBe(409);
    });

    it('shows an erased author as "Former member" on threads and messages', async () => {
      const { thread, group, alice, bob } = await setting();
      const leaving = await buildUser(app, { displayName: 'Leaving member' });
      await addMember(app, group, leaving);
      const own = await buildThread(app, { group, author: leaving, title: 'Started by someone who left' });
      const message = await post(leaving, thread.id, 'My contribution');
      await post(bob, thread.id, 'A reply', { replyToId: message.body.id });
      expect((await app.request('DELETE', '/api/users/me', { token: leaving.token })).status).toBe(204);
      const listed = await messagesOf(thread.id, alice.token);
      expect(listed.body.items[0].author).toEqual({ id: leaving.user.id, displayName: 'Former member' });
      expect(listed.body.items[1].replyTo.author.displayName).toBe('Former member');
      const started = await app.request('GET', `/api/threads/${own.id}`, { token: alice.token });
      expect(started.body.author.displayName).toBe('Former member');
      expect((await app.request('GET', `/api/groups/${group.slug}`, { token: alice.token })).body.memberCount).toBe(3);
    });
  });

  describe('flags', () => {
    it('POST /messages/:id/flag: members who can read it, once each; not one’s own', async () => {
      const { thread, alice, bob, outsider } = await setting();
      const message = await post(bob, thread.id, 'A doubtful remark');
      const path = `/api/messages/${message.body.id}/flag`;
      const body = { reason: 'Identifies a client' };
      await unchangedBy(app, async () => {
        expect((await app.request('POST', path, { body })).status).toBe(401);
        expect((await app.request('POST', path, { token: cast.pending.token, body })).status).toBe(403);
        expect((await app.request('POST', path, { token: outsider.token, body })).status).toBe(404);
        expect((await app.request('POST', path, { token: bob.token, body })).status).toBe(403);
        for (const bad of [{}, { reason: '' }, { reason: 'x'.repeat(1001) }, { reason: 'x', severity: 3 }]) {
          expect((await app.request('POST', path, { token: alice.token, body: bad })).status).toBe(400);
        }
      });
      expect((await app.request('POST', path, { token: alice.token, body })).status).toBe(201);
      const twice = await unchangedBy(app, () => app.request('POST', path, { token: alice.token, body }));
      expect(twice.status).toBe(409);
    });

    it('coordinators list open flags and hide the message: all its flags resolve, readers see no words', async () => {
      const { thread, group, alice, bob, coordinator } = await setting();
      const carol = await buildUser(app, { displayName: 'Carol' });
      await addMember(app, group, carol);
      const message = await post(bob, thread.id, 'Names a child in a case');
      const other = await post(bob, thread.id, 'Fine');
      await app.request('POST', `/api/messages/${message.body.id}/flag`, {
        token: alice.token,
        body: { reason: 'Identifies a child' },
      });
      await app.request('POST', `/api/messages/${message.body.id}/flag`, {
        token: carol.token,
        body: { reason: 'Confidential' },
      });
      await app.request('POST', `/api/messages/${other.body.id}/flag`, { token: alice.token, body: { reason: 'Hmm' } });
      const path = `/api/groups/${group.slug}/flags`;
      expect((await app.request('GET', path)).status).toBe(401);
      for (const token of [alice.token, cast.pending.token, cast.admin.token]) {
        expect((await app.request('GET', path, { token })).status).toBe(403);
      }
      const flags = await app.request('GET', path, { token: coordinator.token });
      expect(flags.status).toBe(200);
      expect(flags.body.items).toHaveLength(3);
      const carolsFlag: MessageFlag = flags.body.items.find((f: MessageFlag) => f.reason === 'Confidential');
      expect(carolsFlag).toMatchObject({
        message: { id: message.body.id, body: 'Names a child in a case' },
        threadTitle: 'Risk assessment tools',
        flaggedBy: { id: carol.user.id, displayName: 'Carol' },
      });
      const resolvePath = `/api/flags/${carolsFlag.id}/resolve`;
      await unchangedBy(app, async () => {
        expect((await app.request('POST', resolvePath, { body: { decision: 'hide' } })).status).toBe(401);
        for (const who of [alice, bob, cast.admin]) {
          const response = await app.request('POST', resolvePath, { token: who.token, body: { decision: 'hide' } });
          expect(response.status).toBe(who === cast.admin ? 404 : 403);
        }
        for (const bad of [{}, { decision: 'delete' }, { decision: 'hide', note: 'x' }]) {
          expect((await app.request('POST', resolvePath, { token: coordinator.token, body: bad })).status).toBe(400);
        }
        const unknown = await app.request('POST', `/api/flags/${randomUUID()}/resolve`, {
          token: coordinator.token,
          body: { decision: 'hide' },
        });
        expect(unknown.status).toBe(404);
      });
      const socket = await connectedSocket(app, alice.token);
      try {
        await joinThread(socket, thread.id);
        const live = nextEvent(socket, 'message:updated');
        const hide = await app.request('POST', resolvePath, { token: coordinator.token, body: { decision: 'hide' } });
        expect(hide.status).toBe(204);
        expect(await live).toMatchObject({ id: message.body.id, hidden: true, body: '' });
      } finally {
        socket.disconnect();
      }
      const remaining = await app.request('GET', path, { token: coordinator.token });
      expect(remaining.body.items.map((f: MessageFlag) => f.message.id)).toEqual([other.body.id]);
      const listed = await messagesOf(thread.id, carol.token);
      expect(listed.body.items[0]).toMatchObject({ id: message.body.id, body: '', hidden: true, deleted: false });
      const rows = await app.dataSource.query(`SELECT resolution FROM message_flags WHERE message_id = $1`, [
        message.body.id,
      ]);
      expect(rows).toEqual([{ resolution: 'hidden' }, { resolution: 'hidden' }]);
      const again = await app.request('POST', resolvePath, { token: coordinator.token, body: { decision: 'dismiss' } });
      expect(again.status).toBe(409);

      const dismiss = await app.request('POST', `/api/flags/${remaining.body.items[0].id}/resolve`, {
        token: cast.coordinator.token,
        body: { decision: 'dismiss' },
      });
      expect(dismiss.status).toBe(204);
      expect((await app.request('GET', path, { token: coordinator.token })).body.items).toEqual([]);
      const audit = await app.request('GET', '/api/admin/audit?limit=100', { token: cast.admin.token });
      const actions = audit.body.items
        .filter((e: { targetId: string }) => [message.body.id, other.body.id].includes(e.targetId))
        .map((e: { action: string; details: { reasons: string[] } }) => [e.action, e.details.reasons.sort()]);
      expect(actions).toEqual([
        ['message.flag-dismiss', ['Hmm']],
        ['message.hide', ['Confidential', 'Identifies a child']],
      ]);
    });
  });

  it('two coordinators deciding on flags of one message at once: one decision, the other a 409', async () => {
    const { thread, group, alice, bob, coordinator } = await setting();
    const carol = await buildUser(app);
    await addMember(app, group, carol);
    const message = await post(bob, thread.id, 'Contested');
    for (const who of [alice, carol]) {
      await app.request('POST', `/api/messages/${message.body.id}/flag`, { token: who.token, body: { reason: 'No' } });
    }
    const flags = (await app.request('GET', `/api/groups/${group.slug}/flags`, { token: coordinator.token })).body
      .items as MessageFlag[];
    const statuses = await Promise.all(
      flags.map((flag, index) =>
        app.request('POST', `/api/flags/${flag.id}/resolve`, {
          token: index ? coordinator.token : cast.coordinator.token,
          body: { decision: index ? 'hide' : 'dismiss' },
        }),
      ),
    );
    expect(statuses.map((r) => r.status).sort()).toEqual([204, 409]);
    const rows = await app.dataSource.query(`SELECT DISTINCT resolution FROM message_flags WHERE message_id = $1`, [
      message.body.id,
    ]);
    expect(rows).toHaveLength(1);
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
