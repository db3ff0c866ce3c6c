import type { Evaluation, Notification, Practice } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, buildUser, CAST_KINDS, tokenOf, unchangedBy, type BuiltUser, type Cast } from './support/factories';
import { buildEvaluation, buildPractice, evaluationBody } from './support/builders';

describe('evaluations', () => {
  let app: TestApp;
  let cast: Cast;
  let author: BuiltUser;
  let practice: Practice;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    author = await buildUser(app);
    practice = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
  });
  afterAll(() => app.close());

  const path = () => `/api/practices/${practice.id}/evaluations`;
  const rating = async (id = practice.id) => (await app.request('GET', `/api/practices/${id}`)).body.evidenceRating;

  describe('POST /api/practices/:id/evaluations', () => {
    it('is for researchers only', async () => {
      await unchangedBy(app, async () => {
        for (const kind of CAST_KINDS.filter((k) => k !== 'researcher')) {
          const response = await app.request('POST', path(), { token: tokenOf(cast, kind), body: evaluationBody() });
          expect([kind, response.status]).toEqual([kind, kind === 'visitor' ? 401 : 403]);
        }
        const own = await app.request('POST', path(), { token: author.token, body: evaluationBody() });
        expect(own.status).toBe(403);
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a sample size of -3', { sampleSize: -3 }, 'sampleSize'],
      ['an unknown design', { design: 'anecdote' }, 'design'],
      ['no outcome', { outcomes: [] }, 'outcomes'],
      ['a DOI that is not one', { doi: 'see the library' }, 'doi'],
      ['more analysed than randomised', { sampleRandomised: 40, sampleAnalysed: 41 }, 'sampleAnalysed'],
      ['an unknown independence', { independence: 'somewhat' }, 'independence'],
      ['an unknown comparison', { comparison: 'nothing-at-all' }, 'comparison'],
      [
        'an unknown outcome construct',
        { outcomes: [{ construct: 'happiness', measure: 'self-report', direction: 'positive', significant: true }] },
        'outcomes.0.construct',
      ],
    ])('refuses %s with 400 naming the field, changing nothing', async (_name, change, field) => {
      const response = await unchangedBy(app, () =>
        app.request('POST', path(), { token: cast.researcher.token, body: { ...evaluationBody(), ...change } }),
      );
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(`${field}: `);
    });

    it('stores the declarations a registry asks for, awaiting verification', async () => {
      const studied = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
      const path = () => `/api/practices/${studied.id}/evaluations`;
      const response = await app.request('POST', path(), {
        token: cast.researcher.token,
        body: {
          ...evaluationBody(),
          independence: 'developer-funded',
          conflictOfInterest: 'The evaluation was funded by the programme developer.',
          sampleRandomised: 160,
          sampleAnalysed: 121,
          comparison: 'placebo',
          registrationId: 'ISRCTN76841676',
        },
      });
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        independence: 'developer-funded',
        independent: false,
        conflictOfInterest: 'The evaluation was funded by the programme developer.',
        sampleRandomised: 160,
        sampleAnalysed: 121,
        comparison: 'placebo',
        registrationId: 'ISRCTN76841676',
        verification: 'awaiting',
      });
      const older = await app.request('POST', path(), {
        token: cast.researcher.token,
        body: { ...evaluationBody(), independent: true, conflictOfInterest: '' },
      });
      expect(older.body).toMatchObject({ independence: 'independent', independent: true, conflictOfInterest: null });
    });

    it('is 404 on a draft the researcher cannot see, and 409 on an archived practice', async () => {
      const draft = await buildPractice(app, { author });
      const hidden = await unchangedBy(app, () =>
        app.request('POST', `/api/practices/${draft.id}/evaluations`, {
          token: cast.researcher.token,
          body: evaluationBody(),
        }),
      );
      expect(hidden.status).toBe(404);
      const archived = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
      await app.request('POST', `/api/practices/${archived.id}/review`, {
        token: cast.coordinator.token,
        body: { decision: 'archive' },
      });
      const late = await unchangedBy(app, () =>
        app.request('POST', `/api/practices/${archived.id}/evaluations`, {
          token: cast.researcher.token,
          body: evaluationBody(),
        }),
      );
      expect(late.status).toBe(409);
    });

    it('rates a practice from 0 to 3 effective once an RCT finding a significant positive effect is verified, and tells its author', async () => {
      expect(await rating()).toEqual({ outcomes: [], bestStrength: 0, harm: [], ruleVersion: 2, reviewDue: false });
      const response = await app.request('POST', path(), {
        token: cast.researcher.token,
        body: evaluationBody({ doi: 'https://doi.org/10.1016/j.invent.2022.100542', followUpMonths: 6 }),
      });
      expect(response.status).toBe(201);
      const evaluation: Evaluation = response.body;
      expect(evaluation).toMatchObject({
        practiceId: practice.id,
        design: 'rct',
        doi: '10.1016/j.invent.2022.100542',
        author: { id: cast.researcher.user.id },
        canEdit: true,
        canVerify: false,
        verification: 'awaiting',
        outcomes: [{ construct: 'csam-use', direction: 'positive', significant: true, effectSize: null }],
      });
      // Awaiting verification: not counted, and not shown to visitors at all.
      expect(await rating()).toEqual({ outcomes: [], bestStrength: 0, harm: [], ruleVersion: 2, reviewDue: false });
      expect((await app.request('GET', path())).body.items).toEqual([]);
      const reviewer = await buildUser(app, { role: 'researcher' });
      const verified = await app.request('POST', `/api/evaluations/${evaluation.id}/verification`, {
        token: reviewer.token,
        body: { decision: 'verify' },
      });
      expect(verified.status).toBe(200);
      const rated = await rating();
      expect(rated).toMatchObject({
        bestStrength: 3,
        harm: [],
        outcomes: [
          { construct: 'csam-use', strength: 3, direction: 'effective', selfReportOnly: true, evaluationCount: 1 },
        ],
      });
      expect(rated.outcomes[0].reasons.map((r: { code: string }) => r.code)).toEqual(
        expect.arrayContaining(['strongest-study', 'strong-positive', 'self-report-only']),
      );
      const notes: Notification[] = (await app.request('GET', '/api/notifications', { token: author.token })).body
        .items;
      expect(notes.find((n) => n.kind === 'practice-evaluation')).toMatchObject({
        practice: { id: practice.id },
        actor: { id: cast.researcher.user.id },
      });
      const listed = await app.request('GET', path());
      expect(listed.body.items.map((e: Evaluation) => [e.id, e.canEdit])).toEqual([[evaluation.id, false]]);
    });

    it('shows harm found by a strong study in harm, first', async () => {
      const other = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
      const researcher = await buildUser(app, { role: 'researcher' });
      await buildEvaluation(app, { practice: other, author: cast.researcher });
      await buildEvaluation(app, {
        practice: other,
        author: researcher,
        design: 'quasi-experimental',
        outcomes: [
          { construct: 'sexual-reoffending', measure: 'official-records', direction: 'negative', significant: true },
        ],
      });
      const rated = await rating(other.id);
      expect(rated.harm).toEqual(['sexual-reoffending']);
      expect(rated.outcomes.map((o: { construct: string; direction: string }) => [o.construct, o.direction])).toEqual([
        ['sexual-reoffending', 'possible-harm'],
        ['csam-use', 'effective'],
      ]);
      const list = await app.request('GET', '/api/practices?rating=possible-harm&limit=100');
      expect(list.body.items.map((p: Practice) => p.id)).toEqual([other.id]);
    });
  });

  describe('PATCH /api/evaluations/:id', () => {
    let evaluation: Evaluation;
    let target: Practice;
    beforeAll(async () => {
      target = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
      evaluation = await buildEvaluation(app, { practice: target, author: cast.researcher });
    });

    it('is for its author only', async () => {
      const other = await buildUser(app, { role: 'researcher' });
      await unchangedBy(app, async () => {
        expect(
          (await app.request('PATCH', `/api/evaluations/${evaluation.id}`, { body: { sampleSize: 10 } })).status,
        ).toBe(401);
        for (const token of [other.token, cast.coordinator.token, author.token]) {
          const response = await app.request('PATCH', `/api/evaluations/${evaluation.id}`, {
            token,
            body: { sampleSize: 10 },
          });
          expect(response.status).toBe(403);
        }
        const missing = await app.request('PATCH', '/api/evaluations/00000000-0000-4000-8000-000000000000', {
          token: cast.researcher.token,
          body: { sampleSize: 10 },
        });
        expect(missing.status).toBe(404);
        const bad = await app.request('PATCH', `/api/evaluations/${evaluation.id}`, {
          token: cast.researcher.token,
          body: { sampleSize: -3 },
        });
        expect(bad.status).toBe(400);
        expect(bad.body.message).toEqual([expect.stringMatching(/^sampleSize: /)]);
      });
    });

    it('sends a verified evaluation back to awaiting when its author corrects it, and rates the correction once verified', async () => {
      expect((await rating(target.id)).outcomes[0]).toMatchObject({ strength: 3, direction: 'effective' });
      const response = await app.request('PATCH', `/api/evaluations/${evaluation.id}`, {
        token: cast.researcher.token,
        body: {
          riskOfBias: 'high',
          outcomes: [{ construct: 'csam-use', measure: 'validated-scale', direction: 'none', significant: false }],
        },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        riskOfBias: 'high',
        verification: 'awaiting',
        outcomes: [{ direction: 'none', measure: 'validated-scale' }],
      });
      expect((await rating(target.id)).outcomes).toEqual([]);
      const reviewer = await buildUser(app, { role: 'researcher' });
      const verified = await app.request('POST', `/api/evaluations/${evaluation.id}/verification`, {
        token: reviewer.token,
        body: { decision: 'verify' },
      });
      expect(verified.status).toBe(200);
      expect((await rating(target.id)).outcomes[0]).toMatchObject({ strength: 2, direction: 'inconclusive' });
      const [row] = await app.dataSource.query(`SELECT best_strength, rating_directions FROM practices WHERE id = $1`, [
        target.id,
      ]);
      expect(row).toEqual({ best_strength: 2, rating_directions: ['inconclusive'] });
    });
  });
});
