import type { Practice, PracticeRevision, PracticeSummary } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildUser, unchangedBy, type BuiltUser } from './support/factories';
import { buildEvaluation, buildPractice, buildResourceRow } from './support/builders';

describe('practice revisions and lists', () => {
  let app: TestApp;
  let author: BuiltUser;
  let coordinator: BuiltUser;
  let researcher: BuiltUser;
  let reader: BuiltUser;
  beforeAll(async () => {
    app = await createTestApp();
    [author, coordinator, researcher, reader] = await Promise.all([
      buildUser(app),
      buildUser(app, { role: 'coordinator' }),
      buildUser(app, { role: 'researcher' }),
      buildUser(app),
    ]);
  });
  afterAll(() => app.close());

  const get = async (id: string, token?: string): Promise<Practice> =>
    (await app.request('GET', `/api/practices/${id}`, { token })).body;

  describe('editing a published practice', () => {
    it('keeps the published text public while a new revision is written, reviewed and published', async () => {
      const resource = await buildResourceRow(app, { scope: 'public' });
      const practice = await buildPractice(app, {
        author,
        reviewer: coordinator,
        status: 'inspiring',
        summary: 'The first summary.',
        relatedResourceIds: [resource],
      });
      const path = `/api/practices/${practice.id}`;
      const before = (await get(practice.id)).updatedAt;

      const edited = await app.request('PATCH', path, {
        token: author.token,
        body: { summary: 'The second summary.', countries: ['FI'] },
      });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({
        curationLabel: 'inspiring',
        revision: 1,
        summary: 'The first summary.',
        pendingRevision: {
          number: 2,
          label: 'draft',
          content: { summary: 'The second summary.', countries: ['FI'], relatedResourceIds: [resource] },
        },
      });
      // A second edit changes the same pending revision.
      const again = await app.request('PATCH', path, { token: author.token, body: { description: 'Longer now.' } });
      expect(again.body.pendingRevision).toMatchObject({
        number: 2,
        content: { summary: 'The second summary.', description: 'Longer now.' },
      });

      for (const token of [undefined, reader.token, researcher.token]) {
        const seen = await get(practice.id, token);
        expect(seen).toMatchObject({
          summary: 'The first summary.',
          countries: ['DE', 'DK'],
          pendingRevision: null,
          revision: 1,
        });
        const revisions = (await app.request('GET', `${path}/revisions`, { token })).body as PracticeRevision[];
        expect(revisions.map((r) => [r.number, r.state])).toEqual([[1, 'published']]);
        expect((await app.request('GET', `${path}/revisions/2`, { token })).status).toBe(404);
      }
      const publicList = await app.request('GET', '/api/practices?country=FI&limit=100');
      expect(publicList.body.items.map((p: PracticeSummary) => p.id)).not.toContain(practice.id);

      expect((await app.request('POST', `${path}/submit`, { token: author.token })).body.pendingRevision.label).toBe(
        'submitted',
      );
      const queue = await app.request('GET', '/api/practices?status=submitted&limit=100', { token: coordinator.token });
      expect(queue.body.items.map((p: PracticeSummary) => p.id)).toContain(practice.id);

      // Returning the change keeps the published text.
      const returned = await app.request('POST', `${path}/review`, {
        token: coordinator.token,
        body: { decision: 'return', comment: 'Say which region of Finland.' },
      });
      expect(returned.body).toMatchObject({
        curationLabel: 'inspiring',
        summary: 'The first summary.',
        pendingRevision: { number: 2, label: 'returned', returnReason: 'Say which region of Finland.' },
      });
      expect((await get(practice.id)).summary).toBe('The first summary.');
      await app.request('PATCH', path, { token: author.token, body: { summary: 'The second summary, in Uusimaa.' } });
      await app.request('POST', `${path}/submit`, { token: author.token });

      const published = await app.request('POST', `${path}/review`, {
        token: coordinator.token,
        body: { decision: 'publish' },
      });
      expect(published.body).toMatchObject({ revision: 2, pendingRevision: null, curationLabel: 'inspiring' });
      const now = await get(practice.id);
      expect(now).toMatchObject({ summary: 'The second summary, in Uusimaa.', countries: ['FI'], revision: 2 });
      expect(now.relatedResources.map((r) => r.id)).toEqual([resource]);
      expect(Date.parse(now.updatedAt)).toBeGreaterThan(Date.parse(before));
      const revisions = (await app.request('GET', `${path}/revisions`)).body as PracticeRevision[];
      expect(revisions.map((r) => [r.number, r.state, r.content.summary])).toEqual([
        [1, 'superseded', 'The first summary.'],
        [2, 'published', 'The second summary, in Uusimaa.'],
      ]);
      const one = await app.request('GET', `${path}/revisions/1`);
      expect(one.body).toMatchObject({ number: 1, state: 'superseded', author: { id: author.user.id } });
      const list = await app.request('GET', '/api/practices?country=FI&limit=100');
      expect(list.body.items.map((p: PracticeSummary) => p.id)).toContain(practice.id);
    });

    it('shows the author every revision, and nobody else the drafts', async () => {
      const practice = await buildPractice(app, { author, reviewer: coordinator, status: 'inspiring' });
      await app.request('PATCH', `/api/practices/${practice.id}`, {
        token: author.token,
        body: { title: 'A secret working title' },
      });
      const own = (await app.request('GET', `/api/practices/${practice.id}/revisions`, { token: author.token })).body;
      expect(own.map((r: PracticeRevision) => r.state)).toEqual(['published', 'draft']);
      const coordinators = (
        await app.request('GET', `/api/practices/${practice.id}/revisions/2`, { token: coordinator.token })
      ).body;
      expect(coordinators.content.title).toBe('A secret working title');
      const visitor = await app.request('GET', `/api/practices/${practice.id}/revisions`);
      expect(JSON.stringify(visitor.body)).not.toContain('A secret working title');
      const list = await app.request('GET', '/api/practices?q=secret+working');
      expect(list.body.items).toEqual([]);
      expect(
        (await app.request('GET', `/api/practices/${practice.id}/revisions/9`, { token: author.token })).status,
      ).toBe(404);
    });

    it('refuses an empty or bad change with 400, and a change by someone else with 403', async () => {
      const practice = await buildPractice(app, { author, reviewer: coordinator, status: 'inspiring' });
      const path = `/api/practices/${practice.id}`;
      await unchangedBy(app, async () => {
        expect((await app.request('PATCH', path, { token: author.token, body: {} })).status).toBe(400);
        const bad = await app.request('PATCH', path, { token: author.token, body: { title: '' } });
        expect(bad.status).toBe(400);
        expect(bad.body.message).toEqual([expect.stringMatching(/^title: /)]);
        expect((await app.request('PATCH', path, { token: reader.token, body: { title: 'Mine now' } })).status).toBe(
          403,
        );
      });
    });
  });

  describe('GET /api/practices filters', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      const school = await buildPractice(app, {
        author,
        reviewer: coordinator,
        status: 'inspiring',
        title: 'Body safety lessons',
        targetGroups: ['children'],
        preventionLevel: 'primary',
        settings: ['school'],
        countries: ['SE'],
        languages: ['sv'],
        language: 'sv',
      });
      const prison = await buildPractice(app, {
        author,
        reviewer: coordinator,
        status: 'peer-reviewed',
        title: 'Circles of support',
        targetGroups: ['people-who-have-offended'],
        preventionLevel: 'tertiary',
        settings: ['prison-and-probation'],
        countries: ['NL'],
      });
      const draft = await buildPractice(app, { author, title: 'Unpublished school draft', settings: ['school'] });
      await buildEvaluation(app, { practice: school, author: researcher });
      await buildEvaluation(app, {
        practice: prison,
        author: researcher,
        design: 'pre-post',
        outcomes: [
          { construct: 'sexual-reoffending', measure: 'official-records', direction: 'positive', significant: true },
        ],
      });
      ids = { school: school.id, prison: prison.id, draft: draft.id };
    });

    const listed = async (query: string, token?: string) => {
      const response = await app.request('GET', `/api/practices?limit=100&${query}`, { token });
      expect(response.status).toBe(200);
      return (response.body.items as PracticeSummary[])
        .map((p) => p.id)
        .filter((id) => Object.values(ids).includes(id));
    };

    it.each([
      ['targetGroup=children', ['school']],
      ['preventionLevel=tertiary', ['prison']],
      ['setting=school', ['school']],
      ['country=nl', ['prison']],
      ['language=sv', ['school']],
      ['q=circles', ['prison']],
      ['status=peer-reviewed', ['prison']],
      ['rating=effective', ['school']],
      ['rating=promising', ['prison']],
      ['rating=possible-harm', []],
      ['minStrength=3', ['school']],
      ['minStrength=2', ['school', 'prison']],
      ['rating=effective&minStrength=4', []],
    ])('%s', async (query, expected) => {
      expect((await listed(query)).sort()).toEqual(expected.map((name) => ids[name]).sort());
    });

    it('lists the newest change first, with summaries of the rating', async () => {
      const items = await listed('');
      expect(items).toEqual([ids.prison, ids.school]);
      const page = await app.request('GET', '/api/practices?minStrength=3&limit=100');
      const school = page.body.items.find((p: PracticeSummary) => p.id === ids.school);
      expect(school).toMatchObject({
        slug: 'body-safety-lessons',
        evidenceRating: { bestStrength: 3 },
        archiveProposed: false,
      });
    });

    it('lists one’s own practices whatever their label with mine=true, and nothing for a visitor', async () => {
      expect((await listed('mine=true', author.token)).sort()).toEqual(Object.values(ids).sort());
      expect(await listed('mine=true&status=draft', author.token)).toEqual([ids.draft]);
      expect(await listed('mine=true')).toEqual([]);
      expect(await listed('status=draft', reader.token)).toEqual([]);
      expect(await listed('status=draft', coordinator.token)).toEqual([ids.draft]);
    });

    it('refuses unknown filter values and forged cursors with 400', async () => {
      for (const query of [
        'rating=great',
        'minStrength=5',
        'status=secret',
        'targetGroup=everyone',
        'country=XX',
        'cursor=nonsense',
      ]) {
        const response = await app.request('GET', `/api/practices?${query}`);
        expect([query, response.status]).toEqual([query, 400]);
      }
    });

    it('pages with a cursor', async () => {
      const first = await app.request('GET', '/api/practices?limit=1');
      expect(first.body.items).toHaveLength(1);
      const second = await app.request('GET', `/api/practices?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    });

    it('proposes archiving a practice unchanged for 25 months', async () => {
      const old = await buildPractice(app, {
        author,
        reviewer: coordinator,
        status: 'inspiring',
        title: 'An old campaign',
      });
      await app.dataSource.query(`UPDATE practices SET updated_at = now() - interval '25 months' WHERE id = $1`, [
        old.id,
      ]);
      const proposed = await app.request('GET', '/api/practices?status=archive-proposed&limit=100', {
        token: coordinator.token,
      });
      expect(proposed.body.items.map((p: PracticeSummary) => p.id)).toEqual([old.id]);
      expect(proposed.body.items[0].archiveProposed).toBe(true);
      expect((await get(old.id)).archiveProposed).toBe(true);
      expect((await get(ids.school!)).archiveProposed).toBe(false);
      const archived = await app.request('POST', `/api/practices/${old.id}/review`, {
        token: coordinator.token,
        body: { decision: 'archive' },
      });
      expect(archived.body).toMatchObject({ curationLabel: 'archived', archiveProposed: false });
    });
  });
});
