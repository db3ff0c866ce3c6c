import type { AuditEntry } from '@pn/shared';
import { displayNameOf } from '../users/users.mapper';
import type { AuditEntryEntity } from './audit-entry.entity';
import { idsIn } from './audit-names';

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
