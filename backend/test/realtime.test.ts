import type { Message } from '@pn/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { RealtimeService } from '../src/modules/realtime/realtime.service';
import { createTestApp, type TestApp } from './support/app';
import { buildGroup, buildMembership, buildThread, buildUser, TEST_PASSWORD } from './support/builders';
import {
  arrives,
  connectedSocket,
  connectSocket,
  disconnected,
  joinThread,
  nextEvent,
  type ClientSocket,
} from './support/sockets';

async function groupWithThread(app: TestApp, visibility: 'members' | 'public' = 'members') {
  const group = await buildGroup(app, {
    slug: `rt-${randomBytes(4).toString('hex')}`,
    name: 'Realtime group',
    description: 'For socket tests',
    visibility,
  });
  const thread = await buildThread(app, { group, author: null, title: 'A thread', body: 'Its opening post' });
  return { groupId: group.id, threadId: thread.id, slug: group.slug };
}

async function addMember(app: TestApp, groupId: string, userId: string, status: 'active' | 'pending' = 'active') {
  await buildMembership(app, { group: { id: groupId }, member: { id: userId }, status });
}

function fakeMessage(threadId: string): Message {
  return {
    id: randomUUID(),
    threadId,
    position: 1,
    clientId: randomUUID(),
    body: 'hello',
    author: null,
    replyTo: null,
    mentions: [],
    createdAt: new Date().toISOString(),
    editedAt: null,
    deleted: false,
    hidden: false,
  };
}

