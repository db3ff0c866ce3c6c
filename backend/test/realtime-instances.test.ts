import type { Message } from '@pn/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { RealtimeService } from '../src/modules/realtime/realtime.service';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildGroup, buildThread, buildUser } from './support/builders';
import { TEST_REDIS_URL } from './support/redis';
import { arrives, connectedSocket, disconnected, joinThread, nextEvent, type ClientSocket } from './support/sockets';

/**
 * Two backend instances on one database and one Redis, as behind a load balancer: what happens through
 * one reaches the sockets connected to the other. CI always has Redis (.ci/run starts it, and the global
 * setup fails without it); on a developer machine without one these tests are reported as skipped.
 */
const withRedis = process.env.PN_TEST_REDIS === 'available' ? it : it.skip;

describe('several backend instances sharing real-time events through Redis', () => {
  let first: TestApp;
  let second: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    if (process.env.PN_TEST_REDIS !== 'available') return;
    first = await createTestApp({ REDIS_URL: TEST_REDIS_URL });
    second = await createTestApp({ REDIS_URL: TEST_REDIS_URL }, { shareDatabaseOf: first });
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.disconnect();
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  async function memberWithThread() {
    const group = await buildGroup(first, {
      slug: `multi-${randomBytes(4).toString('hex')}`,
      name: 'Shared',
      description: 'Across instances',
      kind: 'programme',
    });
    const thread = await buildThread(first, { group, author: null, title: 'Across', body: 'instances' });
    const member = await buildUser(first);
    await addMember(first, group, member);
    return { groupId: group.id, threadId: thread.id, member };
  }

  withRedis('an event emitted on one instance reaches a socket on the other', async () => {
    const { threadId, member } = await memberWithThread();
    const onSecond = await connectedSocket(second, member.token);
    sockets.push(onSecond);
    expect((await joinThread(onSecond, threadId)).ok).toBe(true);
    const message: Message = {
      id: randomUUID(),
      threadId,
      position: 1,
      clientId: randomUUID(),
      body: 'from the first instance',
      author: null,
      replyTo: null,
      mentions: [],
      createdAt: new Date().toISOString(),
      editedAt: null,
      deleted: false,
      hidden: false,
    };
    const received = nextEvent(onSecond, 'message:new');
    first.app.get(RealtimeService).toThread(threadId, 'message:new', message);
    expect(await received).toEqual(message);
  });

  withRedis('a message posted through one instance reaches a client connected to the other', async () => {
    const { groupId, threadId, member } = await memberWithThread();
    const poster = await buildUser(first);
    await addMember(first, { id: groupId }, poster);
    const onSecond = await connectedSocket(second, member.token);
    sockets.push(onSecond);
    expect((await joinThread(onSecond, threadId)).ok).toBe(true);
    const clientId = randomUUID();
    const received = nextEvent(onSecond, 'message:new');
    const response = await first.request('POST', `/api/threads/${threadId}/messages`, {
      token: poster.token,
      body: { body: 'Posted through the first instance', clientId },
    });
    expect(response.status).toBe(201);
    expect(await received).toMatchObject({ id: response.body.id, clientId, body: 'Posted through the first instance' });
  });

  withRedis('a membership ended on one instance takes the sockets on the other out of the group', async () => {
    const { groupId, threadId, member } = await memberWithThread();
    const onSecond = await connectedSocket(second, member.token);
    sockets.push(onSecond);
    expect((await joinThread(onSecond, threadId)).ok).toBe(true);
    const before = nextEvent(onSecond, 'group:activity');
    first.app.get(RealtimeService).toGroup(groupId, 'group:activity', { groupId, threadId });
    await before;

    await first.app.get(RealtimeService).leaveGroup(member.user.id, groupId);
    const leaked = arrives(onSecond, 'group:activity');
    first.app.get(RealtimeService).toGroup(groupId, 'group:activity', { groupId, threadId });
    expect(await leaked).toBe(false);
  });

  withRedis('a suspension through one instance closes the sockets held by the other', async () => {
    const { member } = await memberWithThread();
    const admin = await buildUser(first, { role: 'admin' });
    const onSecond = await connectedSocket(second, member.token);
    sockets.push(onSecond);
    const closed = disconnected(onSecond);
    const response = await first.request('PATCH', `/api/admin/users/${member.user.id}`, {
      token: admin.token,
      body: { status: 'suspended' },
    });
    expect(response.status).toBe(200);
    expect(await closed).toBe('io server disconnect');
  });
});
