import type { CurationEvent, Notification, Practice, PracticeSummary } from '@pn/shared';
import { COUNTRY_CODES } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildGroup,
  buildUser,
  CAST_KINDS,
  tokenOf,
  unchangedBy,
  type BuiltUser,
  type Cast,
  type CastKind,
} from './support/factories';
import { buildPractice, buildResourceRow, practiceBody } from './support/builders';

describe('practices', () => {
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

  describe('POST /api/practices', () => {
    it('is for active members: 401 for a visitor, 403 for a pending account', async () => {
      await unchangedBy(app, async () => {
        expect((await app.request('POST', '/api/practices', { body: practiceBody() })).status).toBe(401);
        const pending = await app.request('POST', '/api/practices', {
          token: cast.pending.token,
          body: practiceBody(),
        });
        expect(pending.status).toBe(403);
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a missing title', { title: undefined }, 'title'],
      ['200 countries', { countries: COUNTRY_CODES.slice(0, 200) }, 'countries'],
      ['a start year of 3000', { startYear: 3000 }, 'startYear'],
      ['an unknown target group', { targetGroups: ['everyone'] }, 'targetGroups.0'],
      ['an evidence rating typed in', { evidenceRating: { bestStrength: 4 } }, 'evidenceRating'],
    ])('refuses %s with 400 naming the field, changing nothing', async (_name, change, field) => {
      const response = await unchangedBy(app, () =>
        app.request('POST', '/api/practices', { token: author.token, body: { ...practiceBody(), ...change } }),
      );
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(field);
    });

    it('refuses related resources that do not exist or that the author may not see', async () => {
      const group = await buildGroup(app);
      const hidden = await buildResourceRow(app, { scope: 'group', groupId: group.id });
      for (const id of [hidden, '00000000-0000-4000-8000-000000000000']) {
        const response = await unchangedBy(app, () =>
          app.request('POST', '/api/practices', {
            token: author.token,
            body: practiceBody({ relatedResourceIds: [id] }),
          }),
        );
        expect(response.status).toBe(400);
        expect(response.body.message[0]).toMatch(/^relatedResourceIds: /);
      }
    });

    it('stores a draft of its author, with its slug, completeness and no rating', async () => {
      const resource = await buildResourceRow(app, { scope: 'members' });
      const response = await app.request('POST', '/api/practices', {
        token: author.token,
        body: practiceBody({
          title: 'Talk early: parents’ groups',
          countries: ['se'],
          implementation: 'Two trained staff per group.',
          relatedResourceIds: [resource],
        }),
      });
      expect(response.status).toBe(201);
      const practice: Practice = response.body;
      expect(practice).toMatchObject({
        slug: 'talk-early-parents-groups',
        curationLabel: 'draft',
        revision: 1,
        countries: ['SE'],
        survivorInvolvement: 'none',
        author: { id: author.user.id },
        evidenceRating: { outcomes: [], bestStrength: 0, harm: [] },
        completeness: { mechanism: 'none', context: 'none', implementation: 'some', cost: 'none' },
        feedbackSummary: { count: 0, averageUsefulness: null, totalReached: 0, countries: [] },
        relatedResourceIds: [resource],
        publishedAt: null,
        pendingRevision: null,
        canEdit: true,
        canReview: false,
        canEvaluate: false,
        canGiveFeedback: false,
      });
      expect(practice.relatedResources.map((r) => r.id)).toEqual([resource]);
    });
  });

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

  describe('who may do what in each state', () => {
    type Actor = CastKind | 'author';
    const ACTORS: Actor[] = [...CAST_KINDS, 'author'];
    const tokenFor = (actor: Actor) => (actor === 'author' ? author.token : tokenOf(cast, actor));

    it.each<['draft' | 'submitted' | 'inspiring', Actor[]]>([
      ['draft', ['author', 'coordinator', 'admin']],
      ['submitted', ['author', 'coordinator', 'admin']],
      ['inspiring', ['visitor', 'pending', 'practitioner', 'researcher', 'coordinator', 'admin', 'author']],
    ])(
      'a practice %s is read by %j only; everyone else gets 404, by id, in lists and in revisions',
      async (state, readers) => {
        const practice =
          state === 'inspiring'
            ? await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' })
            : await buildPractice(app, { author });
        if (state === 'submitted')
          await app.request('POST', `/api/practices/${practice.id}/submit`, { token: author.token });
        for (const actor of ACTORS) {
          const token = tokenFor(actor);
          const expected = readers.includes(actor) ? 200 : 404;
          for (const suffix of ['', '/revisions', '/revisions/1', '/evaluations', '/feedback']) {
            const response = await app.request('GET', `/api/practices/${practice.id}${suffix}`, { token });
            expect([actor, suffix, response.status]).toEqual([actor, suffix, expected]);
          }
          const list = await app.request(
            'GET',
            `/api/practices?limit=100${state === 'inspiring' ? '' : `&status=${state}`}`,
            { token },
          );
          expect([actor, list.body.items.some((p: PracticeSummary) => p.id === practice.id)]).toEqual([
            actor,
            readers.includes(actor),
          ]);
          if (expected === 404) expect(JSON.stringify(list.body)).not.toContain(practice.title);
        }
      },
    );

    it('answers each action by state and actor', async () => {
      const draft = await buildPractice(app, { author });
      const published = await buildPractice(app, { author, reviewer: cast.coordinator, status: 'inspiring' });
      const cases: Array<[string, string, unknown, Record<Actor, number>]> = [
        [
          'PATCH',
          `/api/practices/${draft.id}`,
          { summary: 'New.' },
          { visitor: 401, pending: 403, practitioner: 404, researcher: 404, coordinator: 403, admin: 403, author: 200 },
        ],
        [
          'POST',
          `/api/practices/${draft.id}/review`,
          { decision: 'publish' },
          { visitor: 401, pending: 403, practitioner: 403, researcher: 403, coordinator: 409, admin: 409, author: 403 },
        ],
        [
          'GET',
          `/api/practices/${draft.id}/history`,
          undefined,
          { visitor: 401, pending: 403, practitioner: 404, researcher: 404, coordinator: 200, admin: 200, author: 200 },
        ],
        [
          'GET',
          `/api/practices/${published.id}/history`,
          undefined,
          { visitor: 401, pending: 403, practitioner: 403, researcher: 403, coordinator: 200, admin: 200, author: 200 },
        ],
        [
          'POST',
          `/api/practices/${published.id}/submit`,
          undefined,
          { visitor: 401, pending: 403, practitioner: 403, researcher: 403, coordinator: 403, admin: 403, author: 409 },
        ],
        [
          'POST',
          `/api/practices/${published.id}/evaluations`,
          {},
          { visitor: 401, pending: 403, practitioner: 403, researcher: 400, coordinator: 403, admin: 403, author: 403 },
        ],
        [
          'POST',
          `/api/practices/${draft.id}/feedback`,
          {},
          { visitor: 401, pending: 403, practitioner: 400, researcher: 400, coordinator: 400, admin: 400, author: 400 },
        ],
      ];
      for (const [method, path, body, expected] of cases) {
        for (const actor of ACTORS) {
          const response = await app.request(method, path, { token: tokenFor(actor), body });
          expect([method, path, actor, response.status]).toEqual([method, path, actor, expected[actor]]);
        }
      }
      const submit = await app.request('POST', `/api/practices/${draft.id}/submit`, { token: cast.coordinator.token });
      expect(submit.status).toBe(403);
    });

    it('answers 400 for an id that is not a UUID and 404 for one that does not exist', async () => {
      expect((await app.request('GET', '/api/practices/not-an-id')).status).toBe(400);
      expect((await app.request('GET', '/api/practices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });

  describe('export and erasure', () => {
    it('exports the practices with their revisions, and keeps them after erasure under an anonymous author', async () => {
      const writer = await buildUser(app);
      const practice = await buildPractice(app, { author: writer, reviewer: cast.coordinator, status: 'inspiring' });
      await app.request('PATCH', `/api/practices/${practice.id}`, {
        token: writer.token,
        body: { summary: 'A newer summary.' },
      });
      const exported = await app.request('GET', '/api/users/me/export', { token: writer.token });
      expect(exported.status).toBe(200);
      expect(exported.body.practices).toEqual([
        expect.objectContaining({
          id: practice.id,
          curationLabel: 'inspiring',
          revisions: [
            expect.objectContaining({ number: 1, state: 'published' }),
            expect.objectContaining({
              number: 2,
              state: 'draft',
              content: expect.objectContaining({ summary: 'A newer summary.' }),
            }),
          ],
        }),
      ]);
      expect(exported.body.evaluations).toEqual([]);
      expect(exported.body.feedback).toEqual([]);

      expect((await app.request('DELETE', '/api/users/me', { token: writer.token })).status).toBe(204);
      const after = await app.request('GET', `/api/practices/${practice.id}`);
      expect(after.status).toBe(200);
      expect(after.body.author).toEqual({ id: writer.user.id, displayName: 'Former member' });
    });
  });
});
