import type { Meeting, Notification } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { discussionSetting } from './support/discussions';
import { addMember, buildCast, buildMeeting, buildUser, type BuiltUser, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';

describe('meetings: answers, capacity and the waiting list', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const answer = (who: BuiltUser | undefined, meetingId: string, response: string) =>
    app.request('POST', `/api/meetings/${meetingId}/rsvp`, { token: who?.token, body: { response } });
  const meetingOf = (who: BuiltUser, meetingId: string) =>
    app.request<Meeting>('GET', `/api/meetings/${meetingId}`, { token: who.token });

  it("answers: the group's members only", async () => {
    const { group, coordinator, alice, outsider } = await discussionSetting(app, { visibility: 'public' });
    const meeting = await buildMeeting(app, { group, organiser: coordinator });
    await unchangedBy(app, async () => {
      expect((await answer(undefined, meeting.id, 'going')).status).toBe(401);
      expect((await answer(cast.pending, meeting.id, 'going')).status).toBe(403);
      const stranger = await answer(outsider, meeting.id, 'going');
      expect(stranger.status).toBe(403);
      expect(stranger.body.message).toBe("only the group's members answer its meetings");
      expect((await answer(alice, meeting.id, 'perhaps')).status).toBe(400);
      expect((await answer(alice, '00000000-0000-4000-8000-000000000000', 'going')).status).toBe(404);
    });
    expect((await answer(alice, meeting.id, 'maybe')).body).toEqual({ myResponse: 'maybe', waitlisted: false });
    expect((await meetingOf(alice, meeting.id)).body).toMatchObject({ myResponse: 'maybe', maybe: 1, going: 0 });
  });

  it('many answers at once to a meeting of two places: exactly two going, the rest waiting in order', async () => {
    const { group, coordinator } = await discussionSetting(app);
    const members = await Promise.all(Array.from({ length: 12 }, () => buildUser(app)));
    for (const member of members) await addMember(app, group, member);
    const meeting = await buildMeeting(app, { group, organiser: coordinator, capacity: 2 });
    const answers = await Promise.all(members.map((member) => answer(member, meeting.id, 'going')));
    expect(answers.every((response) => response.status === 200)).toBe(true);
    expect(answers.filter((response) => response.body.waitlisted === false)).toHaveLength(2);
    expect(answers.filter((response) => response.body.waitlisted === true)).toHaveLength(10);
    const seen = (await meetingOf(coordinator, meeting.id)).body;
    expect(seen).toMatchObject({ going: 2, waitlisted: 10, capacity: 2 });
    expect(seen.attendees!.filter((a) => !a.waitlisted)).toHaveLength(2);
    const placed = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM meeting_responses WHERE meeting_id = $1 AND response = 'going' AND NOT waitlisted`,
      [meeting.id],
    );
    expect(placed[0].n).toBe(2);

    // Everyone declining at once, and answering again: never more than two places given.
    const churn = await Promise.all(
      members.flatMap((member, index) => [
        answer(member, meeting.id, index % 2 ? 'declined' : 'maybe'),
        answer(member, meeting.id, 'going'),
      ]),
    );
    expect(churn.every((response) => response.status === 200)).toBe(true);
    const after = (await meetingOf(coordinator, meeting.id)).body;
    expect(after.going).toBeLessThanOrEqual(2);
    expect(after.going + after.waitlisted).toBeGreaterThanOrEqual(after.going);
    if (after.waitlisted > 0) expect(after.going).toBe(2);
  });

  it('a freed place goes to the first one waiting, who is told; more places move more up', async () => {
    const { group, coordinator, alice, bob } = await discussionSetting(app);
    const [carol, dan] = await Promise.all([buildUser(app), buildUser(app)]);
    await addMember(app, group, carol);
    await addMember(app, group, dan);
    const meeting = await buildMeeting(app, { group, organiser: coordinator, capacity: 1 });
    expect((await answer(alice, meeting.id, 'going')).body).toEqual({ myResponse: 'going', waitlisted: false });
    expect((await answer(bob, meeting.id, 'going')).body).toEqual({ myResponse: 'going', waitlisted: true });
    expect((await answer(carol, meeting.id, 'going')).body).toEqual({ myResponse: 'going', waitlisted: true });
    expect((await answer(dan, meeting.id, 'going')).body).toEqual({ myResponse: 'going', waitlisted: true });
    // Answering going again keeps one's turn.
    expect((await answer(bob, meeting.id, 'going')).body).toEqual({ myResponse: 'going', waitlisted: true });
    await app.request('POST', '/api/notifications/read', { token: bob.token, body: {} });

    expect((await answer(alice, meeting.id, 'declined')).body).toEqual({ myResponse: 'declined', waitlisted: false });
    expect((await meetingOf(bob, meeting.id)).body).toMatchObject({ myResponse: 'going', myWaitlisted: false });
    const notices = (await app.request('GET', '/api/notifications', { token: bob.token })).body.items as Notification[];
    expect(notices.find((n) => n.kind === 'meeting')).toMatchObject({ data: { change: 'place-freed' } });

    const grown = await app.request<Meeting>('PATCH', `/api/meetings/${meeting.id}`, {
      token: coordinator.token,
      body: { capacity: 3 },
    });
    expect(grown.body).toMatchObject({ going: 3, waitlisted: 0 });
    expect(grown.body.attendees!.map((a) => a.displayName)).toHaveLength(3);
    // Fewer places later: those going keep theirs, newcomers wait.
    await app.request('PATCH', `/api/meetings/${meeting.id}`, { token: coordinator.token, body: { capacity: 1 } });
    expect((await answer(alice, meeting.id, 'going')).body).toEqual({ myResponse: 'going', waitlisted: true });
    const unlimited = await app.request('PATCH', `/api/meetings/${meeting.id}`, {
      token: coordinator.token,
      body: { capacity: null },
    });
    expect(unlimited.body).toMatchObject({ going: 4, waitlisted: 0, capacity: null });
  });

  it('a meeting that is over takes no more answers', async () => {
    const { group, coordinator, alice } = await discussionSetting(app);
    const meeting = await buildMeeting(app, { group, organiser: coordinator });
    await app.dataSource.query(
      `UPDATE meetings SET starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' WHERE id = $1`,
      [meeting.id],
    );
    expect((await answer(alice, meeting.id, 'going')).status).toBe(409);
    expect((await meetingOf(alice, meeting.id)).body.canRespond).toBe(false);
  });

  it('the account export holds the answers and the feed; erasure removes both and frees the place', async () => {
    const { group, coordinator, alice, bob } = await discussionSetting(app);
    const meeting = await buildMeeting(app, { group, organiser: coordinator, capacity: 1 });
    await answer(alice, meeting.id, 'going');
    await answer(bob, meeting.id, 'going');
    await app.request('GET', '/api/users/me/calendar', { token: alice.token });
    const exported = await app.request('GET', '/api/users/me/export', { token: alice.token });
    expect(exported.body.meetingResponses).toEqual([
      expect.objectContaining({ meetingId: meeting.id, response: 'going', waitlisted: false }),
    ]);
    expect(exported.body.calendarFeed).toEqual({ createdAt: expect.any(String) });
    expect(JSON.stringify(exported.body)).not.toMatch(/token_hash|tokenHash/);
    expect((await app.request('DELETE', '/api/users/me', { token: alice.token })).status).toBe(204);
    const rows = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM meeting_responses WHERE user_id = $1) AS responses,
              (SELECT count(*)::int FROM calendar_feeds WHERE user_id = $1) AS feeds`,
      [alice.user.id],
    );
    expect(rows[0]).toEqual({ responses: 0, feeds: 0 });
    expect((await meetingOf(bob, meeting.id)).body).toMatchObject({ myWaitlisted: false, going: 1 });
  });
});
