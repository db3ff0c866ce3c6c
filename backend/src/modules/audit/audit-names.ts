import type { EntityManager } from 'typeorm';
import { ERASED_DISPLAY_NAME } from '../users/users.mapper';
import type { AuditEntryEntity } from './audit-entry.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids an entry refers to: its target's, and those among its details' values (top level, or in a list). */
export function idsIn(entry: Pick<AuditEntryEntity, 'targetId' | 'details'>): string[] {
  const ids = new Set<string>();
  if (entry.targetId) ids.add(entry.targetId);
  for (const value of Object.values(entry.details ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && UUID.test(item)) ids.add(item.toLowerCase());
    }
  }
  return [...ids];
}

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
