import type { AuditEntry } from '@pn/shared';
import { displayNameOf } from '../users/users.mapper';
import type { AuditEntryEntity } from './audit-entry.entity';

export function toAuditEntry(entry: AuditEntryEntity): AuditEntry {
  return {
    id: entry.id,
    action: entry.action,
    actor: entry.actor ? { id: entry.actor.id, displayName: displayNameOf(entry.actor) } : null,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details,
    createdAt: entry.createdAt.toISOString(),
  };
}
