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
import { arrives, connectedSocket, joinThread, nextEvent } from './support/sockets';

describe('discussions: posting messages', () => {
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
});
