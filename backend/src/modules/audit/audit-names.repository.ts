import type { EntityManager } from 'typeorm';
import { ERASED_DISPLAY_NAME } from '../users/users.mapper';

/**
 * What the ids of a page of entries are called now, in one query: people by their shown name, groups by
 * name, threads, practices and resources by title, a message by its thread's title, an invitation by its
 * address. The log keeps ids, not names, because names change and erased people must not linger in it.
 */
export async function namesOf(db: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = (await db.query(
    `SELECT id::text AS id, CASE WHEN erased_at IS NULL THEN display_name ELSE $2 END AS name
       FROM users WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, name FROM groups WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, title FROM threads WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, title FROM practices WHERE id = ANY($1::uuid[])
     UNION ALL SELECT id::text, title FROM resources WHERE id = ANY($1::uuid[])
     UNION ALL SELECT m.id::text, t.title FROM messages m JOIN threads t ON t.id = m.thread_id
       WHERE m.id = ANY($1::uuid[])
     UNION ALL SELECT id::text, email FROM invitations WHERE id = ANY($1::uuid[])`,
    [ids, ERASED_DISPLAY_NAME],
  )) as Array<{ id: string; name: string }>;
  return new Map(rows.map((row) => [row.id, row.name]));
}
