import { generateScale, SCALE_PASSWORD } from '@pn/seeds';
import { EVIDENCE_RULE_VERSION, rateEvidence, type EvidenceRating } from '@pn/shared';
import { PassThrough } from 'node:stream';
import { Pool } from 'pg';
import { PasswordService } from '../src/modules/users/password.service';
import { toRatingInput } from '../src/modules/evaluations/evaluations.mapper';
import { evaluationsRepository } from '../src/modules/evaluations/evaluations.repository';
import { createTestApp, type TestApp } from './support/app';

const OPTIONS = { users: 120, messages: 900, resources: 60, practices: 45, seed: 7 };

/** The generator at a small size, into a migrated database, read back through SQL and the API. */
describe('the scale generator', () => {
  let app: TestApp;
  let pool: Pool;
  let progress = '';
  const count = async (sql: string) => Number((await app.dataSource.query(sql))[0].n as string);

  beforeAll(async () => {
    app = await createTestApp();
    pool = new Pool({ connectionString: app.databaseUrl, max: 2 });
    const out = new PassThrough();
    out.on('data', (chunk: Buffer) => (progress += chunk.toString()));
    const hash = await new PasswordService().hash(SCALE_PASSWORD);
    await generateScale(pool, hash, { ...OPTIONS, out: out as unknown as NodeJS.WriteStream });
  });
  afterAll(async () => {
    await pool.end();
    await app.close();
  });

  it('writes the numbers asked for, and reports its progress table by table', async () => {
    expect(await count(`SELECT count(*) AS n FROM users WHERE email LIKE 'scale-%'`)).toBe(OPTIONS.users);
    expect(await count(`SELECT count(*) AS n FROM messages`)).toBe(OPTIONS.messages);
    expect(await count(`SELECT count(*) AS n FROM resources`)).toBe(OPTIONS.resources);
    expect(await count(`SELECT count(*) AS n FROM practices`)).toBe(OPTIONS.practices);
    for (const table of ['users', 'groups', 'messages', 'resources']) expect(progress).toContain(table);
  });

  it('keeps every counter consistent with its rows: gapless positions, member and message counts', async () => {
    const threads = (await app.dataSource.query(
      `SELECT t.id, t.message_count, count(m.id)::int AS n, min(m.position) AS first, max(m.position) AS last
         FROM threads t LEFT JOIN messages m ON m.thread_id = t.id GROUP BY t.id`,
    )) as Array<{ message_count: number; n: number; first: number | null; last: number | null }>;
    expect(threads.length).toBeGreaterThan(0);
    for (const thread of threads) {
      expect(Number(thread.message_count)).toBe(thread.n);
      if (thread.n > 0) expect([Number(thread.first), Number(thread.last)]).toEqual([1, thread.n]);
    }
    const wrongGroups = await count(
      `SELECT count(*) AS n FROM groups g
        WHERE g.member_count <> (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id AND m.status = 'active')`,
    );
    expect(wrongGroups).toBe(0);
  });

  it('stores each practice its rating by the shared rule, from its evaluations', async () => {
    const rated = (await app.dataSource.query(
      `SELECT p.id, p.evidence_rating FROM practices p WHERE EXISTS (SELECT 1 FROM evaluations e WHERE e.practice_id = p.id)`,
    )) as Array<{ id: string; evidence_rating: EvidenceRating }>;
    expect(rated.length).toBeGreaterThan(0);
    for (const practice of rated) {
      // Read back as the app reads them when it rates a practice itself.
      const evaluations = (await evaluationsRepository.ofPractice(app.dataSource.manager, practice.id)).map(
        toRatingInput,
      );
      expect(practice.evidence_rating).toEqual(JSON.parse(JSON.stringify(rateEvidence(evaluations))));
      expect(practice.evidence_rating.ruleVersion).toBe(EVIDENCE_RULE_VERSION);
    }
  });

  it('gives members who sign in, see their groups and find generated content by search', async () => {
    const [member] = (await app.dataSource.query(
      `SELECT u.email, count(*)::int AS groups FROM users u JOIN group_memberships m ON m.user_id = u.id
        WHERE u.email LIKE 'scale-%' AND u.status = 'active' AND m.status = 'active'
        GROUP BY u.email ORDER BY u.email LIMIT 1`,
    )) as Array<{ email: string; groups: number }>;
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: member!.email, password: SCALE_PASSWORD },
    });
    expect(login.status).toBe(200);
    const mine = await app.request('GET', '/api/groups?mine=true&limit=100', { token: login.body.token });
    expect(mine.body.items).toHaveLength(member!.groups);
    const indexed = await count(`SELECT count(*) AS n FROM search_documents`);
    expect(indexed).toBeGreaterThanOrEqual(OPTIONS.messages + OPTIONS.resources);
    const practices = await app.request('GET', '/api/practices?limit=5');
    expect(practices.status).toBe(200);
    expect(practices.body.items.length).toBeGreaterThan(0);
    const word = practices.body.items[0].title.split(/\s+/).find((w: string) => w.length > 5) ?? 'prevention';
    const search = await app.request('GET', `/api/search?q=${encodeURIComponent(word)}`);
    expect(search.status).toBe(200);
    expect(search.body.total).toBeGreaterThan(0);
  });

  it('refuses a database that already holds generated data', async () => {
    await expect(
      generateScale(pool, 'x', { ...OPTIONS, out: new PassThrough() as unknown as NodeJS.WriteStream }),
    ).rejects.toThrow(/already holds generated data/);
  });
});
