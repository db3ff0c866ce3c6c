import type { SearchHit, SearchResults } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildEvaluationRow,
  buildGroup,
  buildMessage,
  buildMessages,
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
const ids = (results: SearchResults) => results.items.map((hit) => hit.id).sort();
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

describe('GET /api/search: languages and query syntax', () => {
  let author: BuiltUser;
  let threadId: string;

  beforeAll(async () => {
    author = await buildUser(app, { languages: ['da', 'en'] });
    const group = await buildGroup(app, { visibility: 'public' });
    await addMember(app, group, author);
    threadId = (await buildThread(app, { group, author, title: 'Sprog' })).id;
  });

  it('stems each document in its language: a Danish search finds the Danish plural', async () => {
    const resource = await shareLink(app, author.token, {
      title: 'Forebyggelsesprogrammer for unge',
      language: 'da',
      scope: 'public',
    });
    const queries: Array<Record<string, string>> = [
      { q: 'forebyggelsesprogram' },
      { q: 'forebyggelsesprogram', language: 'da' },
    ];
    for (const query of queries) {
      expect((await search(app, undefined, query)).items.map((hit) => hit.id)).toEqual([resource.id]);
    }
    expect((await search(app, undefined, { q: 'forebyggelsesprogram', language: 'sv' })).total).toBe(0);
  });

  it('ignores accents, and stems a message in the language given or its author’s first one', async () => {
    const given = (
      await buildMessage(app, {
        author,
        thread: { id: threadId },
        body: 'Vi har brug for evaluering af indsatserne',
        language: 'da',
      })
    ).id;
    const profile = (
      await buildMessage(app, { author, thread: { id: threadId }, body: 'Evalueringen af indsatsen kommer snart' })
    ).id;
    const plain = ids(await search(app, undefined, { q: 'evaluering indsats' }));
    expect(plain).toEqual([given, profile].sort());
    expect(ids(await search(app, undefined, { q: 'évaluering indsats' }))).toEqual(plain);
    const [language] = (await app.dataSource.query(`SELECT language FROM search_documents WHERE entity_id = $1`, [
      profile,
    ])) as Array<{ language: string }>;
    expect(language!.language).toBe('da');
  });

  it('matches phrases, prefixes, exclusions and or', async () => {
    const a = (
      await buildMessage(app, {
        author,
        thread: { id: threadId },
        body: 'the helpline for worried parents launched',
        language: 'en',
      })
    ).id;
    const b = (
      await buildMessage(app, {
        author,
        thread: { id: threadId },
        body: 'parents worried about the helpline',
        language: 'en',
      })
    ).id;
    expect(ids(await search(app, undefined, { q: '"worried parents"' }))).toEqual([a]);
    expect(ids(await search(app, undefined, { q: 'helpline parents' }))).toEqual([a, b].sort());
    expect(ids(await search(app, undefined, { q: 'helpline -launched' }))).toEqual([b]);
    expect(ids(await search(app, undefined, { q: 'helpl*' }))).toEqual([a, b].sort());
    expect(ids(await search(app, undefined, { q: 'launched or abouts' }))).toEqual([a]);
    expect(ids(await search(app, undefined, { q: 'launched or "parents worried"' }))).toEqual([a, b].sort());
  });

  it('tolerates a typo in a short query by the similarity of titles', async () => {
    const resource = await shareLink(app, author.token, {
      title: 'Safeguarding toolkit for sports clubs',
      scope: 'public',
    });
    const results = await search(app, undefined, { q: 'safegaurding' });
    expect(results.fuzzy).toBe(true);
    expect(results.items.map((hit) => hit.id)).toContain(resource.id);
    expect(results.total).toBe(results.items.length);
    // Not for what the searcher may not read.
    const hidden = await shareLink(app, author.token, { title: 'Confidentiality handbook', scope: 'members' });
    expect((await search(app, undefined, { q: 'confidentialty' })).items.map((hit) => hit.id)).not.toContain(hidden.id);
  });

  it('ranks a match in the title before a match in the text', async () => {
    const body = await shareLink(app, author.token, {
      title: 'Guide for staff',
      summary: 'Covers the grooming warning signs in detail.',
      scope: 'public',
    });
    const title = await shareLink(app, author.token, {
      title: 'Grooming warning signs',
      summary: 'Covers what to look for in detail.',
      scope: 'public',
    });
    const results = await search(app, undefined, { q: 'grooming warning' });
    expect(results.items.map((hit) => hit.id)).toEqual([title.id, body.id]);
    expect(results.items[0]!.rank).toBeGreaterThan(results.items[1]!.rank);
  });

  it('pages with the cursor: every hit once, none missed', async () => {
    const made = new Set<string>();
    for (let i = 0; i < 23; i++) {
      made.add(
        (
          await buildMessage(app, {
            author,
            thread: { id: threadId },
            body: `pagination marmot number ${i} ${'marmot '.repeat(i % 4)}`,
            language: 'en',
          })
        ).id,
      );
    }
    const seen: SearchHit[] = [];
    let cursor: string | null = null;
    do {
      const page: SearchResults = await search(app, undefined, {
        q: 'marmot',
        limit: 5,
        ...(cursor ? { cursor } : {}),
      });
      expect(page.total).toBe(23);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((hit) => hit.id).sort()).toEqual([...made].sort());
    const ranks = seen.map((hit) => hit.rank);
    expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
  });
});

