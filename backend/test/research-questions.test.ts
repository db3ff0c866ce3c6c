import type { Practice, ResearchQuestion } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildEvaluation,
  buildFeedback,
  buildPractice,
  buildResearchQuestion,
  buildUser,
  CAST_KINDS,
  tokenOf,
  unreadNotifications,
  type Cast,
} from './support/builders';
import { unchangedBy } from './support/factories';

describe('research questions', () => {
  let app: TestApp;
  let cast: Cast;
  let practice: Practice;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    practice = await buildPractice(app, { reviewer: cast.coordinator, status: 'inspiring' });
  });
  afterAll(() => app.close());

  const cellQuestion = { title: 'Who measures reporting?', body: 'No study of reporting by professionals yet.' };

  describe('POST /api/research-questions', () => {
    it('is for active members: visitors 401, pending accounts 403, nothing written', async () => {
      await unchangedBy(app, async () => {
        const body = { ...cellQuestion, targetGroup: 'professionals', construct: 'reporting-behaviour' };
        expect((await app.request('POST', '/api/research-questions', { body })).status).toBe(401);
        const pending = await app.request('POST', '/api/research-questions', { token: cast.pending.token, body });
        expect(pending.status).toBe(403);
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['neither a practice nor a cell', {}, 'practiceId'],
      ['half a cell', { targetGroup: 'children' }, 'construct'],
      ['an unknown construct', { targetGroup: 'children', construct: 'happiness' }, 'construct'],
      ['an empty title', { title: ' ', targetGroup: 'children', construct: 'wellbeing' }, 'title'],
    ])('refuses %s with 400 naming the field, changing nothing', async (_name, change, field) => {
      const response = await unchangedBy(app, () =>
        app.request('POST', '/api/research-questions', {
          token: cast.practitioner.token,
          body: { ...cellQuestion, ...change },
        }),
      );
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(`${field}: `);
    });

    it('refuses a draft practice and feedback on another practice with 400', async () => {
      const draft = await buildPractice(app, { status: 'draft' });
      const other = await buildFeedback(app);
      await unchangedBy(app, async () => {
        const onDraft = await app.request('POST', '/api/research-questions', {
          token: cast.practitioner.token,
          body: { ...cellQuestion, practiceId: draft.id },
        });
        expect(onDraft.status).toBe(400);
        expect(JSON.stringify(onDraft.body.message)).toContain('practiceId: ');
        const wrongFeedback = await app.request('POST', '/api/research-questions', {
          token: cast.practitioner.token,
          body: { ...cellQuestion, practiceId: practice.id, feedbackId: other.id },
        });
        expect(wrongFeedback.status).toBe(400);
        expect(JSON.stringify(wrongFeedback.body.message)).toContain('feedbackId: ');
      });
    });

    it('raises a question from feedback on a practice; its asker follows it', async () => {
      const feedback = await buildFeedback(app, { practice, author: cast.practitioner });
      const question = await buildResearchQuestion(app, {
        author: cast.practitioner,
        practiceId: practice.id,
        feedbackId: feedback.id,
      });
      expect(question).toMatchObject({
        status: 'open',
        practice: { id: practice.id, title: practice.title },
        feedbackId: feedback.id,
        targetGroup: null,
        author: { id: cast.practitioner.user.id },
        votes: 0,
        following: true,
      });
    });
  });

  describe('GET /api/research-questions', () => {
    it('is for members: visitors 401, pending 403', async () => {
      expect((await app.request('GET', '/api/research-questions')).status).toBe(401);
      expect((await app.request('GET', '/api/research-questions', { token: cast.pending.token })).status).toBe(403);
    });

    it('lists the most voted first, filtered by cell', async () => {
      const a = await buildResearchQuestion(app, { targetGroup: 'children', construct: 'help-seeking' });
      const b = await buildResearchQuestion(app, { targetGroup: 'children', construct: 'help-seeking' });
      await app.request('POST', `/api/research-questions/${a.id}/vote`, { token: cast.researcher.token });
      const list = await app.request('GET', '/api/research-questions?targetGroup=children&construct=help-seeking', {
        token: cast.practitioner.token,
      });
      expect(list.body.items.map((q: ResearchQuestion) => q.id)).toEqual([a.id, b.id]);
      const paged = await app.request(
        'GET',
        '/api/research-questions?targetGroup=children&construct=help-seeking&limit=1',
        { token: cast.practitioner.token },
      );
      const next = await app.request(
        'GET',
        `/api/research-questions?targetGroup=children&construct=help-seeking&limit=1&cursor=${paged.body.nextCursor}`,
        { token: cast.practitioner.token },
      );
      expect([...paged.body.items, ...next.body.items].map((q: ResearchQuestion) => q.id)).toEqual([a.id, b.id]);
    });
  });

  describe('votes', () => {
    it('counts one vote per member, and takes it back', async () => {
      const question = await buildResearchQuestion(app);
      const vote = (token: string | undefined, method: 'POST' | 'DELETE' = 'POST') =>
        app.request(method, `/api/research-questions/${question.id}/vote`, { token });
      expect((await vote(undefined)).status).toBe(401);
      expect((await vote(cast.pending.token)).status).toBe(403);
      await vote(cast.practitioner.token);
      const twice = await vote(cast.practitioner.token);
      expect(twice.body).toMatchObject({ votes: 1, myVote: true });
      expect((await vote(cast.researcher.token)).body.votes).toBe(2);
      const withdrawn = await vote(cast.practitioner.token, 'DELETE');
      expect(withdrawn.body).toMatchObject({ votes: 1, myVote: false });
    });
  });

  describe('claiming and moving on', () => {
    it('lets only researchers claim, once', async () => {
      const question = await buildResearchQuestion(app);
      const claim = (token: string | undefined) =>
        app.request('POST', `/api/research-questions/${question.id}/claim`, { token });
      await unchangedBy(app, async () => {
        for (const kind of CAST_KINDS.filter((k) => k !== 'researcher')) {
          const response = await claim(tokenOf(cast, kind));
          expect([kind, response.status]).toEqual([kind, kind === 'visitor' ? 401 : 403]);
        }
      });
      const claimed = await claim(cast.researcher.token);
      expect(claimed.body).toMatchObject({ status: 'planned', claimer: { id: cast.researcher.user.id } });
      const other = await buildUser(app, { role: 'researcher' });
      expect((await claim(other.token)).status).toBe(409);
    });

    it('lets only the claimer move it on, forward, until an evaluation answers it; the asker hears of each step', async () => {
      const asker = await buildUser(app);
      const follower = await buildUser(app);
      const question = await buildResearchQuestion(app, { author: asker, practiceId: practice.id });
      await app.request('POST', `/api/research-questions/${question.id}/follow`, { token: follower.token });
      const path = `/api/research-questions/${question.id}`;
      await app.request('POST', `${path}/claim`, { token: cast.researcher.token });
      const other = await buildUser(app, { role: 'researcher' });
      await unchangedBy(app, async () => {
        const byOther = await app.request('POST', `${path}/status`, {
          token: other.token,
          body: { status: 'under-way' },
        });
        expect(byOther.status).toBe(403);
        const noEvaluation = await app.request('POST', `${path}/status`, {
          token: cast.researcher.token,
          body: { status: 'answered' },
        });
        expect(noEvaluation.status).toBe(400);
        const back = await app.request('POST', `${path}/status`, {
          token: cast.researcher.token,
          body: { status: 'planned' },
        });
        expect(back.status).toBe(409);
      });
      const underWay = await app.request('POST', `${path}/status`, {
        token: cast.researcher.token,
        body: { status: 'under-way' },
      });
      expect(underWay.body.status).toBe('under-way');
      const evaluation = await buildEvaluation(app, { practice, author: cast.researcher });
      const answered = await app.request('POST', `${path}/status`, {
        token: cast.researcher.token,
        body: { status: 'answered', evaluationId: evaluation.id },
      });
      expect(answered.body).toMatchObject({ status: 'answered', answerEvaluationId: evaluation.id });
      const byEvaluation = await app.request('GET', `/api/research-questions?evaluationId=${evaluation.id}`, {
        token: asker.token,
      });
      expect(byEvaluation.body.items.map((q: ResearchQuestion) => q.id)).toEqual([question.id]);
      for (const who of [asker, follower]) {
        const lines = (await unreadNotifications(app, who)).filter((n) => n.kind === 'research-question');
        expect(lines.map((n) => n.data.status).sort()).toEqual(['answered', 'planned', 'under-way']);
        expect(lines.every((n) => n.data.questionId === question.id)).toBe(true);
      }
      const researcherLines = await unreadNotifications(app, cast.researcher);
      expect(researcherLines.filter((n) => n.kind === 'research-question')).toEqual([]);
    });
  });

  describe('merging duplicates', () => {
    it('is for coordinators; votes and followers move to the kept question, which the duplicate points to', async () => {
      const kept = await buildResearchQuestion(app);
      const voterOnBoth = await buildUser(app);
      const asker = await buildUser(app);
      const duplicate = await buildResearchQuestion(app, { author: asker });
      for (const id of [kept.id, duplicate.id]) {
        await app.request('POST', `/api/research-questions/${id}/vote`, { token: voterOnBoth.token });
      }
      await app.request('POST', `/api/research-questions/${duplicate.id}/vote`, { token: cast.researcher.token });
      const merge = (token: string | undefined, intoId = kept.id) =>
        app.request('POST', `/api/research-questions/${duplicate.id}/merge`, { token, body: { intoId } });
      await unchangedBy(app, async () => {
        for (const kind of ['visitor', 'pending', 'practitioner', 'researcher'] as const) {
          const response = await merge(tokenOf(cast, kind));
          expect([kind, response.status]).toEqual([kind, kind === 'visitor' ? 401 : 403]);
        }
        expect((await merge(cast.coordinator.token, duplicate.id)).status).toBe(409);
      });
      const merged = await merge(cast.coordinator.token);
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({ id: kept.id, votes: 2 });
      const gone = await app.request('GET', `/api/research-questions/${duplicate.id}`, { token: asker.token });
      expect(gone.body).toMatchObject({ mergedIntoId: kept.id, votes: 0 });
      const keptNow = await app.request('GET', `/api/research-questions/${kept.id}`, { token: asker.token });
      expect(keptNow.body.following).toBe(true);
      const line = (await unreadNotifications(app, asker)).find((n) => n.kind === 'research-question');
      expect(line?.data).toMatchObject({ event: 'merged', questionId: kept.id });
      expect((await merge(cast.coordinator.token)).status).toBe(409);
      const vote = await app.request('POST', `/api/research-questions/${duplicate.id}/vote`, {
        token: cast.practitioner.token,
      });
      expect(vote.status).toBe(409);
    });
  });

  describe('account data', () => {
    it('exports the questions raised, votes and follows; erasure removes votes and follows, keeps questions', async () => {
      const member = await buildUser(app);
      const raised = await buildResearchQuestion(app, { author: member });
      const other = await buildResearchQuestion(app);
      await app.request('POST', `/api/research-questions/${other.id}/vote`, { token: member.token });
      const exported = await app.request('GET', '/api/users/me/export', { token: member.token });
      expect(exported.body.researchQuestions).toMatchObject({
        raised: [{ id: raised.id }],
        votedFor: [other.id],
        following: [raised.id],
      });
      expect((await app.request('DELETE', '/api/users/me', { token: member.token })).status).toBe(204);
      const after = await app.request('GET', `/api/research-questions/${other.id}`, {
        token: cast.practitioner.token,
      });
      expect(after.body.votes).toBe(0);
      const stays = await app.request('GET', `/api/research-questions/${raised.id}`, {
        token: cast.practitioner.token,
      });
      expect(stays.body.author.displayName).not.toBe(member.user.displayName);
    });
  });
});
