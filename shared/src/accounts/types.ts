import type { AccountStatus, Profession, Role } from '../common/vocabularies';

/** The signed-in user's own view of their account. */
export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  status: AccountStatus;
  profession: Profession;
  country: string;
  organisation: string | null;
  languages: string[];
  createdAt: string;
  approvedAt: string | null;
}

/** What other active members see of someone. */
export interface PublicProfile {
  id: string;
  displayName: string;
  role: Role;
  profession: Profession;
  country: string;
  organisation: string | null;
  languages: string[];
  memberSince: string;
}

export interface AuthResponse {
  token: string;
  user: User;
}

export interface AuditEntry {
  id: string;
  action: string;
  actor: { id: string; displayName: string } | null;
  targetType: string;
  targetId: string | null;
  details: Record<string, unknown>;
  createdAt: string;
}

export interface SessionInfo {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  userAgent: string | null;
  current: boolean;
}

export interface AccountExport {
  exportedAt: string;
  user: User;
  sessions: SessionInfo[];
  auditTrail: AuditEntry[];
}
