import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { RunningProduct } from '../src/product';

export interface Audience {
  /** Bearer tokens, one per member, in member order. */
  tokens: string[];
  /** Threads, one per `membersPerThread` members. */
  threads: string[];
  /** The thread that member `index` belongs to. */
  threadOf(index: number): string;
}

export function productDatabaseUrl(product: RunningProduct): string {
  return `postgres://postgres:postgres@127.0.0.1:${product.databasePort}/prevention_network`;
}

/**
 * Active members with sessions, in groups of `membersPerThread`, each group with one thread, written straight
 * into the database (signing in thousands of members through argon2 would measure the hash, not the app).
 */
export async function seedAudience(
  product: RunningProduct,
  options: { name: string; members: number; membersPerThread: number },
): Promise<Audience> {
  const db = new Client({ connectionString: productDatabaseUrl(product) });
  await db.connect();
  try {
    const tokens = Array.from({ length: options.members }, () => randomBytes(32).toString('base64url'));
    const hashes = tokens.map((token) => createHash('sha256').update(token).digest('hex'));
    const users = (
      await db.query(
        `INSERT INTO users (email, display_name, profession, country, status)
         SELECT $2 || '-' || i || '@example.org', 'Bench member ' || i, 'researchers', 'DK', 'active'
           FROM generate_series(1, $1::int) AS i
         RETURNING id`,
        [options.members, options.name],
      )
    ).rows as Array<{ id: string }>;
    const ids = users.map((user) => user.id);
    await db.query(
      `INSERT INTO sessions (user_id, token_hash, csrf_token, expires_at)
       SELECT u, h, 'bench', now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS t(u, h)`,
      [ids, hashes],
    );
    const threads: string[] = [];
    for (let start = 0, n = 0; start < ids.length; start += options.membersPerThread, n++) {
      const members = ids.slice(start, start + options.membersPerThread);
      const [group] = (
        await db.query(
          `INSERT INTO groups (slug, name, description, kind, member_count)
           VALUES ($1, $2, 'Benchmark data', 'programme', $3) RETURNING id`,
          [`${options.name}-${n}`, `Benchmark ${options.name} ${n}`, members.length],
        )
      ).rows as Array<{ id: string }>;
      await db.query(`INSERT INTO group_memberships (group_id, user_id) SELECT $1, unnest($2::uuid[])`, [
        group!.id,
        members,
      ]);
      const [thread] = (
        await db.query(
          `INSERT INTO threads (group_id, title, body) VALUES ($1, 'Benchmark', 'Benchmark thread') RETURNING id`,
          [group!.id],
        )
      ).rows as Array<{ id: string }>;
      threads.push(thread!.id);
    }
    return { tokens, threads, threadOf: (index) => threads[Math.floor(index / options.membersPerThread)]! };
  } finally {
    await db.end();
  }
}
