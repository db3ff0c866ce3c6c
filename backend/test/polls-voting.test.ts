import type { AccountExport, Poll } from '@pn/shared';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting } from './support/discussions';
import { addMember, buildCast, buildPoll, buildUser, type BuiltUser, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';

describe('polls: voting, closing and who sees what', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const vote = (who: BuiltUser | undefined, pollId: string, optionIds: string[]) =>
    app.request<Poll>('POST', `/api/polls/${pollId}/votes`, { token: who?.token, body: { optionIds } });
  const read = (who: BuiltUser | undefined, pollId: string) =>
    app.request<Poll>('GET', `/api/polls/${pollId}`, { token: who?.token });
  const close = (who: BuiltUser, pollId: string) =>
    app.request<Poll>('POST', `/api/polls/${pollId}/close`, { token: who.token });
  const counts = (poll: Poll) => poll.options.map((option) => option.votes);

  it('counts a vote, and a second vote of the same person replaces the first', async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice });
    const [tuesday, wednesday] = poll.options.map((option) => option.id);
    const first = await vote(bob, poll.id, [tuesday!]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ myVote: [tuesday], voterCount: 1 });
    expect(counts(first.body)).toEqual([1, 0, 0]);
    const second = await vote(bob, poll.id, [wednesday!]);
    expect(second.body).toMatchObject({ myVote: [wednesday], voterCount: 1 });
    expect(counts(second.body)).toEqual([0, 1, 0]);
    const seen = await read(alice, poll.id);
    expect(seen.body.myVote).toBeNull();
    expect(seen.body.options[1]!.voters).toEqual([{ id: bob.user.id, displayName: 'Bob' }]);
  });

  it('takes several options in a multiple-choice poll', async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice, multiple: true });
    const ids = poll.options.map((option) => option.id);
    const response = await vote(bob, poll.id, [ids[2]!, ids[0]!]);
    expect(response.status).toBe(200);
    expect(response.body.myVote).toEqual([ids[0], ids[2]]);
    expect(counts(response.body)).toEqual([1, 0, 1]);
    expect(response.body.voterCount).toBe(1);
  });

  it('refuses bad votes (400) naming the field, and those who may not vote, changing nothing', async () => {
    const { thread, group, alice, bob, outsider } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice });
    const other = await buildPoll(app, { thread, author: alice });
    const ids = poll.options.map((option) => option.id);
    const open = await discussionSetting(app, { visibility: 'public' });
    const publicPoll = await buildPoll(app, { thread: open.thread, author: open.alice });
    const applicant = await buildUser(app);
    await addMember(app, group, applicant, { status: 'pending' });
    await unchangedBy(app, async () => {
      const cases: Array<[unknown, string]> = [
        [{ optionIds: [ids[0], ids[1]] }, 'optionIds: a single-choice poll takes exactly one option'],
        [{ optionIds: [other.options[0]!.id] }, 'optionIds: must be options of this poll'],
        [{ optionIds: [randomUUID()] }, 'optionIds: must be options of this poll'],
        [{ optionIds: [] }, 'optionIds: must choose at least one option'],
        [{ optionIds: [ids[0], ids[0]] }, 'optionIds: must not repeat an option'],
        [{ optionIds: ['not-an-id'] }, 'optionIds.0: must be a UUID'],
        [{}, 'optionIds'],
      ];
      for (const [body, message] of cases) {
        const response = await app.request('POST', `/api/polls/${poll.id}/votes`, { token: bob.token, body });
        expect(response.status).toBe(400);
        expect(JSON.stringify(response.body)).toContain(message);
      }
      expect((await vote(undefined, poll.id, [ids[0]!])).status).toBe(401);
      expect((await vote(cast.pending, poll.id, [ids[0]!])).status).toBe(403);
      for (const who of [outsider, applicant]) expect((await vote(who, poll.id, [ids[0]!])).status).toBe(404);
      const reader = await vote(cast.practitioner, publicPoll.id, [publicPoll.options[0]!.id]);
      expect(reader.status).toBe(403);
      expect((reader.body as unknown as { message: string }).message).toBe(
        "only the group's active members can vote here",
      );
      expect((await vote(bob, randomUUID(), [ids[0]!])).status).toBe(404);
    });
  });

  it('closes early by its author or a group coordinator only; a closed poll refuses votes (409)', async () => {
    const { thread, alice, bob, coordinator } = await discussionSetting(app);
    const mine = await buildPoll(app, { thread, author: alice });
    const theirs = await buildPoll(app, { thread, author: bob });
    await unchangedBy(app, async () => {
      const refused = await close(bob, mine.id);
      expect(refused.status).toBe(403);
      expect((refused.body as unknown as { message: string }).message).toBe(
        "only the poll's author or the group's coordinators can close it",
      );
    });
    const closed = await close(alice, mine.id);
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ closed: true, mayVote: false, mayClose: false });
    expect(closed.body.closedAt).not.toBeNull();
    expect((await close(coordinator, theirs.id)).status).toBe(200);
    // Only the coordinator's closing of another's poll is a privileged act, kept in the log.
    const logged = async (pollId: string) =>
      (await app.request('GET', `/api/admin/audit?targetId=${pollId}`, { token: cast.admin.token })).body.items;
    expect(await logged(mine.id)).toEqual([]);
    expect(await logged(theirs.id)).toEqual([
      expect.objectContaining({ action: 'poll.close', actor: expect.objectContaining({ id: coordinator.user.id }) }),
    ]);
    await unchangedBy(app, async () => {
      const late = await vote(bob, mine.id, [mine.options[0]!.id]);
      expect(late.status).toBe(409);
      expect((late.body as unknown as { message: string }).message).toBe('this poll is closed: it takes no more votes');
      expect((await close(alice, mine.id)).status).toBe(409);
    });
  });

  it('refuses votes once its closing time has passed', async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const poll = await buildPoll(app, {
      thread,
      author: alice,
      results: 'after-close',
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect((await vote(bob, poll.id, [poll.options[0]!.id])).status).toBe(200);
    // Its time passes (moved back in the database: the clock cannot be waited for).
    await app.dataSource.query(`UPDATE polls SET closes_at = now() - interval '1 second' WHERE id = $1`, [poll.id]);
    await unchangedBy(app, async () => {
      expect((await vote(bob, poll.id, [poll.options[1]!.id])).status).toBe(409);
    });
    const after = await read(alice, poll.id);
    expect(after.body).toMatchObject({ closed: true, resultsVisible: true, voterCount: 1, mayVote: false });
    expect(after.body.closedAt).toBe(after.body.closesAt);
    expect(counts(after.body)).toEqual([1, 0, 0]);
  });

  it('hides the counts of an after-close poll from everyone, its author included, until it closes', async () => {
    const { thread, alice, bob, coordinator } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice, results: 'after-close' });
    const answers = [
      await vote(bob, poll.id, [poll.options[0]!.id]),
      await vote(alice, poll.id, [poll.options[0]!.id]),
      await read(alice, poll.id),
      await read(coordinator, poll.id),
      await read(cast.coordinator, poll.id),
    ];
    for (const answer of answers) {
      expect(answer.body).toMatchObject({ resultsVisible: false });
      expect(answer.body.options.every((option) => option.votes === null && option.voters === null)).toBe(true);
    }
    // How many have voted is shown; one's own vote too.
    expect(answers[2]!.body).toMatchObject({ voterCount: 2, myVote: [poll.options[0]!.id] });
    const closed = await close(alice, poll.id);
    expect(closed.body.resultsVisible).toBe(true);
    expect(counts(closed.body)).toEqual([2, 0, 0]);
    expect(closed.body.options[0]!.voters?.map((voter) => voter.id).sort()).toEqual(
      [alice.user.id, bob.user.id].sort(),
    );
  });

  it('never names the voters of an anonymous poll, in any answer or the export of anyone else', async () => {
    const { thread, alice, bob, coordinator } = await discussionSetting(app, { visibility: 'public' });
    const poll = await buildPoll(app, { thread, author: alice, anonymous: true });
    const answers = [await vote(bob, poll.id, [poll.options[1]!.id])];
    await close(alice, poll.id);
    for (const who of [alice, bob, coordinator, cast.coordinator, cast.practitioner, undefined]) {
      answers.push(await read(who, poll.id));
    }
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.options.every((option) => option.voters === null)).toBe(true);
      expect(JSON.stringify(answer.body)).not.toContain(bob.user.id);
    }
    expect(counts(answers.at(-1)!.body)).toEqual([0, 1, 0]);
    const exported = await app.request<AccountExport>('GET', '/api/users/me/export', { token: alice.token });
    expect(JSON.stringify(exported.body)).not.toContain(bob.user.id);
  });

  it('names the voters of a named poll to members, never to readers outside the group', async () => {
    const { thread, alice, bob } = await discussionSetting(app, { visibility: 'public' });
    const poll = await buildPoll(app, { thread, author: alice });
    await vote(bob, poll.id, [poll.options[2]!.id]);
    expect((await read(alice, poll.id)).body.options[2]!.voters).toEqual([{ id: bob.user.id, displayName: 'Bob' }]);
    for (const who of [cast.practitioner, undefined]) {
      const seen = await read(who, poll.id);
      expect(counts(seen.body)).toEqual([0, 0, 1]);
      expect(seen.body.options.every((option) => option.voters === null)).toBe(true);
    }
  });

  it('counts votes cast at the same moment right, one ballot per person', async () => {
    const { thread, group, alice } = await discussionSetting(app);
    const poll = await buildPoll(app, { thread, author: alice, multiple: true });
    const voters = await Promise.all(Array.from({ length: 12 }, () => buildUser(app)));
    for (const voter of voters) await addMember(app, group, voter);
    const ids = poll.options.map((option) => option.id);
    // Each votes twice at once: one of the two stands, whole.
    const responses = await Promise.all(
      voters.flatMap((voter, i) => [
        vote(voter, poll.id, [ids[i % 3]!]),
        vote(voter, poll.id, [ids[i % 3]!, ids[(i + 1) % 3]!]),
      ]),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    const final = await read(alice, poll.id);
    expect(final.body.voterCount).toBe(12);
    const chosen = (await app.dataSource.query(
      `SELECT b.voter_id, count(c.option_id)::int AS n FROM poll_ballots b JOIN poll_choices c ON c.ballot_id = b.id
        WHERE b.poll_id = $1 GROUP BY b.voter_id`,
      [poll.id],
    )) as Array<{ n: number }>;
    expect(chosen).toHaveLength(12);
    expect(chosen.every((row) => row.n === 1 || row.n === 2)).toBe(true);
    const total = chosen.reduce((sum, row) => sum + row.n, 0);
    expect(counts(final.body).reduce((sum, n) => sum! + n!, 0)).toBe(total);
  });

  it("exports a person's polls and votes, and erasure keeps their votes counted without them", async () => {
    const { thread, alice, bob } = await discussionSetting(app);
    const poll = await buildPoll(app, {
      thread,
      author: alice,
      question: 'Shall we meet monthly?',
      options: ['Yes', 'No'],
    });
    await vote(bob, poll.id, [poll.options[0]!.id]);
    const exported = await app.request<AccountExport>('GET', '/api/users/me/export', { token: bob.token });
    expect(exported.body.polls?.votes).toEqual([
      expect.objectContaining({ pollId: poll.id, question: 'Shall we meet monthly?', chosen: ['Yes'] }),
    ]);
    const made = await app.request<AccountExport>('GET', '/api/users/me/export', { token: alice.token });
    expect(made.body.polls?.created).toEqual([expect.objectContaining({ id: poll.id, options: ['Yes', 'No'] })]);
    expect((await app.request('DELETE', '/api/users/me', { token: bob.token })).status).toBe(204);
    const after = await read(alice, poll.id);
    expect(counts(after.body)).toEqual([1, 0]);
    expect(after.body.voterCount).toBe(1);
    expect(after.body.options[0]!.voters).toEqual([]);
    const [row] = (await app.dataSource.query(`SELECT voter_id FROM poll_ballots WHERE poll_id = $1`, [
      poll.id,
    ])) as Array<{
      voter_id: string | null;
    }>;
    expect(row!.voter_id).toBeNull();
  });
});
