import type { Poll, PollUpdate } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting } from './support/discussions';
import { buildCast, buildPoll, type BuiltUser, type Cast } from './support/builders';
import { arrives, connectedSocket, joinThread, nextEvent, type ClientSocket } from './support/sockets';

/** A poll's counts reach the sockets in its thread's room, and only those: never who voted. */
describe('polls: live results over sockets', () => {
  let app: TestApp;
  let cast: Cast;
  const open: ClientSocket[] = [];
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterEach(() => {
    for (const socket of open.splice(0)) socket.disconnect();
  });
  afterAll(() => app.close());

  const socketOf = async (who: BuiltUser, threadId: string) => {
    const socket = await connectedSocket(app, who.token);
    open.push(socket);
    const joined = await joinThread(socket, threadId);
    return { socket, joined };
  };
  const vote = (who: BuiltUser, poll: Poll, index: number) =>
    app.request<Poll>('POST', `/api/polls/${poll.id}/votes`, {
      token: who.token,
      body: { optionIds: [poll.options[index]!.id] },
    });

  it('brings a vote to another member in the thread, and never to a socket that may not read it', async () => {
    const { thread, alice, bob, outsider } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice });
    const watching = await socketOf(alice, thread.id);
    expect(watching.joined).toEqual({ ok: true });
    const stranger = await socketOf(outsider, thread.id);
    expect(stranger.joined.ok).toBe(false);
    const practitioner = await socketOf(cast.practitioner, thread.id);
    expect(practitioner.joined.ok).toBe(false);
    const update = nextEvent(watching.socket, 'poll:updated');
    const leaked = [arrives(stranger.socket, 'poll:updated'), arrives(practitioner.socket, 'poll:updated')];
    expect((await vote(bob, poll, 1)).status).toBe(200);
    expect(await update).toEqual({
      pollId: poll.id,
      threadId: thread.id,
      closed: false,
      closedAt: null,
      resultsVisible: true,
      voterCount: 1,
      options: poll.options.map((option, i) => ({ id: option.id, votes: i === 1 ? 1 : 0 })),
    } satisfies PollUpdate);
    expect(await Promise.all(leaked)).toEqual([false, false]);
  });

  it('brings a new poll to the thread as a message that carries it', async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const watching = await socketOf(bob, thread.id);
    const arrived = nextEvent(watching.socket, 'message:new');
    const poll = await buildPoll(app, { thread, author: alice, question: 'Online or in person?' });
    expect(await arrived).toMatchObject({ id: poll.messageId, pollId: poll.id, body: 'Online or in person?' });
  });

  it('sends no counts of an after-close poll before it closes, and sends them when it closes', async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice, results: 'after-close' });
    const watching = await socketOf(alice, thread.id);
    const hidden = nextEvent(watching.socket, 'poll:updated');
    await vote(bob, poll, 0);
    expect(await hidden).toMatchObject({ resultsVisible: false, voterCount: 1 });
    expect((await hidden).options.every((option) => option.votes === null)).toBe(true);
    const shown = nextEvent(watching.socket, 'poll:updated');
    expect((await app.request('POST', `/api/polls/${poll.id}/close`, { token: alice.token })).status).toBe(200);
    expect(await shown).toMatchObject({ closed: true, resultsVisible: true, voterCount: 1 });
    expect((await shown).options.map((option) => option.votes)).toEqual([1, 0, 0]);
  });

  it('never names a voter in an event, named poll or anonymous', async () => {
    for (const anonymous of [false, true]) {
      const { thread, alice, bob } = await discussionSetting(app);
      const poll = await buildPoll(app, { thread, author: alice, anonymous });
      const watching = await socketOf(alice, thread.id);
      const update = nextEvent(watching.socket, 'poll:updated');
      await vote(bob, poll, 2);
      const payload = JSON.stringify(await update);
      expect(payload).not.toContain(bob.user.id);
      expect(payload).not.toContain('Bob');
    }
  });
});
