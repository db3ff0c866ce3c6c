import type { Practice, PracticeSummary, ReviewDuePractice } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, buildEvaluation, buildPractice, buildUser, tokenOf, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';

describe('ratings: re-review and the reviewed-not-rated list', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const practiceOf = async (id: string): Promise<Practice> =>
    (await app.request('GET', `/api/practices/${id}`, { token: cast.coordinator.token })).body;
  const queue = async (): Promise<ReviewDuePractice[]> =>
    (await app.request('GET', '/api/practices/review-due?limit=100', { token: cast.coordinator.token })).body.items;
  /** Moves the clock: the rating was last computed or reviewed this long ago. */
  const ageRating = (id: string, years: number) =>
    app.dataSource.query(
      `UPDATE practices SET rating_reviewed_at = now() - make_interval(years => $2::int, days => 1) WHERE id = $1`,
      [id, years],
    );
  const auditOf = async (id: string) =>
    (await app.request('GET', `/api/admin/audit?targetId=${id}`, { token: cast.admin.token })).body.items as Array<{
      action: string;
      actor: { id: string } | null;
      details: Record<string, unknown>;
    }>;

  it('is for coordinators: visitors 401, pending accounts and members 403', async () => {
    const practice = await buildPractice(app, { status: 'inspiring' });
    for (const [kind, status] of [
      ['visitor', 401],
      ['pending', 403],
      ['practitioner', 403],
      ['researcher', 403],
    ] as const) {
      const token = tokenOf(cast, kind);
      expect((await app.request('GET', '/api/practices/review-due', { token })).status).toBe(status);
      const reReview = await unchangedBy(app, () =>
        app.request('POST', `/api/practices/${practice.id}/re-review`, { token, body: {} }),
      );
      expect(reReview.status).toBe(status);
    }
  });

  it('a new rating is not due; two years on it is, and the re-review clears it, dated and audited', async () => {
    const practice = await buildPractice(app, { status: 'inspiring' });
    await buildEvaluation(app, { practice });
    expect((await practiceOf(practice.id)).evidenceRating.reviewDue).toBe(false);
    expect((await queue()).map((p) => p.id)).not.toContain(practice.id);

    await ageRating(practice.id, 2);
    const aged = await practiceOf(practice.id);
    expect(aged.evidenceRating.reviewDue).toBe(true);
    const listed = (await app.request('GET', `/api/practices?limit=100`)).body.items as PracticeSummary[];
    expect(listed.find((p) => p.id === practice.id)?.evidenceRating.reviewDue).toBe(true);
    expect((await queue()).find((p) => p.id === practice.id)).toMatchObject({ reasons: ['age'] });

    const bad = await unchangedBy(app, () =>
      app.request('POST', `/api/practices/${practice.id}/re-review`, {
        token: cast.coordinator.token,
        body: { comment: 7 },
      }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([expect.stringMatching(/^comment: /)]);

    const before = Date.now();
    const reviewed = await app.request('POST', `/api/practices/${practice.id}/re-review`, {
      token: cast.coordinator.token,
      body: { comment: 'Searched again; no newer study.' },
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.evidenceRating.reviewDue).toBe(false);
    expect(Date.parse(reviewed.body.ratingReviewedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await queue()).map((p) => p.id)).not.toContain(practice.id);
    expect(await auditOf(practice.id)).toContainEqual(
      expect.objectContaining({
        action: 'rating.re-review',
        actor: expect.objectContaining({ id: cast.coordinator.user.id }),
        details: { revision: 1, comment: 'Searched again; no newer study.' },
      }),
    );
    // The curation history is about the text, not the rating.
    const history = await app.request('GET', `/api/practices/${practice.id}/history`, {
      token: cast.coordinator.token,
    });
    expect(history.body.map((event: { action: string }) => event.action)).toEqual(['submit', 'publish']);
  });

  it('a newer published revision makes it due; a change of evidence counts as a review', async () => {
    const author = await buildUser(app);
    const practice = await buildPractice(app, { status: 'inspiring', author });
    expect((await practiceOf(practice.id)).evidenceRating.reviewDue).toBe(false);
    await app.request('PATCH', `/api/practices/${practice.id}`, { token: author.token, body: { summary: 'Changed.' } });
    await app.request('POST', `/api/practices/${practice.id}/submit`, { token: author.token });
    // Pending, not yet published: the rating still covers what everyone reads.
    expect((await practiceOf(practice.id)).evidenceRating.reviewDue).toBe(false);
    await app.request('POST', `/api/practices/${practice.id}/review`, {
      token: cast.coordinator.token,
      body: { decision: 'publish' },
    });
    expect((await practiceOf(practice.id)).evidenceRating.reviewDue).toBe(true);
    expect((await queue()).find((p) => p.id === practice.id)).toMatchObject({ reasons: ['revised'] });

    await buildEvaluation(app, { practice });
    expect((await practiceOf(practice.id)).evidenceRating.reviewDue).toBe(false);
  });

  it('never asks to re-review a draft or an archived practice', async () => {
    const draft = await buildPractice(app);
    const archived = await buildPractice(app, { status: 'archived' });
    for (const id of [draft.id, archived.id]) await ageRating(id, 3);
    expect((await practiceOf(draft.id)).evidenceRating.reviewDue).toBe(false);
    expect((await practiceOf(archived.id)).evidenceRating.reviewDue).toBe(false);
    expect((await queue()).map((p) => p.id)).not.toEqual(expect.arrayContaining([draft.id]));
    const refused = await app.request('POST', `/api/practices/${archived.id}/re-review`, {
      token: cast.coordinator.token,
      body: {},
    });
    expect(refused.status).toBe(409);
  });

  it('pages the queue, the longest waiting first', async () => {
    const practices = [
      await buildPractice(app, { status: 'inspiring' }),
      await buildPractice(app, { status: 'inspiring' }),
    ];
    await ageRating(practices[0]!.id, 5);
    await ageRating(practices[1]!.id, 4);
    const first = await app.request('GET', '/api/practices/review-due?limit=1', { token: cast.coordinator.token });
    expect(first.body.items[0].id).toBe(practices[0]!.id);
    const second = await app.request('GET', `/api/practices/review-due?limit=1&cursor=${first.body.nextCursor}`, {
      token: cast.coordinator.token,
    });
    expect(second.body.items[0].id).toBe(practices[1]!.id);
  });

  it('lists reviewed practices no evaluation rates, never drafts nor rated ones', async () => {
    const notRated = await buildPractice(app, { status: 'peer-reviewed' });
    const rated = await buildPractice(app, { status: 'inspiring' });
    await buildEvaluation(app, { practice: rated });
    const weak = await buildPractice(app, { status: 'inspiring' });
    // A qualitative study rates at 1: rated, though weakly.
    await buildEvaluation(app, { practice: weak, design: 'qualitative' });
    const draft = await buildPractice(app, { author: cast.coordinator });
    const submitted = await buildPractice(app, { status: 'submitted' });

    const ids = async (query: string, token?: string) =>
      ((await app.request('GET', `/api/practices?limit=100&${query}`, { token })).body.items as PracticeSummary[]).map(
        (p) => p.id,
      );
    for (const token of [undefined, cast.coordinator.token]) {
      const list = await ids('rated=false', token);
      expect(list).toContain(notRated.id);
      expect(list).not.toEqual(expect.arrayContaining([rated.id]));
      expect(list).not.toEqual(expect.arrayContaining([weak.id]));
      expect(list).not.toEqual(expect.arrayContaining([draft.id]));
      expect(list).not.toEqual(expect.arrayContaining([submitted.id]));
    }
    // Even when the query asks for drafts.
    expect(await ids('rated=false&status=draft', cast.coordinator.token)).toEqual([]);
    expect(await ids('rated=true')).toEqual(expect.arrayContaining([rated.id, weak.id]));
    expect(await ids('rated=true')).not.toContain(notRated.id);
    const bad = await app.request('GET', '/api/practices?rated=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([expect.stringMatching(/^rated: /)]);
  });
});
