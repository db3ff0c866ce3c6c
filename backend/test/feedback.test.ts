import type { Feedback, Notification, Practice } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, buildUser, unchangedBy, type BuiltUser, type Cast } from './support/factories';
import { buildPractice, evaluationBody } from './support/builders';

describe('practitioners’ feedback', () => {
  let app: TestApp;
  let cast: Cast;
  let author: BuiltUser;
  let practice: Practice;
  const body = {
    country: 'se',
    setting: 'school',
    reached: 40,
    worked: 'Staff training.',
    didNotWork: 'Timing.',
    usefulness: 4,
  };
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    author = await buildUser(app);
    practice = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
  });
  afterAll(() => app.close());

  const path = () => `/api/practices/${practice.id}/feedback`;

  it('is for active members: 401 for a visitor, 403 for a pending account', async () => {
    await unchangedBy(app, async () => {
      expect((await app.request('POST', path(), { body })).status).toBe(401);
      expect((await app.request('POST', path(), { token: cast.pending.token, body })).status).toBe(403);
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['usefulness 9', { usefulness: 9 }, 'usefulness'],
    ['a negative reach', { reached: -1 }, 'reached'],
    ['an unknown setting', { setting: 'moon' }, 'setting'],
    ['nothing about what worked', { worked: ' ' }, 'worked'],
  ])('refuses %s with 400 naming the field, changing nothing', async (_name, change, field) => {
    const response = await unchangedBy(app, () =>
      app.request('POST', path(), { token: cast.practitioner.token, body: { ...body, ...change } }),
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual([expect.stringMatching(new RegExp(`^${field}: `))]);
  });

  it('is 404 on a draft others cannot see, and 409 on the author’s own draft', async () => {
    const draft = await buildPractice(app, { author });
    await unchangedBy(app, async () => {
      expect(
        (await app.request('POST', `/api/practices/${draft.id}/feedback`, { token: cast.practitioner.token, body }))
          .status,
      ).toBe(404);
      expect((await app.request('GET', `/api/practices/${draft.id}/feedback`)).status).toBe(404);
      expect(
        (await app.request('POST', `/api/practices/${draft.id}/feedback`, { token: author.token, body })).status,
      ).toBe(409);
    });
  });

  it('is shown with its summary, and tells the researchers who evaluated the practice and its author', async () => {
    const [first, second] = [cast.researcher, await buildUser(app, { role: 'researcher' })];
    for (const researcher of [first, second]) {
      const posted = await app.request('POST', `/api/practices/${practice.id}/evaluations`, {
        token: researcher.token,
        body: evaluationBody(),
      });
      expect(posted.status).toBe(201);
    }
    const practitioner = await buildUser(app);
    const reports = [
      { ...body, country: 'SE', reached: 40, usefulness: 4 },
      { ...body, country: 'SE', reached: 10, usefulness: 5 },
      { ...body, country: 'NO', setting: 'community', reached: 5, usefulness: 2 },
    ];
    let last: Feedback | undefined;
    for (const report of reports) {
      const response = await app.request('POST', path(), { token: practitioner.token, body: report });
      expect(response.status).toBe(201);
      last = response.body;
    }
    expect(last).toMatchObject({
      practiceId: practice.id,
      country: 'NO',
      usefulness: 2,
      author: { id: practitioner.user.id },
    });

    const shown = (await app.request('GET', `/api/practices/${practice.id}`)).body as Practice;
    expect(shown.feedbackCount).toBe(3);
    expect(shown.feedbackSummary).toEqual({
      count: 3,
      averageUsefulness: 3.7,
      totalReached: 55,
      countries: [
        { country: 'SE', count: 2 },
        { country: 'NO', count: 1 },
      ],
    });
    const list = await app.request('GET', `${path()}?limit=2`);
    expect(list.body.items.map((f: Feedback) => f.country)).toEqual(['NO', 'SE']);
    expect(list.body.nextCursor).not.toBeNull();

    for (const recipient of [first, second, author]) {
      const notes: Notification[] = (await app.request('GET', '/api/notifications', { token: recipient.token })).body
        .items;
      const line = notes.find((n) => n.kind === 'practice-feedback');
      expect(line).toMatchObject({
        practice: { id: practice.id, title: practice.title },
        count: 3,
        actor: { id: practitioner.user.id },
      });
    }
    const own: Notification[] = (await app.request('GET', '/api/notifications', { token: practitioner.token })).body
      .items;
    expect(own.filter((n) => n.kind === 'practice-feedback')).toEqual([]);

    const exported = await app.request('GET', '/api/users/me/export', { token: practitioner.token });
    expect(exported.body.feedback).toHaveLength(3);
    const researcherExport = await app.request('GET', '/api/users/me/export', { token: first.token });
    expect(researcherExport.body.evaluations).toEqual([expect.objectContaining({ practiceId: practice.id })]);
  });
});
