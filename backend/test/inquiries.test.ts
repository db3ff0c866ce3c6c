import type { Inquiry, Notification, PracticeInquiries } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildEvaluation,
  buildEvaluationRow,
  buildInquiry,
  buildPractice,
  buildUser,
  tokenOf,
  type BuiltUser,
  type Cast,
} from './support/builders';
import { unchangedBy } from './support/factories';

describe('inquiries and appeals of ratings', () => {
  let app: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
  });
  afterAll(() => app.close());

  const researcher = () => buildUser(app, { role: 'researcher', profession: 'researchers' });
  const inquiriesOf = async (practiceId: string, who?: BuiltUser): Promise<PracticeInquiries> =>
    (await app.request('GET', `/api/practices/${practiceId}/inquiries`, { token: who?.token })).body;
  const decide = (who: BuiltUser, id: string, body: Record<string, unknown>) =>
    app.request('POST', `/api/inquiries/${id}/decision`, { token: who.token, body });
  const lineAbout = async (who: BuiltUser, practiceId: string): Promise<Notification | undefined> =>
    ((await app.request('GET', '/api/notifications', { token: who.token })).body.items as Notification[]).find(
      (n) => n.kind === 'practice-inquiry' && n.practice?.id === practiceId,
    );
  const auditOf = async (id: string) =>
    (
      (await app.request('GET', `/api/admin/audit?targetId=${id}`, { token: cast.admin.token })).body.items as Array<{
        action: string;
        actor: { id: string } | null;
      }>
    )
      .map((entry) => [entry.action, entry.actor?.id])
      .reverse();

  describe('asking', () => {
    it('visitors 401, pending accounts 403, a member who is not the author may not appeal (403)', async () => {
      const author = await buildUser(app);
      const practice = await buildPractice(app, { status: 'inspiring', author });
      const path = `/api/practices/${practice.id}/inquiries`;
      const question = { kind: 'question', reason: 'Why?' };
      for (const [kind, status] of [
        ['visitor', 401],
        ['pending', 403],
      ] as const) {
        const refused = await unchangedBy(app, () =>
          app.request('POST', path, { token: tokenOf(cast, kind), body: question }),
        );
        expect(refused.status).toBe(status);
      }
      const appeal = { kind: 'appeal', reason: 'The rating is wrong.' };
      for (const who of [cast.practitioner, cast.coordinator]) {
        const refused = await unchangedBy(app, () => app.request('POST', path, { token: who.token, body: appeal }));
        expect(refused.status).toBe(403);
      }
      const empty = await unchangedBy(app, () =>
        app.request('POST', path, { token: cast.practitioner.token, body: { kind: 'question', reason: ' ' } }),
      );
      expect(empty.status).toBe(400);
      expect(empty.body.message).toEqual([expect.stringMatching(/^reason: /)]);
      const badLink = await unchangedBy(app, () =>
        app.request('POST', path, { token: author.token, body: { ...appeal, links: ['javascript:alert(1)'] } }),
      );
      expect(badLink.status).toBe(400);
      expect(badLink.body.message).toEqual([expect.stringMatching(/^links\.0: /)]);

      expect((await inquiriesOf(practice.id, cast.practitioner)).canAppeal).toBe(false);
      expect((await inquiriesOf(practice.id, author)).canAppeal).toBe(true);
      expect((await inquiriesOf(practice.id)).canAsk).toBe(false);
    });

    it('a draft is not there to ask about (404), an archived practice is not asked about (409)', async () => {
      const draft = await buildPractice(app);
      const asked = await app.request('POST', `/api/practices/${draft.id}/inquiries`, {
        token: cast.practitioner.token,
        body: { kind: 'question', reason: 'Why?' },
      });
      expect(asked.status).toBe(404);
      const archived = await buildPractice(app, { status: 'archived' });
      const refused = await app.request('POST', `/api/practices/${archived.id}/inquiries`, {
        token: cast.practitioner.token,
        body: { kind: 'question', reason: 'Why?' },
      });
      expect(refused.status).toBe(409);
    });

    it('a question: coordinators notified, answered by a coordinator only, the asker notified; members read it, visitors do not', async () => {
      const asker = await buildUser(app);
      const practice = await buildPractice(app, { status: 'inspiring' });
      const question = await buildInquiry(app, { practice, asker, reason: 'Which study sets the level?' });
      expect(question).toMatchObject({ kind: 'question', status: 'open', mine: true, asker: null, canDecide: false });
      expect(await lineAbout(cast.coordinator, practice.id)).toMatchObject({
        data: { kind: 'question', event: 'filed' },
      });

      const forMember = (await inquiriesOf(practice.id, cast.researcher)).items;
      expect(forMember).toEqual([
        expect.objectContaining({ reason: 'Which study sets the level?', asker: null, mine: false }),
      ]);
      expect((await inquiriesOf(practice.id)).items).toEqual([]);
      const forCoordinator = (await inquiriesOf(practice.id, cast.coordinator)).items[0]!;
      expect(forCoordinator).toMatchObject({ asker: { id: asker.user.id }, canDecide: true });

      for (const who of [asker, cast.researcher]) {
        const refused = await unchangedBy(app, () => decide(who, question.id, { decision: 'answer', reason: 'Me.' }));
        expect(refused.status).toBe(403);
      }
      const visitor = await app.request('POST', `/api/inquiries/${question.id}/decision`, {
        body: { decision: 'answer', reason: 'x' },
      });
      expect(visitor.status).toBe(401);
      const wrong = await unchangedBy(app, () =>
        decide(cast.coordinator, question.id, { decision: 'uphold', reason: 'x' }),
      );
      expect(wrong.status).toBe(400);
      expect(wrong.body.message).toEqual([expect.stringMatching(/^decision: /)]);

      const answered = await decide(cast.coordinator, question.id, {
        decision: 'answer',
        reason: 'The pre-post study of 2019 sets it.',
      });
      expect(answered.status).toBe(200);
      expect(answered.body).toMatchObject({ status: 'closed', answer: 'The pre-post study of 2019 sets it.' });
      expect(await lineAbout(asker, practice.id)).toMatchObject({ data: { kind: 'question', event: 'answered' } });
      const again = await decide(cast.coordinator, question.id, { decision: 'answer', reason: 'Again.' });
      expect(again.status).toBe(409);
      expect(await auditOf(question.id)).toEqual([
        ['inquiry.file', asker.user.id],
        ['inquiry.answer', cast.coordinator.user.id],
      ]);
    });
  });

  describe('appeals', () => {
    it('refuses reviewers who are ineligible or conflicted, and assigning by anyone but a coordinator', async () => {
      const author = await buildUser(app, { role: 'researcher', profession: 'researchers' });
      const practice = await buildPractice(app, { status: 'inspiring', author });
      const evaluator = await researcher();
      await buildEvaluation(app, { practice, author: evaluator });
      const appeal = await buildInquiry(app, { practice, asker: author, kind: 'appeal' });
      const assign = (who: BuiltUser | undefined, reviewerIds: string[]) =>
        unchangedBy(app, () =>
          app.request('POST', `/api/inquiries/${appeal.id}/reviewers`, { token: who?.token, body: { reviewerIds } }),
        );
      const good = await researcher();
      const candidatesPath = `/api/inquiries/${appeal.id}/reviewer-candidates`;
      expect((await app.request('GET', candidatesPath)).status).toBe(401);
      expect((await app.request('GET', candidatesPath, { token: cast.researcher.token })).status).toBe(403);
      const candidates = (await app.request('GET', candidatesPath, { token: cast.coordinator.token })).body as Array<{
        id: string;
      }>;
      const offered = candidates.map((person) => person.id);
      expect(offered).toEqual(expect.arrayContaining([good.user.id, cast.coordinator.user.id]));
      for (const conflicted of [author, evaluator, cast.practitioner])
        expect(offered).not.toContain(conflicted.user.id);
      expect((await assign(undefined, [good.user.id, cast.coordinator.user.id])).status).toBe(401);
      expect((await assign(cast.pending, [good.user.id, cast.coordinator.user.id])).status).toBe(403);
      expect((await assign(cast.researcher, [good.user.id, cast.coordinator.user.id])).status).toBe(403);
      for (const [reviewer, why] of [
        [author, /author/],
        [evaluator, /evaluation/],
        [cast.practitioner, /not a researcher or coordinator/],
        [await buildUser(app, { role: 'researcher', status: 'pending' }), /not an active member/],
      ] as const) {
        const refused = await assign(cast.coordinator, [good.user.id, reviewer.user.id]);
        expect(refused.status).toBe(400);
        expect(refused.body.message).toEqual([
          expect.stringMatching(new RegExp(`^reviewerIds: ${reviewer.user.id} .*${why.source}`)),
        ]);
      }
      const same = await assign(cast.coordinator, [good.user.id, good.user.id]);
      expect(same.status).toBe(400);
      expect(same.body.message).toEqual([expect.stringMatching(/^reviewerIds: /)]);
      // Nobody decides an appeal before its reviewers are named.
      expect((await decide(good, appeal.id, { decision: 'uphold', reason: 'x', noConflict: true })).status).toBe(403);
      expect((await decide(cast.coordinator, appeal.id, { decision: 'uphold', reason: 'x' })).status).toBe(409);
    });

    it('two reviewers who agree close it: only they decide, once each, declaring no conflict; everyone told as it moves', async () => {
      const author = await buildUser(app);
      const practice = await buildPractice(app, { status: 'inspiring', author });
      const [evaluation] = [await buildEvaluation(app, { practice })];
      const first = await researcher();
      const second = cast.coordinator;
      const appeal = await buildInquiry(app, {
        practice,
        asker: author,
        kind: 'appeal',
        evidence: 'A follow-up at 24 months was published in 2025.',
        links: ['https://doi.org/10.1000/follow-up'],
        reviewers: [first, second],
        coordinator: cast.admin,
      });
      expect(appeal).toMatchObject({ status: 'in-review', reviews: [{ decision: null }, { decision: null }] });
      expect(Date.parse(appeal.dueAt) - Date.parse(appeal.createdAt)).toBe(60 * 24 * 60 * 60 * 1000);
      expect(await lineAbout(first, practice.id)).toMatchObject({ data: { event: 'assigned' } });
      expect(await lineAbout(author, practice.id)).toMatchObject({ data: { event: 'in-review' } });
      // The author sees their appeal, and not who reviews it.
      const forAuthor = (await inquiriesOf(practice.id, author)).items[0]!;
      expect(forAuthor.reviews.map((review) => review.reviewer)).toEqual([null, null]);
      expect((await inquiriesOf(practice.id, author)).canAppeal).toBe(false);

      const outsider = await researcher();
      expect(
        (
          await unchangedBy(app, () =>
            decide(outsider, appeal.id, { decision: 'uphold', reason: 'x', noConflict: true }),
          )
        ).status,
      ).toBe(403);
      const undeclared = await unchangedBy(app, () => decide(first, appeal.id, { decision: 'uphold', reason: 'x' }));
      expect(undeclared.status).toBe(400);
      expect(undeclared.body.message).toEqual([expect.stringMatching(/^noConflict: /)]);
      const noEvaluation = await unchangedBy(app, () =>
        decide(first, appeal.id, { decision: 'recode', reason: 'x', noConflict: true }),
      );
      expect(noEvaluation.status).toBe(400);
      expect(noEvaluation.body.message).toEqual([expect.stringMatching(/^evaluationId: /)]);
      const otherEvaluation = await buildEvaluation(app);
      const foreign = await unchangedBy(app, () =>
        decide(first, appeal.id, {
          decision: 'recode',
          evaluationId: otherEvaluation.id,
          reason: 'x',
          noConflict: true,
        }),
      );
      expect(foreign.status).toBe(400);

      const recode = { decision: 'recode', evaluationId: evaluation!.id, noConflict: true };
      const one = await decide(first, appeal.id, { ...recode, reason: 'The follow-up shows a lasting effect.' });
      expect(one.status).toBe(200);
      expect(one.body.status).toBe('in-review');
      // Until both decided, the other reviewer's decision is not shown to members.
      const meanwhile = (await inquiriesOf(practice.id, author)).items[0]!;
      expect(meanwhile.reviews.map((review) => review.decision)).toEqual([null, null]);
      const twice = await decide(first, appeal.id, { ...recode, reason: 'Again.' });
      expect(twice.status).toBe(409);

      const two = await decide(second, appeal.id, { ...recode, reason: 'Agreed: code the follow-up.' });
      expect(two.status).toBe(200);
      expect(two.body).toMatchObject({ status: 'closed', outcome: 'recode', outcomeEvaluationId: evaluation!.id });
      expect(await lineAbout(author, practice.id)).toMatchObject({ data: { event: 'closed', outcome: 'recode' } });

      // Public: that it exists, its status and outcome; not the texts, the appellant or the reviewers.
      const forVisitor = (await inquiriesOf(practice.id)).items;
      expect(forVisitor).toEqual([
        expect.objectContaining({
          kind: 'appeal',
          status: 'closed',
          outcome: 'recode',
          reason: null,
          evidence: null,
          asker: null,
        }),
      ]);
      expect(forVisitor[0]!.reviews).toEqual([
        expect.objectContaining({ reviewer: null, decision: 'recode', reason: null }),
        expect.objectContaining({ reviewer: null, decision: 'recode', reason: null }),
      ]);
      expect((await inquiriesOf(practice.id, cast.practitioner)).items[0]).toMatchObject({
        evidence: 'A follow-up at 24 months was published in 2025.',
        links: ['https://doi.org/10.1000/follow-up'],
      });
      expect(await auditOf(appeal.id)).toEqual([
        ['inquiry.file', author.user.id],
        ['inquiry.assign', cast.admin.user.id],
        ['inquiry.decide', first.user.id],
        ['inquiry.decide', second.user.id],
      ]);
      expect((await decide(cast.coordinator, appeal.id, { decision: 'uphold', reason: 'x' })).status).toBe(409);
      // Closed: the author may appeal again.
      expect((await inquiriesOf(practice.id, author)).canAppeal).toBe(true);
    });

    it('reviewers who disagree leave it to a coordinator without a conflict, who settles it', async () => {
      const author = await buildUser(app);
      const practice = await buildPractice(app, { status: 'inspiring', author });
      const [first, second] = [await researcher(), await researcher()];
      const settler = await buildUser(app, { role: 'coordinator' });
      const appeal = await buildInquiry(app, { practice, asker: author, kind: 'appeal', reviewers: [first, second] });
      await decide(first, appeal.id, { decision: 'uphold', reason: 'The rule was applied right.', noConflict: true });
      const split = await decide(second, appeal.id, {
        decision: 'new-study',
        reason: 'Only a trial would tell.',
        noConflict: true,
      });
      expect(split.body.status).toBe('awaiting-settlement');
      expect(await lineAbout(settler, practice.id)).toMatchObject({ data: { event: 'disagreement' } });
      expect((await decide(first, appeal.id, { decision: 'uphold', reason: 'x', noConflict: true })).status).toBe(403);

      const conflicted = await buildUser(app, { role: 'coordinator' });
      await buildEvaluationRow(app, { practice, author: conflicted });
      expect(
        (await unchangedBy(app, () => decide(conflicted, appeal.id, { decision: 'uphold', reason: 'x' }))).status,
      ).toBe(403);

      const settled = await decide(settler, appeal.id, {
        decision: 'uphold',
        reason: 'The rating stands; a trial is welcome.',
      });
      expect(settled.status).toBe(200);
      expect(settled.body).toMatchObject({
        status: 'closed',
        outcome: 'uphold',
        answer: 'The rating stands; a trial is welcome.',
      });
      expect(await lineAbout(author, practice.id)).toMatchObject({ data: { event: 'closed', outcome: 'uphold' } });
      expect((await auditOf(appeal.id)).at(-1)).toEqual(['inquiry.settle', settler.user.id]);
    });

    it('one open appeal at a time; the queue lists the open ones, with deadlines, to coordinators and assigned reviewers', async () => {
      const author = await buildUser(app);
      const practice = await buildPractice(app, { status: 'inspiring', author });
      const reviewer = await researcher();
      const appeal = await buildInquiry(app, {
        practice,
        asker: author,
        kind: 'appeal',
        reviewers: [reviewer, cast.coordinator],
      });
      const again = await unchangedBy(app, () =>
        app.request('POST', `/api/practices/${practice.id}/inquiries`, {
          token: author.token,
          body: { kind: 'appeal', reason: 'Again.' },
        }),
      );
      expect(again.status).toBe(409);
      await app.dataSource.query(`UPDATE rating_inquiries SET created_at = now() - interval '61 days' WHERE id = $1`, [
        appeal.id,
      ]);
      const queueOf = async (who: BuiltUser | undefined) =>
        app.request('GET', '/api/inquiries?limit=100', { token: who?.token });
      expect((await queueOf(undefined)).status).toBe(401);
      expect((await queueOf(cast.pending)).status).toBe(403);
      const forCoordinator = (await queueOf(cast.admin)).body.items as Inquiry[];
      expect(forCoordinator.find((item) => item.id === appeal.id)).toMatchObject({ overdue: true, canAssign: false });
      expect(((await queueOf(reviewer)).body.items as Inquiry[]).map((item) => item.id)).toEqual([appeal.id]);
      expect((await queueOf(cast.practitioner)).body.items).toEqual([]);
    });
  });

  it('joins the account export, and erasure keeps the appeal without its appellant', async () => {
    const author = await buildUser(app);
    const reviewer = await researcher();
    const appeal = await buildInquiry(app, { asker: author, kind: 'appeal', reviewers: [reviewer, cast.coordinator] });
    const exported = await app.request('GET', '/api/users/me/export', { token: author.token });
    expect(exported.body.inquiries).toEqual([expect.objectContaining({ id: appeal.id, mine: true })]);
    const reviewed = await app.request('GET', '/api/users/me/export', { token: reviewer.token });
    expect(reviewed.body.inquiries).toEqual([
      expect.objectContaining({
        id: appeal.id,
        reviews: expect.arrayContaining([expect.objectContaining({ mine: true })]),
      }),
    ]);
    const erased = await app.request('DELETE', '/api/users/me', {
      token: author.token,
      body: { password: 'Test-password-1' },
    });
    expect(erased.status).toBeLessThan(300);
    const [row] = await app.dataSource.query(`SELECT asker_id FROM rating_inquiries WHERE id = $1`, [appeal.id]);
    expect(row).toEqual({ asker_id: null });
  });
});
