import type { SearchHit, SearchResults } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import {
  addMember,
  buildGroup,
  buildMessage,
  buildMessages,
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

const ids = (results: SearchResults) => results.items.map((hit) => hit.id).sort();

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
