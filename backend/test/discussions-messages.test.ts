import type { Message } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting, messagesOf as messagesOfThread, postAs } from './support/discussions';
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
import { connectedSocket, joinThread, nextEvent } from './support/sockets';

describe('discussions: reading, editing and deleting messages', () => {
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
  const messagesOf = (threadId: string, token: string | undefined, query = '') =>
    messagesOfThread(app, threadId, token, query);

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
});
