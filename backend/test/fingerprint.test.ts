import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { buildUser, databaseFingerprint, FINGERPRINT_EXCLUDED } from './support/factories';

/** The "nothing was written" check itself: it must see every table, and a write to any of them. */
describe('the database fingerprint', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const catalogue = async (): Promise<string[]> =>
    (
      (await app.dataSource.query(
        `SELECT CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END AS name
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
            AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`,
      )) as Array<{ name: string }>
    )
      .map((row) => row.name)
      .sort();

  it('covers every table of every schema but the stated exclusions, each of which exists', async () => {
    const tables = await catalogue();
    const covered = Object.keys(await databaseFingerprint(app)).sort();
    expect(covered).toEqual(tables.filter((name) => !(name in FINGERPRINT_EXCLUDED)));
    expect(covered).toEqual(expect.arrayContaining(['users', 'migrations', 'pgboss.job']));
    for (const excluded of Object.keys(FINGERPRINT_EXCLUDED)) expect(tables).toContain(excluded);
  });

  it('counts a table made after the start, and a row written to it', async () => {
    const name = `fingerprint_probe_${randomUUID().slice(0, 8)}`;
    await app.dataSource.query(`CREATE TABLE public.${name} (id int)`);
    try {
      const before = await databaseFingerprint(app);
      expect(before).toHaveProperty(name, '0:');
      await app.dataSource.query(`INSERT INTO public.${name} VALUES (1)`);
      expect((await databaseFingerprint(app))[name]).not.toBe(before[name]);
    } finally {
      await app.dataSource.query(`DROP TABLE public.${name}`);
    }
  });

  it('notices a row written by a request, and a job it queued', async () => {
    const member = await buildUser(app);
    const before = await databaseFingerprint(app);
    const asked = await app.request('POST', '/api/auth/password-reset', { body: { email: member.user.email } });
    expect(asked.status).toBe(202);
    const after = await databaseFingerprint(app);
    expect(after['pgboss.job']).not.toBe(before['pgboss.job']);
    expect(after.rate_limits).toBeUndefined();
  });
});
