import type { Practice } from '@pn/shared';
import { COUNTRY_CODES } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  buildCast,
  buildGroup,
  buildPractice,
  buildResourceRow,
  buildUser,
  practiceBody,
  type BuiltUser,
  type Cast,
} from './support/builders';
import { unchangedBy } from './support/factories';

describe('practices: creating, exporting and erasing', () => {
  let app: TestApp;
  let cast: Cast;
  let author: BuiltUser;
  beforeAll(async () => {
    app = await createTestApp();
    cast = await buildCast(app);
    author = await buildUser(app);
  });
  afterAll(() => app.close());

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
        evidenceRating: { outcomes: [], bestStrength: 0, harm: [], reviewDue: false },
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
