import type { Evaluation, Notification, Practice, QueuedEvaluation } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, buildUser, unchangedBy, type BuiltUser, type Cast } from './support/factories';
import { buildEvaluation, buildPractice } from './support/builders';

const decideAs = (app: TestApp, id: string, token: string | undefined, body: Record<string, unknown>) =>
  app.request('POST', `/api/evaluations/${id}/verification`, { token, body });

describe('POST /api/evaluations/:id/verification', () => {
  let app: TestApp;
  let cast: Cast;
  let practiceAuthor: BuiltUser;
  let evaluator: BuiltUser;
  let practice: Practice;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    practiceAuthor = await buildUser(app, { role: 'researcher' });
    evaluator = await buildUser(app, { role: 'researcher' });
    practice = await buildPractice(app, { author: practiceAuthor, reviewer: cast.coordinator, status: 'inspiring' });
  });
  afterAll(() => app.close());

  const decide = (id: string, token: string | undefined, body: Record<string, unknown>) =>
    decideAs(app, id, token, body);
  const rating = async (id = practice.id) => (await app.request('GET', `/api/practices/${id}`)).body.evidenceRating;
  const auditOf = async (id: string) =>
    (await app.request('GET', `/api/admin/audit?targetId=${id}`, { token: cast.admin.token })).body.items as Array<{
      action: string;
      actor: { id: string } | null;
      details: Record<string, unknown>;
    }>;
  const notesOf = async (user: BuiltUser) =>
    (await app.request('GET', '/api/notifications', { token: user.token })).body.items as Notification[];

  it('is for researchers and coordinators who wrote neither the evaluation nor the practice, without a conflict', async () => {
    const evaluation = await buildEvaluation(app, { practice, author: evaluator, verification: 'awaiting' });
    await unchangedBy(app, async () => {
      expect((await decide(evaluation.id, undefined, { decision: 'verify' })).status).toBe(401);
      for (const user of [cast.pending, cast.practitioner, evaluator, practiceAuthor]) {
        expect((await decide(evaluation.id, user.token, { decision: 'verify' })).status).toBe(403);
      }
      const conflicted = await decide(evaluation.id, cast.researcher.token, {
        decision: 'verify',
        conflictOfInterest: 'I co-authored an earlier paper with the evaluators.',
      });
      expect(conflicted.status).toBe(403);
      expect(conflicted.body.message).toMatch(/conflict of interest/);
      const unknown = await decide('00000000-0000-4000-8000-000000000000', cast.researcher.token, {
        decision: 'verify',
      });
      expect(unknown.status).toBe(404);
      const bad = await decide(evaluation.id, cast.researcher.token, { decision: 'approve' });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toEqual([expect.stringMatching(/^decision: /)]);
      const silent = await decide(evaluation.id, cast.researcher.token, { decision: 'return' });
      expect(silent.status).toBe(400);
      expect(silent.body.message).toEqual([expect.stringMatching(/^comment: /)]);
    });
    // What the refusals leave: the evaluation still awaits, and the rating does not count it.
    expect(await rating()).toMatchObject({ outcomes: [], bestStrength: 0 });
  });

  it('counts an evaluation only once a second reviewer verifies it, audited, and tells its author', async () => {
    const target = await buildPractice(app, {
      author: practiceAuthor,
      reviewer: cast.coordinator,
      status: 'inspiring',
    });
    const evaluation = await buildEvaluation(app, { practice: target, author: evaluator, verification: 'awaiting' });
    // Members see it, labelled; visitors see neither it nor its effect on the rating.
    const asMember = await app.request('GET', `/api/practices/${target.id}`, { token: cast.practitioner.token });
    expect(asMember.body.evaluations.map((e: Evaluation) => [e.id, e.verification])).toEqual([
      [evaluation.id, 'awaiting'],
    ]);
    const asVisitor = await app.request('GET', `/api/practices/${target.id}`);
    expect(asVisitor.body.evaluations).toEqual([]);
    expect(asVisitor.body.evidenceRating).toMatchObject({ outcomes: [], bestStrength: 0, ruleVersion: 2 });

    const verified = await decide(evaluation.id, cast.researcher.token, { decision: 'verify', conflictOfInterest: '' });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ verification: 'verified', canVerify: false });
    expect(await rating(target.id)).toMatchObject({ bestStrength: 3, outcomes: [{ construct: 'csam-use' }] });
    const again = await unchangedBy(app, () =>
      decide(evaluation.id, cast.coordinator.token, { decision: 'return', comment: 'x' }),
    );
    expect(again.status).toBe(409);

    expect(await auditOf(evaluation.id)).toEqual([
      expect.objectContaining({
        action: 'evaluation.verify',
        actor: expect.objectContaining({ id: cast.researcher.user.id }),
        details: expect.objectContaining({ practiceId: target.id, from: 'awaiting' }),
      }),
      expect.objectContaining({ action: 'evaluation.post', actor: expect.objectContaining({ id: evaluator.user.id }) }),
    ]);
    const note = (await notesOf(evaluator)).find((n) => n.kind === 'evaluation-verification');
    // The reviewer stays unnamed to the author: the audit log keeps who decided.
    expect(note).toMatchObject({ practice: { id: target.id }, actor: null, data: { decision: 'verify' } });
  });

  it('returns an evaluation to its author with a comment, and the correction awaits a reviewer again', async () => {
    const target = await buildPractice(app, {
      author: practiceAuthor,
      reviewer: cast.coordinator,
      status: 'inspiring',
    });
    const evaluation = await buildEvaluation(app, { practice: target, author: evaluator, verification: 'awaiting' });
    const comment = 'The outcome was measured by self-report, not official records: please correct the measure.';
    const returned = await decide(evaluation.id, cast.researcher.token, { decision: 'return', comment });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ verification: 'returned', verificationComment: comment });

    // The comment is for its author and for reviewers, not for every member.
    const shown = async (token: string) =>
      ((await app.request('GET', `/api/practices/${target.id}/evaluations`, { token })).body.items as Evaluation[])[0];
    expect(await shown(evaluator.token)).toMatchObject({ verification: 'returned', verificationComment: comment });
    expect(await shown(cast.practitioner.token)).toMatchObject({ verification: 'returned', verificationComment: null });
    // It is with its author now: another researcher cannot verify it over their head.
    const other = await buildUser(app, { role: 'researcher' });
    expect((await unchangedBy(app, () => decide(evaluation.id, other.token, { decision: 'verify' }))).status).toBe(409);
    expect((await notesOf(evaluator)).find((n) => n.kind === 'evaluation-verification')).toMatchObject({
      data: { decision: 'return', comment },
    });

    const corrected = await app.request('PATCH', `/api/evaluations/${evaluation.id}`, {
      token: evaluator.token,
      body: { outcomes: [{ construct: 'csam-use', measure: 'self-report', direction: 'positive', significant: true }] },
    });
    expect(corrected.body).toMatchObject({ verification: 'awaiting' });
    expect((await decide(evaluation.id, other.token, { decision: 'verify' })).status).toBe(200);
    expect(await rating(target.id)).toMatchObject({ bestStrength: 3 });
    expect((await auditOf(evaluation.id)).map((entry) => entry.action)).toEqual([
      'evaluation.verify',
      'evaluation.resubmit',
      'evaluation.return',
      'evaluation.post',
    ]);
  });

  it('lets a coordinator reconcile a disagreement, and their decision is final', async () => {
    const target = await buildPractice(app, {
      author: practiceAuthor,
      reviewer: cast.coordinator,
      status: 'inspiring',
    });
    const evaluation = await buildEvaluation(app, { practice: target, author: evaluator, verification: 'returned' });
    // The author disagrees and leaves the coding as it is: a coordinator verifies it as it stands.
    const reconciled = await decide(evaluation.id, cast.coordinator.token, {
      decision: 'verify',
      comment: 'The coding matches the paper: the measure is the one the authors report.',
    });
    expect(reconciled.status).toBe(200);
    expect(reconciled.body.verification).toBe('verified');
    expect(await rating(target.id)).toMatchObject({ bestStrength: 3 });
    const [last] = (await auditOf(evaluation.id)).slice(0, 1);
    expect(last).toMatchObject({ action: 'evaluation.verify', details: { from: 'returned', reconciled: true } });

    // A later correction awaits again, and only a coordinator decides on it from now on.
    await app.request('PATCH', `/api/evaluations/${evaluation.id}`, {
      token: evaluator.token,
      body: { followUpMonths: 12 },
    });
    expect(await rating(target.id)).toMatchObject({ bestStrength: 0 });
    const researcher = await buildUser(app, { role: 'researcher' });
    const overruled = await unchangedBy(app, () =>
      decide(evaluation.id, researcher.token, { decision: 'return', comment: 'No.' }),
    );
    expect(overruled.status).toBe(403);
    expect(overruled.body.message).toMatch(/coordinator/);
    expect((await decide(evaluation.id, cast.admin.token, { decision: 'verify' })).status).toBe(200);
  });
});

