import type { Message, Poll } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting } from './support/discussions';
import { addMember, buildCast, buildPoll, buildUser, type BuiltUser, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('polls: making one in a thread', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const valid = {
    question: 'Which screening tool do your teams use?',
    options: ['Static-99R', 'STABLE-2007', 'None yet'],
    multiple: false,
    anonymous: false,
    results: 'live',
  };
  const create = (who: BuiltUser | undefined, threadId: string, body: unknown = valid) =>
    app.request<Poll>('POST', `/api/threads/${threadId}/polls`, { token: who?.token, body });

  it('lets a member of the group make a poll, carried by a message of the thread', async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const closesAt = later(3);
    const response = await create(bob, thread.id, { ...valid, closesAt, results: 'after-close' });
    expect(response.status).toBe(201);
    const poll = response.body;
    expect(poll).toMatchObject({
      threadId: thread.id,
      question: valid.question,
      multiple: false,
      anonymous: false,
      results: 'after-close',
      closesAt,
      closedAt: null,
      closed: false,
      resultsVisible: false,
      voterCount: 0,
      createdBy: { id: bob.user.id, displayName: 'Bob' },
      myVote: null,
      mayVote: true,
      mayClose: true,
    });
    expect(poll.options.map((option) => [option.label, option.votes, option.voters])).toEqual([
      ['Static-99R', null, null],
      ['STABLE-2007', null, null],
      ['None yet', null, null],
    ]);
    const messages = await app.request<{ items: Message[] }>('GET', `/api/threads/${thread.id}/messages`, {
      token: alice.token,
    });
    const carrier = messages.body.items.find((message) => message.id === poll.messageId)!;
    expect(carrier).toMatchObject({ pollId: poll.id, body: valid.question, author: { id: bob.user.id } });
    expect(messages.body.items.filter((message) => message.id !== poll.messageId).every((m) => !('pollId' in m))).toBe(
      true,
    );
    const asAlice = await app.request<Poll>('GET', `/api/polls/${poll.id}`, { token: alice.token });
    expect(asAlice.body).toMatchObject({ mayVote: true, mayClose: false });
  });

  it('refuses visitors (401), pending accounts, other groups’ members and public-read visitors, changing nothing', async () => {
    const { thread, group, outsider } = await discussionSetting(app);
    const open = await discussionSetting(app, { visibility: 'public' });
    const applicant = await buildUser(app);
    await addMember(app, group, applicant, { status: 'pending' });
    await unchangedBy(app, async () => {
      expect((await create(undefined, thread.id)).status).toBe(401);
      expect((await create(cast.pending, thread.id)).status).toBe(403);
      // Those who cannot read the thread do not learn it exists.
      for (const who of [outsider, applicant, cast.admin]) expect((await create(who, thread.id)).status).toBe(404);
      expect((await create(cast.coordinator, thread.id)).status).toBe(403);
      const reader = await create(cast.practitioner, open.thread.id);
      expect(reader.status).toBe(403);
      expect((reader.body as unknown as { message: string }).message).toBe(
        "only the group's active members can post here",
      );
      expect((await create(open.alice, randomUUID())).status).toBe(404);
    });
  });

  it('refuses bad polls (400) naming the field, changing nothing', async () => {
    const { thread, alice } = await discussionSetting(app);
    await unchangedBy(app, async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ options: ['Only one'] }, 'options: must have at least 2 options'],
        [{ options: ['Yes', 'yes '] }, 'options: must all differ'],
        [{ options: ['Yes', ''] }, 'options.1: must not be empty'],
        [{ options: Array.from({ length: 21 }, (_, i) => `Option ${i}`) }, 'options: must have at most 20 options'],
        [{ question: '  ' }, 'question: must not be empty'],
        [{ closesAt: new Date(Date.now() - 60_000).toISOString() }, 'closesAt: must be in the future'],
        [{ closesAt: 'tomorrow' }, 'closesAt: must be an ISO 8601 time'],
        [{ closesAt: later(400) }, 'closesAt: must be within 366 days'],
        [{ results: 'never' }, 'results'],
        [{ multiple: 'yes' }, 'multiple'],
        [{ anonymous: undefined }, 'anonymous'],
      ];
      for (const [change, field] of cases) {
        const response = await create(alice, thread.id, { ...valid, ...change });
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).toContain(field);
      }
    });
  });

  it('makes one poll of a retried clientId, and refuses a clientId used for a message', async () => {
    const { thread, alice } = await discussionSetting(app);
    const clientId = randomUUID();
    const first = await create(alice, thread.id, { ...valid, clientId });
    expect(first.status).toBe(201);
    const again = await create(alice, thread.id, { ...valid, clientId });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const messageId = randomUUID();
    expect(
      (
        await app.request('POST', `/api/threads/${thread.id}/messages`, {
          token: alice.token,
          body: { body: 'A plain message', clientId: messageId },
        })
      ).status,
    ).toBe(201);
    await unchangedBy(app, async () => {
      expect((await create(alice, thread.id, { ...valid, clientId: messageId })).status).toBe(409);
    });
  });

  it("keeps a poll's question as voted on: its message cannot be edited; deleting it takes the poll away", async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice });
    const edit = await app.request('PATCH', `/api/messages/${poll.messageId}`, {
      token: alice.token,
      body: { body: 'Another question' },
    });
    expect(edit.status).toBe(409);
    expect((edit.body as { message: string }).message).toBe("a poll's question cannot be edited");
    expect((await app.request('DELETE', `/api/messages/${poll.messageId}`, { token: alice.token })).status).toBe(204);
    expect((await app.request('GET', `/api/polls/${poll.id}`, { token: bob.token })).status).toBe(404);
    const vote = await app.request('POST', `/api/polls/${poll.id}/votes`, {
      token: bob.token,
      body: { optionIds: [poll.options[0]!.id] },
    });
    expect(vote.status).toBe(404);
    const messages = await app.request<{ items: Message[] }>('GET', `/api/threads/${thread.id}/messages`, {
      token: bob.token,
    });
    expect(messages.body.items.find((message) => message.id === poll.messageId)).not.toHaveProperty('pollId');
  });

  it('shows a poll to whoever may read the thread, and to nobody else', async () => {
    const open = await discussionSetting(app, { visibility: 'public' });
    const closed = await discussionSetting(app);
    const publicPoll = await buildPoll(app, { thread: open.thread, author: open.alice });
    const privatePoll = await buildPoll(app, { thread: closed.thread, author: closed.alice });
    const visitor = await app.request<Poll>('GET', `/api/polls/${publicPoll.id}`);
    expect(visitor.status).toBe(200);
    expect(visitor.body).toMatchObject({ mayVote: false, mayClose: false, myVote: null });
    expect((await app.request('GET', `/api/polls/${privatePoll.id}`)).status).toBe(404);
    expect((await app.request('GET', `/api/polls/${privatePoll.id}`, { token: closed.outsider.token })).status).toBe(
      404,
    );
    expect((await app.request('GET', `/api/polls/${privatePoll.id}`, { token: cast.coordinator.token })).status).toBe(
      200,
    );
    expect((await app.request('GET', `/api/polls/${randomUUID()}`, { token: closed.alice.token })).status).toBe(404);
  });
});
