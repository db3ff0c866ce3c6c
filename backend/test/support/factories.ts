import type { TestApp } from './app';

// The builders of every entity live in ./builders; they are also exported here for the tests that import
// them from this file.
export * from './builders';

/**
 * Tables that a refused request may change by design, each with the reason. Every other table of every
 * schema (pg-boss's `pgboss` included) is part of the fingerprint. A table is named as in the fingerprint:
 * by its name in `public`, as `schema.table` elsewhere.
 */
export const FINGERPRINT_EXCLUDED: Record<string, string> = {
  rate_limits: 'sign-in and registration limits count refused attempts: that is their purpose',
  'pgboss.version': "pg-boss's schema version and the times of its last maintenance and cron runs",
  'pgboss.bam': "pg-boss's background migrations of its own schema",
  'pgboss.queue_stats': "pg-boss's periodic snapshots of its queues' counters",
  'pgboss.warning': "pg-boss's log of its own warnings (slow queues, large queues)",
};

/**
 * Columns and rows that are bookkeeping, not a change, for tables otherwise covered: only the rest counts.
 * Each entry says why.
 */
const FINGERPRINT_PARTS: Record<string, { columns?: string; where?: string }> = {
  // A session's last_seen_at is refreshed by any request (once a minute).
  sessions: { columns: '(t.id, t.user_id, t.token_hash, t.expires_at)' },
  // A PDF's text extraction runs in the background after an earlier upload, changing its state.
  resource_versions: {
    columns:
      '(t.resource_id, t.version, t.storage_key, t.file_name, t.media_type, t.size, t.checksum, t.note, t.uploaded_by, t.uploaded_at)',
  },
  // A queued job counts (a refused request queues no email); its progress through the worker (state, retries,
  // output, times) is background work. The digests' jobs are queued by pg-boss's own schedule.
  'pgboss.job': { columns: '(t.id, t.name, t.data, t.singleton_key)', where: "t.name <> 'digests'" },
  // Which queues and schedules exist counts; their counters, timestamps and last job are pg-boss's bookkeeping.
  'pgboss.queue': { columns: '(t.name, t.policy, t.table_name)' },
  'pgboss.schedule': { columns: '(t.name, t.key, t.cron, t.timezone, t.data, t.options)' },
  'pgboss.subscription': { columns: '(t.event, t.name)' },
};

/**
 * A fingerprint of every table's contents: equal before and after means a request changed nothing. The
 * tables (of every schema but the system's; a partitioned table once, with its partitions) are read from the
 * catalogue, so that a table added by a new migration is covered without a change here.
 */
export async function databaseFingerprint(app: TestApp): Promise<Record<string, string>> {
  const tables = (
    (await app.dataSource.query(
      `SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS quoted,
              CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END AS name
         FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
        ORDER BY 2`,
    )) as Array<{ quoted: string; name: string }>
  ).filter((table) => !(table.name in FINGERPRINT_EXCLUDED));
  const entries = await Promise.all(
    tables.map(async ({ quoted, name }) => {
      const row = FINGERPRINT_PARTS[name]?.columns ?? 't';
      const where = FINGERPRINT_PARTS[name]?.where ?? 'true';
      const [result] = (await app.dataSource.query(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(${row}::text, ',' ORDER BY ${row}::text)), '') AS f
           FROM ${quoted} t WHERE ${where}`,
      )) as Array<{ f: string }>;
      return [name, result?.f ?? ''] as const;
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
