import type { Notification } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildCast,
  buildFlag,
  buildGroup,
  buildThread,
  buildUser,
  unchangedBy,
  type BuiltUser,
  type Cast,
} from './support/factories';
import { arrives, connectedSocket, nextEvent } from './support/sockets';

describe('notifications', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  async function setting() {
    const group = await buildGroup(app, { name: 'Prison and probation' });
    const [coordinator, alice, bob] = await Promise.all([
      buildUser(app, { displayName: 'Group coordinator' }),
      buildUser(app, { displayName: 'Alice' }),
      buildUser(app, { displayName: 'Bob' }),
    ]);
    await addMember(app, group, coordinator, { role: 'coordinator' });
    await addMember(app, group, alice);
    await addMember(app, group, bob);
    const thread = await buildThread(app, { group, author: alice, title: 'Release planning' });
    return { group, thread, coordinator, alice, bob };
  }

  const mention = (who: BuiltUser, name = who.user.displayName) => `@[${name}](${who.user.id})`;

  async function post(who: BuiltUser, threadId: string, body: string, extra: Record<string, unknown> = {}) {
    const response = await app.request('POST', `/api/threads/${threadId}/messages`, {
      token: who.token,
      body: { body, clientId: randomUUID(), ...extra },
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  async function unread(who: BuiltUser): Promise<Notification[]> {
    const response = await app.request('GET', '/api/notifications?unread=true', { token: who.token });
    expect(response.status).toBe(200);
    return response.body.items;
  }

  it('GET /api/notifications: signed-in accounts only (pending ones too); bad queries 400', async () => {
    expect((await app.request('GET', '/api/notifications')).status).toBe(401);
    const pending = await app.request('GET', '/api/notifications', { token: cast.pending.token });
    expect(pending.status).toBe(200);
    expect(pending.body).toEqual({ items: [], nextCursor: null });
    for (const query of ['unread=maybe', 'limit=0', 'limit=101', 'cursor=abc']) {
      expect((await app.request('GET', `/api/notifications?${query}`, { token: cast.practitioner.token })).status).toBe(
        400,
      );
    }
  });

  it('groups ten mentions in one thread into one unread line with count 10, pushed live as it grows', async () => {
    const { thread, group, alice, bob } = await setting();
    const socket = await connectedSocket(app, alice.token);
    try {
      let last: string | undefined;
      for (let i = 1; i <= 10; i++) {
        const pushed = nextEvent(socket, 'notification:new');
        last = (await post(bob, thread.id, `${mention(alice)} point ${i}`)).id;
        expect(await pushed).toMatchObject({ kind: 'mention', count: i, read: false });
      }
      const lines = await unread(alice);
      expect(lines).toEqual([
        {
          id: expect.any(String),
          kind: 'mention',
          count: 10,
          group: { id: group.id, slug: group.slug, name: 'Prison and probation' },
          thread: { id: thread.id, title: 'Release planning' },
          practice: null,
          actor: { id: bob.user.id, displayName: 'Bob' },
          data: { messageId: last },
          read: false,
          createdAt: expect.any(String),
          updatedAt: expect.any(String),
        },
      ]);
      expect(Date.parse(lines[0]!.updatedAt)).toBeGreaterThan(Date.parse(lines[0]!.createdAt));
      expect(await unread(bob)).toEqual([]);
    } finally {
      socket.disconnect();
    }
  });

  it('concurrent mentions in one thread still make one line with the right count', async () => {
    const { thread, alice, bob, coordinator } = await setting();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => post(i % 2 ? bob : coordinator, thread.id, `${mention(alice)} ${i}`)),
    );
    const lines = await unread(alice);
    expect(lines.map((n) => [n.kind, n.count])).toEqual([['mention', 10]]);
  });

  it('mentions notify only people who can read the thread; one’s own mention does not notify', async () => {
    const { thread, alice, bob } = await setting();
    const outsider = await buildUser(app);
    const message = await post(bob, thread.id, `${mention(outsider)} ${mention(bob)} ${mention(cast.coordinator)}`);
    expect(message.mentions).toEqual([bob.user.id, cast.coordinator.user.id]);
    expect(await unread(outsider)).toEqual([]);
    expect(await unread(bob)).toEqual([]);
    expect((await unread(cast.coordinator)).map((n) => n.kind)).toContain('mention');
    expect(await unread(alice)).toEqual([]);
  });

  it('tells the author of the replied-to message (once, even when also mentioned)', async () => {
    const { thread, alice, bob, coordinator } = await setting();
    const question = await post(alice, thread.id, 'Who has a template for release plans?');
    await post(bob, thread.id, 'We do.', { replyToId: question.id });
    await post(coordinator, thread.id, `${mention(alice)} so do we.`, { replyToId: question.id });
    await post(alice, thread.id, 'Thanks!', { replyToId: question.id });
    const lines = await unread(alice);
    expect(lines.map((n) => [n.kind, n.count, n.actor?.displayName])).toEqual([
      ['mention', 1, 'Group coordinator'],
      ['reply', 1, 'Bob'],
    ]);
  });

  it('newly mentioned people are notified when a message is edited, those mentioned before are not', async () => {
    const { thread, alice, bob, coordinator } = await setting();
    const message = await post(bob, thread.id, `Asking ${mention(alice)}`);
    await app.request('POST', '/api/notifications/read', { token: alice.token, body: {} });
    const edited = await app.request('PATCH', `/api/messages/${message.id}`, {
      token: bob.token,
      body: { body: `Asking ${mention(alice)} and ${mention(coordinator)}` },
    });
    expect(edited.body.mentions).toEqual([alice.user.id, coordinator.user.id]);
    expect(await unread(alice)).toEqual([]);
    expect((await unread(coordinator)).map((n) => [n.kind, n.data])).toEqual([['mention', { messageId: message.id }]]);
  });

  it('a new thread notifies the other members, but not those who muted the group', async () => {
    const { group, alice, bob, coordinator } = await setting();
    await app.request('PUT', `/api/groups/${group.slug}/mute`, { token: bob.token, body: { muted: true } });
    const created = await app.request('POST', `/api/groups/${group.slug}/threads`, {
      token: alice.token,
      body: { title: 'Housing after release', body: 'What works in your area?' },
    });
    expect(created.status).toBe(201);
    expect((await unread(coordinator)).map((n) => [n.kind, n.thread?.id, n.actor?.id])).toEqual([
      ['thread', created.body.id, alice.user.id],
    ]);
    expect(await unread(bob)).toEqual([]);
    expect(await unread(alice)).toEqual([]);
  });

  it('muting a group silences neither mentions nor announcements; announcements are for coordinators', async () => {
    const { group, thread, alice, bob, coordinator } = await setting();
    await app.request('PUT', `/api/groups/${group.slug}/mute`, { token: bob.token, body: { muted: true } });
    await post(alice, thread.id, `${mention(bob)} can you check this?`);
    const refused = await unchangedBy(app, () =>
      app.request('POST', `/api/groups/${group.slug}/threads`, {
        token: alice.token,
        body: { title: 'Everyone read this', body: 'Important', announcement: true },
      }),
    );
    expect(refused.status).toBe(403);
    const announced = await app.request('POST', `/api/groups/${group.slug}/threads`, {
      token: coordinator.token,
      body: { title: 'Meeting moved', body: 'The March meeting moves to the 14th.', announcement: true },
    });
    expect(announced.status).toBe(201);
    expect((await unread(bob)).map((n) => n.kind).sort()).toEqual(['announcement', 'mention']);
    expect((await unread(alice)).map((n) => n.kind)).toEqual(['announcement']);
  });

  it('lists newest activity first, page by page; POST /read marks some or all read; new events start a new line', async () => {
    const { thread, alice, bob, coordinator } = await setting();
    await post(bob, thread.id, `${mention(alice)} first`);
    const question = await post(alice, thread.id, 'A question');
    await post(coordinator, thread.id, 'An answer', { replyToId: question.id });
    await post(bob, thread.id, `${mention(alice)} again`);

    const seen: Notification[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/notifications?limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await app.request('GET', url, { token: alice.token });
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((n) => [n.kind, n.count])).toEqual([
      ['mention', 2],
      ['reply', 1],
    ]);

    await unchangedBy(app, async () => {
      expect((await app.request('POST', '/api/notifications/read', { body: {} })).status).toBe(401);
      for (const body of [{ ids: ['x'] }, { ids: 'all' }, { all: true }]) {
        expect((await app.request('POST', '/api/notifications/read', { token: alice.token, body })).status).toBe(400);
      }
      // Someone else's line is not one's own to mark.
      const othersLine = seen[0]!.id;
      expect(
        (await app.request('POST', '/api/notifications/read', { token: bob.token, body: { ids: [othersLine] } }))
          .status,
      ).toBe(204);
    });

    const mentionLine = seen[0]!;
    expect(
      (await app.request('POST', '/api/notifications/read', { token: alice.token, body: { ids: [mentionLine.id] } }))
        .status,
    ).toBe(204);
    expect((await unread(alice)).map((n) => n.kind)).toEqual(['reply']);
    const readOnes = await app.request('GET', '/api/notifications?unread=false', { token: alice.token });
    expect(readOnes.body.items.map((n: Notification) => [n.id, n.read])).toEqual([[mentionLine.id, true]]);

    await post(bob, thread.id, `${mention(alice)} once more`);
    const lines = await unread(alice);
    expect(lines.map((n) => [n.kind, n.count])).toEqual([
      ['mention', 1],
      ['reply', 1],
    ]);
    expect(lines[0]!.id).not.toBe(mentionLine.id);

    expect((await app.request('POST', '/api/notifications/read', { token: alice.token })).status).toBe(204);
    expect(await unread(alice)).toEqual([]);
  });

  it('notification:new goes only to the person concerned', async () => {
    const { thread, alice, bob, coordinator } = await setting();
    const aliceSocket = await connectedSocket(app, alice.token);
    const coordinatorSocket = await connectedSocket(app, coordinator.token);
    try {
      const toAlice = nextEvent(aliceSocket, 'notification:new');
      const leaked = arrives(coordinatorSocket, 'notification:new');
      await post(bob, thread.id, `${mention(alice)} for you only`);
      expect(await toAlice).toMatchObject({ kind: 'mention', thread: { id: thread.id } });
      expect(await leaked).toBe(false);
    } finally {
      aliceSocket.disconnect();
      coordinatorSocket.disconnect();
    }
  });

  it('the data export holds one’s memberships, threads, messages, flags and notifications', async () => {
    const { group, thread, alice, bob } = await setting();
    const requested = await buildGroup(app, { joinPolicy: 'approval', name: 'By approval' });
    await app.request('POST', `/api/groups/${requested.slug}/join`, {
      token: alice.token,
      body: { message: 'I work with families.' },
    });
    const started = await app.request('POST', `/api/groups/${group.slug}/threads`, {
      token: alice.token,
      body: { title: 'Mine', body: 'My thread' },
    });
    const written = await post(alice, thread.id, 'My words');
    const flagged = await post(bob, thread.id, `${mention(alice)} a doubtful remark`);
    await buildFlag(app, { message: flagged, flaggedBy: alice, reason: 'Off topic' });

    const response = await app.request('GET', '/api/users/me/export', { token: alice.token });
    expect(response.status).toBe(200);
    const data = response.body;
    expect(
      data.memberships.map((m: { group: { slug: string }; status: string }) => [m.group.slug, m.status]).sort(),
    ).toEqual(
      [
        [group.slug, 'active'],
        [requested.slug, 'pending'],
      ].sort(),
    );
    expect(data.memberships.find((m: { status: string }) => m.status === 'pending').requestMessage).toBe(
      'I work with families.',
    );
    expect(data.threads.map((t: { id: string }) => t.id).sort()).toEqual([thread.id, started.body.id].sort());
    expect(data.messages.map((m: { id: string; body: string }) => [m.id, m.body])).toEqual([[written.id, 'My words']]);
    expect(data.flags).toEqual([
      expect.objectContaining({ messageId: flagged.id, threadId: thread.id, reason: 'Off topic', resolution: null }),
    ]);
    expect(data.notifications.map((n: Notification) => n.kind)).toEqual(['mention']);
  });
});
