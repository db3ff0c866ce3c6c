import type { SearchResults } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildEvaluationRow,
  buildGroup,
  buildMessage,
  buildPracticeRow,
  buildThread,
  buildUser,
  type BuiltUser,
} from './support/builders';
import { shareLink } from './support/resources';
import { search } from './support/search';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

const titles = (results: SearchResults) => results.items.map((hit) => hit.title).sort();
const facet = (results: SearchResults, name: keyof SearchResults['facets']) =>
  Object.fromEntries(results.facets[name].map(({ value, count }) => [value, count]));

describe('GET /api/search: who sees what', () => {
  // One word that only this describe's content has; every document of it matches.
  const WORD = 'zebrafinch';
  let people: Record<'pending' | 'outsider' | 'member' | 'author' | 'coordinator' | 'admin', BuiltUser>;
  const expected: Record<string, string[]> = {};

  beforeAll(async () => {
    people = {
      pending: await buildUser(app, { status: 'pending' }),
      outsider: await buildUser(app),
      member: await buildUser(app),
      author: await buildUser(app),
      coordinator: await buildUser(app, { role: 'coordinator' }),
      admin: await buildUser(app, { role: 'admin' }),
    };
    const closed = await buildGroup(app, { visibility: 'members' });
    const open = await buildGroup(app, { visibility: 'public' });
    const other = await buildGroup(app);
    await addMember(app, closed, people.member);
    await addMember(app, open, people.member);
    await addMember(app, other, people.outsider);
    const closedThread = await buildThread(app, { group: closed, author: people.member, title: 'Closed thread' });
    const openThread = await buildThread(app, { group: open, author: people.member, title: 'Open thread' });

    await buildMessage(app, { author: people.member, thread: closedThread, body: `${WORD} in a members-only group` });
    await buildMessage(app, { author: people.member, thread: openThread, body: `${WORD} in a public-read group` });
    // Never shown to anyone: deleted, hidden.
    const deleted = (await buildMessage(app, { author: people.member, thread: openThread, body: `${WORD} deleted` }))
      .id;
    expect((await app.request('DELETE', `/api/messages/${deleted}`, { token: people.member.token })).status).toBe(204);
    const hidden = (await buildMessage(app, { author: people.member, thread: openThread, body: `${WORD} hidden` })).id;
    await app.dataSource.query(`UPDATE messages SET hidden_at = now() WHERE id = $1`, [hidden]);

    await shareLink(app, people.member.token, { title: `${WORD} public resource`, scope: 'public', country: 'SE' });
    await shareLink(app, people.member.token, { title: `${WORD} members resource`, scope: 'members' });
    await shareLink(app, people.member.token, {
      title: `${WORD} group resource`,
      scope: 'group',
      groupSlug: closed.slug,
    });
    const removed = await shareLink(app, people.member.token, { title: `${WORD} removed resource`, scope: 'public' });
    expect((await app.request('DELETE', `/api/resources/${removed.id}`, { token: people.member.token })).status).toBe(
      204,
    );

    const published = await buildPracticeRow(app, {
      author: people.author,
      title: `${WORD} published practice`,
      ratingDirections: ['promising'],
    });
    await buildEvaluationRow(app, {
      practice: { id: published },
      author: people.author,
      summary: `A trial of ${WORD} work.`,
    });
    await buildPracticeRow(app, { author: people.author, title: `${WORD} draft practice`, label: 'draft' });
    const submitted = await buildPracticeRow(app, {
      author: people.outsider,
      title: `${WORD} submitted practice`,
      label: 'submitted',
    });
    expect(submitted).toBeDefined();

    const everyone = [
      'Open thread',
      `${WORD} public resource`,
      `${WORD} published practice`,
      // The evaluation's hit carries its practice's title.
      `${WORD} published practice`,
    ];
    expected.visitor = everyone;
    expected.pending = everyone;
    expected.outsider = [...everyone, `${WORD} members resource`, `${WORD} submitted practice`];
    expected.member = [...everyone, `${WORD} members resource`, 'Closed thread', `${WORD} group resource`];
    expected.author = [...everyone, `${WORD} members resource`, `${WORD} draft practice`];
    const drafts = [`${WORD} draft practice`, `${WORD} submitted practice`];
    expected.coordinator = [
      ...everyone,
      `${WORD} members resource`,
      'Closed thread',
      `${WORD} group resource`,
      ...drafts,
    ];
    // Admins curate practices (the practices rule) but have no implicit access to groups' content.
    expected.admin = [...everyone, `${WORD} members resource`, ...drafts];
  });

  it.each(['visitor', 'pending', 'outsider', 'member', 'author', 'coordinator', 'admin'])(
    'a %s sees exactly what they may read, in hits, total and facets',
    async (who) => {
      const token = who === 'visitor' ? undefined : people[who as keyof typeof people].token;
      const results = await search(app, token, { q: WORD, limit: 100 });
      expect(titles(results)).toEqual([...expected[who]!].sort());
      expect(results.total).toBe(expected[who]!.length);
      const kinds = facet(results, 'kind');
      const counted = Object.values(kinds).reduce((sum, count) => sum + count, 0);
      expect(counted).toBe(results.total);
      for (const kind of ['practice', 'evaluation', 'resource', 'message']) {
        expect(kinds[kind] ?? 0).toBe(results.items.filter((hit) => hit.kind === kind).length);
      }
      const languages = Object.values(facet(results, 'language')).reduce((sum, count) => sum + count, 0);
      expect(languages).toBe(results.total);
      expect(results.fuzzy).toBe(false);
    },
  );

  it('counts facets of the visible set only, with the filters applied', async () => {
    const visitor = await search(app, undefined, { q: WORD });
    expect(facet(visitor, 'type')).toEqual({ 'training-material': 1 });
    expect(facet(visitor, 'country')).toEqual({ SE: 1, DE: 2 });
    expect(facet(visitor, 'rating')).toEqual({ promising: 2 });
    const coordinator = await search(app, people.coordinator.token, { q: WORD, kind: 'resource' });
    expect(coordinator.total).toBe(3);
    expect(facet(coordinator, 'kind')).toEqual({ resource: 3 });
    const rated = await search(app, undefined, { q: WORD, rating: 'promising' });
    expect(rated.items.map((hit) => hit.kind).sort()).toEqual(['evaluation', 'practice']);
    const swedish = await search(app, undefined, { q: WORD, country: 'SE' });
    expect(titles(swedish)).toEqual([`${WORD} public resource`]);
  });

  it('gives each hit where it leads, and a plain-text snippet with highlight offsets', async () => {
    const results = await search(app, people.member.token, { q: WORD, kind: 'message' });
    const hit = results.items.find((item) => item.title === 'Closed thread')!;
    expect(hit.target).toMatchObject({ kind: 'message', threadId: expect.any(String), position: 1 });
    expect(hit.snippet).toBe(`${WORD} in a members-only group`);
    expect(hit.highlights).toEqual([[0, WORD.length]]);
    expect(hit.snippet).not.toMatch(/[<>\ue000\ue001]/);
    const practice = (await search(app, undefined, { q: WORD, kind: 'practice' })).items[0]!;
    expect(practice.target).toMatchObject({ kind: 'practice', slug: `${WORD}-published-practice` });
  });

  it('follows every change at once: edits, deletions, hiding, removal, groups and curation', async () => {
    const group = await buildGroup(app, { visibility: 'public' });
    await addMember(app, group, people.member);
    const thread = await buildThread(app, { group, author: people.member, title: 'Changing thread' });
    const message = (await buildMessage(app, { author: people.member, thread: thread, body: 'a word: quokka' })).id;
    const found = async (q: string, token?: string) => (await search(app, token, { q })).items.map((hit) => hit.id);

    expect(await found('quokka')).toEqual([message]);
    await app.request('PATCH', `/api/messages/${message}`, {
      token: people.member.token,
      body: { body: 'now wombat' },
    });
    expect(await found('quokka')).toEqual([]);
    expect(await found('wombat')).toEqual([message]);

    // The group turns members-only: visitors lose its messages, its members keep them.
    await app.dataSource.query(`UPDATE groups SET visibility = 'members' WHERE id = $1`, [group.id]);
    expect(await found('wombat')).toEqual([]);
    expect(await found('wombat', people.member.token)).toEqual([message]);
    expect(await found('wombat', people.outsider.token)).toEqual([]);
    await app.dataSource.query(`UPDATE groups SET visibility = 'public' WHERE id = $1`, [group.id]);
    expect(await found('wombat')).toEqual([message]);

    await app.dataSource.query(`UPDATE messages SET hidden_at = now() WHERE id = $1`, [message]);
    expect(await found('wombat', people.coordinator.token)).toEqual([]);
    await app.dataSource.query(`UPDATE messages SET hidden_at = NULL WHERE id = $1`, [message]);
    expect(await found('wombat')).toEqual([message]);
    await app.request('DELETE', `/api/messages/${message}`, { token: people.member.token });
    expect(await found('wombat', people.coordinator.token)).toEqual([]);

    const resource = await shareLink(app, people.member.token, { title: 'Platypus guide', scope: 'public' });
    expect(await found('platypus')).toEqual([resource.id]);
    await app.request('PATCH', `/api/resources/${resource.id}`, {
      token: people.member.token,
      body: { title: 'Echidna guide' },
    });
    expect(await found('platypus')).toEqual([]);
    expect(await found('echidna')).toEqual([resource.id]);
    await app.request('DELETE', `/api/resources/${resource.id}`, { token: people.member.token });
    expect(await found('echidna', people.coordinator.token)).toEqual([]);

    // Curation: a submitted practice is published, then one is returned to its author.
    const practice = await buildPracticeRow(app, {
      author: people.author,
      title: 'Numbat practice',
      label: 'submitted',
    });
    expect(await found('numbat')).toEqual([]);
    expect(await found('numbat', people.author.token)).toEqual([practice]);
    await app.dataSource.query(
      `UPDATE practices SET curation_label = 'inspiring', published_revision = 1 WHERE id = $1`,
      [practice],
    );
    expect(await found('numbat')).toEqual([practice]);
    const other = await buildPracticeRow(app, { author: people.author, title: 'Bilby practice', label: 'submitted' });
    await app.dataSource.query(`UPDATE practices SET curation_label = 'returned' WHERE id = $1`, [other]);
    expect(await found('bilby')).toEqual([]);
    expect(await found('bilby', people.author.token)).toEqual([other]);
    expect(await found('bilby', people.outsider.token)).toEqual([]);
  });
});
