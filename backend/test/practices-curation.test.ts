import type { CurationEvent, Notification, PracticeSummary } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildCast, buildPractice, buildUser, type BuiltUser, type Cast } from './support/builders';
import { unchangedBy } from './support/factories';

describe('practices: the curation flow', () => {
  let app: TestApp;
  let cast: Cast;
  let author: BuiltUser;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    author = await buildUser(app);
  });
  afterAll(() => app.close());

  const notificationsOf = async (user: BuiltUser): Promise<Notification[]> =>
    (await app.request('GET', '/api/notifications', { token: user.token })).body.items;
  const auditOf = async (id: string) =>
    (await app.request('GET', `/api/admin/audit?targetId=${id}`, { token: cast.admin.token })).body.items as Array<{
      action: string;
      actor: { id: string } | null;
      details: Record<string, unknown>;
    }>;

  describe('the whole curation flow', () => {
    it('goes draft -> submitted -> returned -> submitted -> inspiring -> peer-reviewed -> archived, audited and notified', async () => {
      const coordinator = cast.coordinator;
      const other = await buildUser(app, { role: 'coordinator' });
      const practice = await buildPractice(app, { author });
      const path = `/api/practices/${practice.id}`;

      const submitted = await app.request('POST', `${path}/submit`, { token: author.token });
      expect(submitted.status).toBe(200);
      expect(submitted.body.curationLabel).toBe('submitted');
      for (const reviewer of [coordinator, other]) {
        const line = (await notificationsOf(reviewer)).find((n) => n.practice?.id === practice.id);
        expect(line).toMatchObject({
          kind: 'practice-submitted',
          practice: { title: practice.title },
          actor: { id: author.user.id },
        });
      }
      const queue = await app.request('GET', '/api/practices?status=submitted&limit=100', { token: coordinator.token });
      expect(queue.body.items.map((p: PracticeSummary) => p.id)).toContain(practice.id);
      // Under review, the author cannot change it.
      expect((await app.request('PATCH', path, { token: author.token, body: { summary: 'Changed.' } })).status).toBe(
        409,
      );

      const noComment = await unchangedBy(app, () =>
        app.request('POST', `${path}/review`, { token: coordinator.token, body: { decision: 'return' } }),
      );
      expect(noComment.status).toBe(400);
      expect(noComment.body.message).toEqual([expect.stringMatching(/^comment: /)]);

      const returned = await app.request('POST', `${path}/review`, {
        token: coordinator.token,
        body: { decision: 'return', comment: 'Please describe the costs.' },
      });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({ curationLabel: 'returned', returnReason: 'Please describe the costs.' });
      const decision = (await notificationsOf(author)).find((n) => n.kind === 'practice-decision');
      expect(decision).toMatchObject({
        practice: { id: practice.id },
        data: { decision: 'return', comment: 'Please describe the costs.' },
      });
      // Others do not see why it was returned, nor that it exists.
      expect((await app.request('GET', path, { token: cast.practitioner.token })).status).toBe(404);

      const edited = await app.request('PATCH', path, {
        token: author.token,
        body: { cost: 'About 900 euros a year.' },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ curationLabel: 'returned', revision: 1, cost: 'About 900 euros a year.' });
      expect((await app.request('POST', `${path}/submit`, { token: author.token })).body.curationLabel).toBe(
        'submitted',
      );

      const published = await app.request('POST', `${path}/review`, {
        token: coordinator.token,
        body: { decision: 'publish' },
      });
      expect(published.status).toBe(200);
      expect(published.body).toMatchObject({ curationLabel: 'inspiring', revision: 1, returnReason: null });
      expect(published.body.publishedAt).not.toBeNull();
      const visitor = await app.request('GET', path);
      expect(visitor.status).toBe(200);
      expect(visitor.body).toMatchObject({ title: practice.title, curationLabel: 'inspiring', canEdit: false });

      const peer = await app.request('POST', `${path}/review`, {
        token: other.token,
        body: { decision: 'peer-review', comment: 'Two reviewers agree.' },
      });
      expect(peer.body.curationLabel).toBe('peer-reviewed');
      const archived = await app.request('POST', `${path}/review`, {
        token: coordinator.token,
        body: { decision: 'archive' },
      });
      expect(archived.body.curationLabel).toBe('archived');
      const again = await app.request('POST', `${path}/review`, {
        token: coordinator.token,
        body: { decision: 'archive' },
      });
      expect(again.status).toBe(409);

      // Archived: readable by id for everyone, with its label; out of the default list.
      expect((await app.request('GET', path)).body.curationLabel).toBe('archived');
      const list = await app.request('GET', '/api/practices?limit=100');
      expect(list.body.items.map((p: PracticeSummary) => p.id)).not.toContain(practice.id);
      const archivedList = await app.request('GET', '/api/practices?status=archived&limit=100');
      expect(archivedList.body.items.map((p: PracticeSummary) => p.id)).toContain(practice.id);

      const history: CurationEvent[] = (await app.request('GET', `${path}/history`, { token: author.token })).body;
      expect(history.map((event) => [event.action, event.revision, event.comment])).toEqual([
        ['submit', 1, null],
        ['return', 1, 'Please describe the costs.'],
        ['submit', 1, null],
        ['publish', 1, null],
        ['peer-review', 1, 'Two reviewers agree.'],
        ['archive', 1, null],
      ]);
      expect(history[1]!.actor).toMatchObject({ id: coordinator.user.id });
      const audit = await auditOf(practice.id);
      expect(audit.map((entry) => entry.action).sort()).toEqual(
        [
          'practice.archive',
          'practice.peer-review',
          'practice.publish',
          'practice.return',
          'practice.submit',
          'practice.submit',
        ].sort(),
      );
      const decisions = (await notificationsOf(author)).find(
        (n) => n.kind === 'practice-decision' && n.practice?.id === practice.id,
      );
      expect(decisions).toMatchObject({ count: 4, data: { decision: 'archive' } });
    });

    it('keeps a coordinator from reviewing their own practice', async () => {
      const own = await buildPractice(app, { author: cast.coordinator });
      await app.request('POST', `/api/practices/${own.id}/submit`, { token: cast.coordinator.token });
      const response = await unchangedBy(app, () =>
        app.request('POST', `/api/practices/${own.id}/review`, {
          token: cast.coordinator.token,
          body: { decision: 'publish' },
        }),
      );
      expect(response.status).toBe(403);
      expect(response.body.message).toMatch(/another coordinator/);
      expect(
        (await app.request('GET', `/api/practices/${own.id}`, { token: cast.coordinator.token })).body.canReview,
      ).toBe(false);
      const byAdmin = await app.request('POST', `/api/practices/${own.id}/review`, {
        token: cast.admin.token,
        body: { decision: 'publish' },
      });
      expect(byAdmin.body.curationLabel).toBe('inspiring');
    });
  });
});