describe('socket.io gateway', () => {
  let app: TestApp;
  const open: ClientSocket[] = [];
  const track = (socket: ClientSocket) => (open.push(socket), socket);
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.disconnect();
  });
  afterAll(() => app.close());

  it('refuses a handshake without a session, or with a made-up one', async () => {
    const none = await connectSocket(app, {});
    expect(none.error?.message).toBe('unauthenticated: sign in first');
    const forged = await connectSocket(app, { token: 'forged' });
    expect(forged.error?.message).toBe('unauthenticated: the session has ended');
    none.socket.disconnect();
    forged.socket.disconnect();
  });

  it('accepts the bearer token and the session cookie', async () => {
    const { user, token } = await buildUser(app);
    const byToken = await connectSocket(app, { token });
    expect(byToken.error).toBeUndefined();
    track(byToken.socket);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const byCookie = await connectSocket(app, { cookie });
    expect(byCookie.error).toBeUndefined();
    track(byCookie.socket);
  });

  it('takes the session cookie only from our own pages; a token from anywhere, as HTTP does', async () => {
    const { user, token } = await buildUser(app);
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const foreign = await connectSocket(app, { cookie, origin: 'https://evil.example' });
    track(foreign.socket);
    expect(foreign.error?.message).toBe('forbidden: cross-site connection from https://evil.example refused');
    for (const origin of [app.url, 'http://localhost:3000']) {
      const own = await connectSocket(app, { cookie, origin });
      track(own.socket);
      expect([origin, own.error]).toEqual([origin, undefined]);
    }
    const byToken = await connectSocket(app, { token, origin: 'https://evil.example' });
    track(byToken.socket);
    expect(byToken.error).toBeUndefined();
  });

  it('lets a socket into a thread only under the HTTP read rule', async () => {
    const members = await groupWithThread(app);
    const open = await groupWithThread(app, 'public');
    const member = await buildUser(app);
    const outsider = await buildUser(app);
    const pending = await buildUser(app, { status: 'pending' });
    const requested = await buildUser(app);
    await addMember(app, members.groupId, member.user.id);
    await addMember(app, members.groupId, requested.user.id, 'pending');
    await addMember(app, members.groupId, pending.user.id);
    const coordinator = await buildUser(app, { role: 'coordinator' });
    const admin = await buildUser(app, { role: 'admin' });

    const expectations: Array<[string, string, string, boolean]> = [
      ['member', member.token, members.threadId, true],
      ['outsider', outsider.token, members.threadId, false],
      ['pending account with a membership', pending.token, members.threadId, false],
      ['requested but not approved', requested.token, members.threadId, false],
      ['network coordinator', coordinator.token, members.threadId, true],
      ['admin (no implicit access)', admin.token, members.threadId, false],
      ['outsider, public group', outsider.token, open.threadId, true],
      ['pending account, public group', pending.token, open.threadId, true],
      ['member, unknown thread', member.token, randomUUID(), false],
    ];
    for (const [who, token, threadId, allowed] of expectations) {
      const socket = track(await connectedSocket(app, token));
      const result = await joinThread(socket, threadId);
      expect({ who, ok: result.ok }).toEqual({ who, ok: allowed });
    }
    const socket = track(await connectedSocket(app, member.token));
    expect(await joinThread(socket, 'not-a-uuid')).toEqual({ ok: false, error: 'threadId: must be a UUID' });
  });

  it('delivers a thread’s events to the sockets in it, and to no other', async () => {
    const { groupId, threadId } = await groupWithThread(app);
    const reader = await buildUser(app);
    const elsewhere = await buildUser(app);
    await addMember(app, groupId, reader.user.id);
    await addMember(app, groupId, elsewhere.user.id);
    const inThread = track(await connectedSocket(app, reader.token));
    const notInThread = track(await connectedSocket(app, elsewhere.token));
    expect((await joinThread(inThread, threadId)).ok).toBe(true);

    const message = fakeMessage(threadId);
    const received = nextEvent(inThread, 'message:new');
    const leaked = arrives(notInThread, 'message:new');
    app.app.get(RealtimeService).toThread(threadId, 'message:new', message);
    expect(await received).toEqual(message);
    expect(await leaked).toBe(false);
  });

  it('takes a removed member’s open socket out of the group’s rooms at once', async () => {
    const { groupId, threadId } = await groupWithThread(app);
    const member = await buildUser(app);
    await addMember(app, groupId, member.user.id);
    const socket = track(await connectedSocket(app, member.token));
    expect((await joinThread(socket, threadId)).ok).toBe(true);
    const realtime = app.app.get(RealtimeService);

    const before = nextEvent(socket, 'group:activity');
    realtime.toGroup(groupId, 'group:activity', { groupId, threadId });
    await before;

    await app.dataSource.query(`DELETE FROM group_memberships WHERE group_id = $1 AND user_id = $2`, [
      groupId,
      member.user.id,
    ]);
    await realtime.leaveGroup(member.user.id, groupId);
    const message = arrives(socket, 'message:new');
    const activity = arrives(socket, 'group:activity');
    realtime.toThread(threadId, 'message:new', fakeMessage(threadId));
    realtime.toGroup(groupId, 'group:activity', { groupId, threadId });
    expect(await message).toBe(false);
    expect(await activity).toBe(false);
    // And it cannot simply join again.
    expect((await joinThread(socket, threadId)).ok).toBe(false);
  });

  it('tells members elsewhere of a new message with group:activity, and the thread’s viewers with the message only', async () => {
    const { groupId, threadId } = await groupWithThread(app);
    const viewing = await buildUser(app);
    const elsewhere = await buildUser(app);
    const poster = await buildUser(app);
    for (const member of [viewing, elsewhere, poster]) await addMember(app, groupId, member.user.id);
    const viewingSocket = track(await connectedSocket(app, viewing.token));
    const elsewhereSocket = track(await connectedSocket(app, elsewhere.token));
    expect((await joinThread(viewingSocket, threadId)).ok).toBe(true);

    const message = nextEvent(viewingSocket, 'message:new');
    const doubled = arrives(viewingSocket, 'group:activity');
    const activity = nextEvent(elsewhereSocket, 'group:activity');
    const posted = await app.request('POST', `/api/threads/${threadId}/messages`, {
      token: poster.token,
      body: { body: 'Where are we with the pilot?', clientId: randomUUID() },
    });
    expect(posted.status).toBe(201);
    expect((await message).id).toBe(posted.body.id);
    expect(await activity).toEqual({ groupId, threadId });
    expect(await doubled).toBe(false);
  });

  it('stops a member removed through the API from receiving on the socket still open', async () => {
    const { groupId, threadId, slug } = await groupWithThread(app);
    const removed = await buildUser(app);
    const staying = await buildUser(app);
    const coordinator = await buildUser(app, { role: 'coordinator' });
    await addMember(app, groupId, removed.user.id);
    await addMember(app, groupId, staying.user.id);
    const socket = track(await connectedSocket(app, removed.token));
    expect((await joinThread(socket, threadId)).ok).toBe(true);

    const first = nextEvent(socket, 'message:new');
    const posted = await app.request('POST', `/api/threads/${threadId}/messages`, {
      token: staying.token,
      body: { body: 'Before the removal', clientId: randomUUID() },
    });
    expect(posted.status).toBe(201);
    expect((await first).body).toBe('Before the removal');

    const removal = await app.request('DELETE', `/api/groups/${slug}/members/${removed.user.id}`, {
      token: coordinator.token,
    });
    expect(removal.status).toBe(204);
    const leaked = arrives(socket, 'message:new');
    const after = await app.request('POST', `/api/threads/${threadId}/messages`, {
      token: staying.token,
      body: { body: 'After the removal', clientId: randomUUID() },
    });
    expect(after.status).toBe(201);
    expect(await leaked).toBe(false);
    expect((await joinThread(socket, threadId)).ok).toBe(false);
  });

  it('closes every socket of an account when an admin suspends it', async () => {
    const member = await buildUser(app);
    const admin = await buildUser(app, { role: 'admin' });
    const first = track(await connectedSocket(app, member.token));
    const second = track(await connectedSocket(app, member.token));
    const closed = Promise.all([disconnected(first), disconnected(second)]);
    const response = await app.request('PATCH', `/api/admin/users/${member.user.id}`, {
      token: admin.token,
      body: { status: 'suspended' },
    });
    expect(response.status).toBe(200);
    expect(await closed).toEqual(['io server disconnect', 'io server disconnect']);
    expect((await connectSocket(app, { token: member.token })).error?.message).toBe(
      'unauthenticated: the session has ended',
    );
  });

  it('closes the sockets of a session that signs out, and only those', async () => {
    const { user, token } = await buildUser(app);
    const other = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const leaving = track(await connectedSocket(app, token));
    const staying = track(await connectedSocket(app, other.body.token));
    const closed = disconnected(leaving);
    expect((await app.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    expect(staying.connected).toBe(true);
  });

  it('shows typing to the thread’s other viewers, only from people who may post', async () => {
    const { groupId, threadId } = await groupWithThread(app, 'public');
    const writer = await buildUser(app, { displayName: 'Typing member' });
    const viewer = await buildUser(app);
    const outsider = await buildUser(app);
    await addMember(app, groupId, writer.user.id);
    await addMember(app, groupId, viewer.user.id);
    const writerSocket = track(await connectedSocket(app, writer.token));
    const viewerSocket = track(await connectedSocket(app, viewer.token));
    const outsiderSocket = track(await connectedSocket(app, outsider.token));
    for (const socket of [writerSocket, viewerSocket, outsiderSocket])
      expect((await joinThread(socket, threadId)).ok).toBe(true);

    const seen = nextEvent(viewerSocket, 'typing');
    const echoed = arrives(writerSocket, 'typing');
    writerSocket.emit('typing', { threadId });
    expect(await seen).toEqual({ threadId, user: { id: writer.user.id, displayName: 'Typing member' } });
    expect(await echoed).toBe(false);

    // Someone who can read a public group but is not a member cannot type in it.
    const fromOutsider = arrives(viewerSocket, 'typing');
    outsiderSocket.emit('typing', { threadId });
    expect(await fromOutsider).toBe(false);
  });
});