describe('search and unverified evaluations', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  it('finds an evaluation awaiting verification for members only, and for everyone once verified', async () => {
    const practice = await buildPractice(app, { reviewer: cast.coordinator, status: 'inspiring' });
    const word = 'zygomorphic';
    const evaluation = await buildEvaluation(app, {
      practice,
      verification: 'awaiting',
      summary: `A ${word} follow-up of the callers.`,
    });
    const hits = async (token?: string) =>
      ((await app.request('GET', `/api/search?q=${word}&kind=evaluation`, { token })).body.items as unknown[]).length;
    expect(await hits()).toBe(0);
    expect(await hits(cast.pending.token)).toBe(0);
    expect(await hits(cast.practitioner.token)).toBe(1);
    expect((await decideAs(app, evaluation.id, cast.researcher.token, { decision: 'verify' })).status).toBe(200);
    expect(await hits()).toBe(1);
  });
});

describe('GET /api/evaluations?verification=', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  it('lists the queue, waiting longest first, for researchers and coordinators only', async () => {
    const author = await buildUser(app, { role: 'researcher' });
    const practice = await buildPractice(app, { reviewer: cast.coordinator, status: 'inspiring' });
    const first = await buildEvaluation(app, { practice, author, verification: 'awaiting' });
    const second = await buildEvaluation(app, { practice, author, verification: 'awaiting' });
    await buildEvaluation(app, { practice, author });
    const returned = await buildEvaluation(app, { practice, author, verification: 'returned' });

    expect((await app.request('GET', '/api/evaluations')).status).toBe(401);
    for (const user of [cast.pending, cast.practitioner]) {
      expect((await app.request('GET', '/api/evaluations', { token: user.token })).status).toBe(403);
    }
    expect(
      (await app.request('GET', '/api/evaluations?verification=maybe', { token: cast.researcher.token })).status,
    ).toBe(400);

    const queue = await app.request('GET', '/api/evaluations?limit=1', { token: cast.researcher.token });
    const items: QueuedEvaluation[] = queue.body.items;
    expect(items.map((e) => [e.id, e.practice.id, e.canVerify])).toEqual([[first.id, practice.id, true]]);
    const next = await app.request('GET', `/api/evaluations?limit=1&cursor=${queue.body.nextCursor}`, {
      token: cast.researcher.token,
    });
    expect(next.body.items.map((e: QueuedEvaluation) => e.id)).toEqual([second.id]);
    // Its author sees it in the queue too, but may not verify it.
    const own = await app.request('GET', '/api/evaluations', { token: author.token });
    expect(own.body.items.map((e: QueuedEvaluation) => [e.id, e.canVerify])).toEqual([
      [first.id, false],
      [second.id, false],
    ]);
    const back = await app.request('GET', '/api/evaluations?verification=returned', { token: cast.coordinator.token });
    expect(back.body.items.map((e: QueuedEvaluation) => [e.id, e.canVerify])).toEqual([[returned.id, true]]);
  });
});