describe('GET /api/search: bad input', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['x'.repeat(1000), 'too long'],
  ])('answers 400 naming q for %#: %s', async (q) => {
    const response = await app.request('GET', `/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toMatch(/q/);
  });

  it('answers 400 without q, and for a forged cursor or a bad filter', async () => {
    expect((await app.request('GET', '/api/search')).status).toBe(400);
    expect((await app.request('GET', '/api/search?q=a&cursor=bm9wZQ')).status).toBe(400);
    expect((await app.request('GET', '/api/search?q=a&kind=poem')).status).toBe(400);
    expect((await app.request('GET', '/api/search?q=a&language=xx')).status).toBe(400);
    expect((await app.request('GET', '/api/search?q=a&limit=1000')).status).toBe(400);
    // Text PostgreSQL cannot keep is refused like any other text field, naming it.
    for (const path of ['/api/search?q=a%00b', '/api/search/suggest?q=a%00b']) {
      const response = await app.request('GET', path);
      expect([path, response.status, response.body.message]).toEqual([
        path,
        400,
        ['q: must not contain NUL characters or unpaired surrogates'],
      ]);
    }
  });

  it.each([
    '!!! &&& |||',
    '"unbalanced',
    '-',
    '*',
    "'",
    '\\',
    '-everything',
    "'; DROP TABLE search_documents; --",
    "a' OR '1'='1",
    ':* & | ! <-> ()',
    '😀',
    'x'.repeat(300),
  ])('answers 200, never a 500, for %j', async (q) => {
    const response = await app.request('GET', `/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body.items)).toBe(true);
    const suggest = await app.request('GET', `/api/search/suggest?q=${encodeURIComponent(q)}`);
    expect(suggest.status).toBe(200);
  });

  it('answers an empty result for a query that is only operators or punctuation', async () => {
    const results = await search(app, undefined, { q: '!!! &&& |||' });
    expect(results).toMatchObject({ items: [], total: 0, nextCursor: null, fuzzy: false });
    expect((await app.dataSource.query(`SELECT count(*)::int AS n FROM search_documents`))[0].n).toBeGreaterThan(0);
  });
});

describe('GET /api/search: a common word', () => {
  it('ranks and counts the newest 1,000 matches the caller may read, and says more matched', async () => {
    const WORD = 'kingfisherword';
    const member = await buildUser(app);
    const group = await buildGroup(app, { visibility: 'public' });
    await addMember(app, group, member);
    const thread = await buildThread(app, { group, author: member, title: 'Many messages' });
    // 1,100 messages an hour apart, straight in the table (the search index follows in the same statement).
    const now = Date.now();
    await buildMessages(app, {
      thread,
      author: member,
      count: 1100,
      body: (i) => `${WORD} message number ${i}`,
      createdAt: (i) => new Date(now - (1101 - i) * 3_600_000),
    });
    const results = await search(app, undefined, { q: WORD, kind: 'message', limit: 100 });
    expect(results).toMatchObject({ total: 1000, capped: true, fuzzy: false });
    expect(results.facets.kind).toEqual([{ value: 'message', count: 1000 }]);

    // Paging through every candidate: the newest 1,000, each once; the oldest 100 are not among them.
    const seen = new Set<string>();
    let page: SearchResults = results;
    for (;;) {
      for (const hit of page.items) seen.add(hit.id);
      if (!page.nextCursor) break;
      page = await search(app, undefined, { q: WORD, kind: 'message', limit: 100, cursor: page.nextCursor });
    }
    expect(seen.size).toBe(1000);
    const [positions] = await app.dataSource.query(
      `SELECT min(position)::int AS first, max(position)::int AS last FROM messages WHERE id = ANY($1::uuid[])`,
      [[...seen]],
    );
    expect(positions).toEqual({ first: 101, last: 1100 });

    const rare = await search(app, undefined, { q: `${WORD} "number 1100"` });
    expect(rare).toMatchObject({ total: 1, capped: false });
  });
});
