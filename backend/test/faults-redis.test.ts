import type { Message } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { addMember, buildGroup, buildThread, buildUser, type BuiltUser } from './support/factories';
import { canRunRedis, startOwnRedis, type OwnRedis } from './support/own-redis';
import { freePort } from './support/ports';
import { connectedSocket, joinThread, type ClientSocket } from './support/sockets';

/**
 * Two instances on one database and a Redis of the test's own, which the test kills and starts again: Redis
 * carries events between instances, but nothing waits for it. CI has redis-server (.ci/run installs it);
 * elsewhere without it these tests are reported as skipped.
 */
if (!canRunRedis && process.env.CI) throw new Error('CI needs redis-server for the Redis fault tests');
const withRedisServer = canRunRedis ? it : it.skip;

/** Every message:new a socket receives, to look for one by id whenever it came. */
function collect(socket: ClientSocket): Message[] {
  const received: Message[] = [];
  socket.on('message:new', (message) => received.push(message));
  return received;
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return true;
}

async function post(app: TestApp, threadId: string, poster: BuiltUser, body: string): Promise<Message> {
  const response = await app.request('POST', `/api/threads/${threadId}/messages`, {
    token: poster.token,
    body: { body, clientId: randomUUID() },
  });
  expect(response.status).toBe(201);
  return response.body as Message;
}

/**
 * Posts through `from` until a socket that collects into `received` gets one of the posts: the instances
 * find each other again within some seconds of Redis coming back. Bounded, to fail rather than hang.
 */
async function deliveredAcross(from: TestApp, threadId: string, poster: BuiltUser, received: Message[]) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const sent = await post(from, threadId, poster, `across at ${new Date().toISOString()}`);
    if (await until(() => received.some((message) => message.id === sent.id), 1000)) return true;
  }
  return false;
}

async function threadWithMembers(app: TestApp) {
  const group = await buildGroup(app);
  const poster = await buildUser(app);
  const reader = await buildUser(app);
  await addMember(app, group, poster);
  await addMember(app, group, reader);
  const thread = await buildThread(app, { group, author: poster });
  return { threadId: thread.id, poster, reader };
}

describe('Redis killed under two running instances', () => {
  let redis: OwnRedis | undefined;
  let first: TestApp | undefined;
  let second: TestApp | undefined;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    if (!canRunRedis) return;
    redis = await startOwnRedis();
    first = await createTestApp({ REDIS_URL: redis.url });
    second = await createTestApp({ REDIS_URL: redis.url }, { shareDatabaseOf: first });
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await second?.close();
    await first?.close();
    await redis?.dispose();
  });

  withRedisServer(
    'posts are stored and reach the sockets of their instance meanwhile; delivery across resumes once Redis is back',
    async () => {
      const { threadId, poster, reader } = await threadWithMembers(first!);
      const onFirst = await connectedSocket(first!, reader.token);
      const onSecond = await connectedSocket(second!, reader.token);
      sockets.push(onFirst, onSecond);
      for (const socket of [onFirst, onSecond]) expect((await joinThread(socket, threadId)).ok).toBe(true);
      const receivedOnFirst = collect(onFirst);
      const receivedOnSecond = collect(onSecond);
      expect(await deliveredAcross(first!, threadId, poster, receivedOnSecond)).toBe(true);

      await redis!.stop();
      for (const n of [1, 2, 3]) {
        const sent = await post(first!, threadId, poster, `while Redis is down, ${n}`);
        expect(await until(() => receivedOnFirst.some((message) => message.id === sent.id), 5000)).toBe(true);
      }
      expect((await second!.request('GET', '/api/health')).status).toBe(200);

      await redis!.start();
      expect(await deliveredAcross(first!, threadId, poster, receivedOnSecond)).toBe(true);
      expect(await deliveredAcross(second!, threadId, poster, receivedOnFirst)).toBe(true);
    },
    90_000,
  );
});

describe('an instance started while Redis is unreachable', () => {
  let redis: OwnRedis | undefined;
  let lonely: TestApp | undefined;
  let other: TestApp | undefined;
  const sockets: ClientSocket[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await other?.close();
    await lonely?.close();
    await redis?.dispose();
  });

  withRedisServer(
    'starts, serves HTTP and its own sockets, and joins the other instances once Redis is up',
    async () => {
      const port = await freePort();
      lonely = await createTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
      expect((await lonely.request('GET', '/api/health')).status).toBe(200);
      const { threadId, poster, reader } = await threadWithMembers(lonely);
      const onLonely = await connectedSocket(lonely, reader.token);
      sockets.push(onLonely);
      expect((await joinThread(onLonely, threadId)).ok).toBe(true);
      const receivedOnLonely = collect(onLonely);
      const sent = await post(lonely, threadId, poster, 'before Redis exists');
      expect(await until(() => receivedOnLonely.some((message) => message.id === sent.id), 5000)).toBe(true);

      redis = await startOwnRedis(port);
      other = await createTestApp({ REDIS_URL: redis.url }, { shareDatabaseOf: lonely });
      const onOther = await connectedSocket(other, reader.token);
      sockets.push(onOther);
      expect((await joinThread(onOther, threadId)).ok).toBe(true);
      const receivedOnOther = collect(onOther);
      expect(await deliveredAcross(lonely, threadId, poster, receivedOnOther)).toBe(true);
      expect(await deliveredAcross(other, threadId, poster, receivedOnLonely)).toBe(true);
    },
    90_000,
  );
});
