import type { TestApp } from './app';

// The builders of every entity live in ./builders; they are also exported here for the tests that import
// them from this file.
export * from './builders';

/**
 * A fingerprint of every table's contents: equal before and after means a request changed nothing. The
 * tables are read from the catalogue, so that a table added by a new migration is covered without a change.
 */
export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const tables = (
    (await app.dataSource.query(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'rate_limits')
        ORDER BY table_name`,
    )) as Array<{ table_name: string }>
  ).map((row) => row.table_name);
  // Sign-in limits (rate_limits) count refused attempts by design: bookkeeping, not a change.
  // A session's last_seen_at is bookkeeping that any request may refresh (once a minute), not a change; so is
  // the state of a PDF's text extraction, which runs in the background after an earlier upload.
  const columns: Record<string, string> = {
    sessions: '(t.id, t.user_id, t.token_hash, t.expires_at)',
    resource_versions:
      '(t.resource_id, t.version, t.storage_key, t.file_name, t.media_type, t.size, t.checksum, t.note, t.uploaded_by, t.uploaded_at)',
  };
  const rowOf = (table: string) => columns[table] ?? 't';
  const entries = await Promise.all(
    tables.map(async (table) => {
      const [row] = (await app.dataSource.query(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(${rowOf(table)}::text, ',' ORDER BY ${rowOf(table)}::text)), '') AS f FROM "${table}" t`,
      )) as Array<{ f: string }>;
      return [table, row?.f ?? ''] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * Waits until no PDF text extraction of an earlier upload is under way: its result lands in the background
 * (`resource_texts`, the search index) and is no change of the request under test. A bound stops a hang.
 */
export async function textExtractionSettled(app: TestApp): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    const [row] = (await app.dataSource.query(
      `SELECT count(*)::int AS n FROM resource_versions WHERE text_state IN ('pending', 'extracting')`,
    )) as Array<{ n: number }>;
    if (!row?.n) return;
    if (waited > 60_000) throw new Error('PDF text extraction did not settle within a minute');
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Runs a request that must be refused, and checks that the database is as it was. */
export async function unchangedBy<T>(app: TestApp, act: () => Promise<T>): Promise<T> {
  await textExtractionSettled(app);
  const before = await databaseFingerprint(app);
  const result = await act();
  expect(await databaseFingerprint(app)).toEqual(before);
  return result;
}
