import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildEvaluation,
  buildEvaluationRow,
  buildFeedback,
  buildFlag,
  buildGroup,
  buildInvitation,
  buildMembership,
  buildMessage,
  buildMessages,
  buildNotification,
  buildPractice,
  buildPracticeRow,
  buildRating,
  buildResource,
  buildResourceRow,
  buildSession,
  buildThread,
  buildUser,
} from './support/builders';

/** Every builder makes, with no overrides at all, something the API then shows as it should be. */
describe('test builders', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('users, sessions, groups and memberships', async () => {
    const user = await buildUser(app, { displayName: 'Built' });
    expect((await app.request('GET', '/api/auth/me', { token: user.token })).body).toMatchObject({
      displayName: 'Built',
      status: 'active',
    });
    const session = await buildSession(app, { user, userAgent: 'builder' });
    expect((await app.request('GET', '/api/auth/me', { token: session.token })).status).toBe(200);
    expect((await buildSession(app)).token).toEqual(expect.any(String));
    const cast = await buildCast(app);
    expect(cast.admin.user.role).toBe('admin');

    const group = await buildGroup(app);
    const { userId } = await buildMembership(app, { group, member: user, role: 'coordinator' });
    expect(userId).toBe(user.user.id);
    const pending = await buildMembership(app, { group, status: 'pending' });
    const shown = await app.request('GET', `/api/groups/${group.slug}`, { token: user.token });
    expect(shown.body).toMatchObject({ memberCount: 1 });
    const requests = await app.request('GET', `/api/groups/${group.slug}/members?status=pending`, {
      token: user.token,
    });
    expect(requests.status).toBe(200);
    expect(JSON.stringify(requests.body)).toContain(pending.userId);
    const elsewhere = await buildMembership(app);
    expect(elsewhere.groupId).not.toBe(group.id);
  });

  it('threads, messages and flags', async () => {
    const thread = await buildThread(app);
    expect(thread.authorId).toEqual(expect.any(String));
    const message = await buildMessage(app);
    expect(message).toMatchObject({ position: 1, body: 'A message of a test.' });
    const { messageId, flaggedBy } = await buildFlag(app);
    const [flag] = await app.dataSource.query(`SELECT flagged_by FROM message_flags WHERE message_id = $1`, [
      messageId,
    ]);
    expect(flag.flagged_by).toBe(flaggedBy.user.id);

    const author = await buildUser(app);
    const group = await buildGroup(app);
    await buildMembership(app, { group, member: author });
    const own = await buildThread(app, { group, author });
    const ids = await buildMessages(app, { thread: own, author, count: 3 });
    const second = await buildMessage(app, { thread: own, author });
    expect(second.position).toBe(4);
    const listed = await app.request('GET', `/api/threads/${own.id}/messages`, { token: author.token });
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([...ids, second.id]);
    expect((await app.request('GET', `/api/threads/${own.id}`, { token: author.token })).body.messageCount).toBe(4);
  });

  it('practices along the curation flow, evaluations, ratings and feedback', async () => {
    expect((await buildPractice(app)).curationLabel).toBe('draft');
    for (const status of ['submitted', 'returned', 'inspiring', 'peer-reviewed', 'archived'] as const) {
      expect((await buildPractice(app, { status })).curationLabel).toBe(status);
    }
    const revised = await buildPractice(app, { status: 'inspiring', revision: { summary: 'A second summary.' } });
    expect(revised.pendingRevision).toMatchObject({ number: 2, content: { summary: 'A second summary.' } });
    expect(await buildEvaluation(app)).toMatchObject({ design: 'rct' });
    const { rating, evaluations } = await buildRating(app);
    expect(evaluations).toHaveLength(1);
    expect(rating.outcomes.length).toBeGreaterThan(0);
    expect(await buildFeedback(app)).toMatchObject({ usefulness: 4 });

    const row = await buildPracticeRow(app);
    expect((await app.request('GET', `/api/practices/${row}`)).body.curationLabel).toBe('inspiring');
    await buildEvaluationRow(app, { practice: { id: row } });
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM evaluations WHERE practice_id = $1`, [
      row,
    ]);
    expect(n).toBe(1);
  });

  it('resources, notifications and invitations', async () => {
    expect(await buildResource(app)).toMatchObject({ scope: 'members' });
    expect((await buildResource(app, { kind: 'link' })).url).toMatch(/^https:\/\/example\.org\//);
    const row = await buildResourceRow(app);
    expect((await app.request('GET', `/api/resources/${row}`)).status).toBe(200);

    const reader = await buildUser(app);
    const actor = await buildUser(app);
    await buildNotification(app, { recipient: reader, kind: 'added-to-group', group: await buildGroup(app), actor });
    const unread = await app.request('GET', '/api/notifications?unread=true', { token: reader.token });
    expect(unread.body.items).toHaveLength(1);

    const { invitation, token } = await buildInvitation(app);
    const preview = await app.request('POST', '/api/invitations/preview', { body: { token } });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ email: invitation.email });
  });
});
