import type { SessionSummary } from '@pn/shared';
import type { SessionEntity } from './session.entity';

export function toSessionSummary(session: SessionEntity, currentSessionId: string): SessionSummary {
  return {
    id: session.id,
    current: session.id === currentSessionId,
    userAgent: session.userAgent,
    ip: session.ip,
    createdAt: session.createdAt.toISOString(),
    lastSeenAt: session.lastSeenAt.toISOString(),
  };
}
