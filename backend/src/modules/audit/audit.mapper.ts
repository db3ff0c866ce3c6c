import type { AuditEntry } from '@pn/shared';
import { displayNameOf } from '../users/users.mapper';
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

/** `actor` loaded; `names` are what the ids of the entries are called now (see `namesOf`). */
export function toAuditEntry(entry: AuditEntryEntity, names: ReadonlyMap<string, string>): AuditEntry {
  const known = Object.fromEntries(
    idsIn({ targetId: null, details: entry.details }).flatMap((id) => (names.has(id) ? [[id, names.get(id)!]] : [])),
  );
  return {
    id: entry.id,
    action: entry.action,
    actor: entry.actor ? { id: entry.actor.id, displayName: displayNameOf(entry.actor) } : null,
    targetType: entry.targetType,
    targetId: entry.targetId,
    targetName: (entry.targetId && names.get(entry.targetId)) || null,
    details: entry.details,
    names: known,
    createdAt: entry.createdAt.toISOString(),
  };
}
