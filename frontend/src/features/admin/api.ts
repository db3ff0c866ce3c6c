import {
  ACCOUNT_STATUSES,
  ROLES,
  type AccountStatus,
  type AdminUpdateUserRequest,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditEntry,
  type Page,
  type RejectUserRequest,
  type Role,
  type SessionsEnded,
  type User,
} from '@pn/shared';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

export interface UserFilters {
  status?: AccountStatus;
  role?: Role;
  q?: string;
}

export interface AuditFilters {
  action?: AuditAction;
  /** Who acted: an account's id. */
  actor?: string;
  /** Days, `YYYY-MM-DD`, both taken whole. */
  from?: string;
  to?: string;
}

export const adminKeys = {
  all: ['admin'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
  userList: (filters: UserFilters) => [...adminKeys.users(), 'list', filters] as const,
  audit: () => [...adminKeys.all, 'audit'] as const,
  auditList: (filters: AuditFilters) => [...adminKeys.audit(), 'list', filters] as const,
};

/** Page size of the admin lists. */
export const ADMIN_PAGE_SIZE = 20;

export const userListQuery = (filters: UserFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.userList(filters),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<User>>(withQuery('/admin/users', { ...filters, limit: ADMIN_PAGE_SIZE, cursor: pageParam }), {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export const auditListQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: adminKeys.auditList(filters),
    queryFn: ({ pageParam, signal }) =>
      http.get<Page<AuditEntry>>(withQuery('/admin/audit', { ...filters, limit: ADMIN_PAGE_SIZE, cursor: pageParam }), {
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

const userPath = (id: string) => `/admin/users/${encodeURIComponent(id)}`;

export const approveUser = (id: string) => http.post<User>(`${userPath(id)}/approve`);
export const rejectUser = (id: string, body: RejectUserRequest) => http.post<void>(`${userPath(id)}/reject`, body);
export const updateUser = (id: string, body: AdminUpdateUserRequest) => http.patch<User>(userPath(id), body);
export const endUserSessions = (id: string) => http.post<SessionsEnded>(`${userPath(id)}/sessions/end`);

/** Reads list filters from the URL, ignoring values outside the vocabularies. */
export function parseUserFilters(params: URLSearchParams): UserFilters {
  const status = params.get('status') ?? '';
  const role = params.get('role') ?? '';
  const q = params.get('q')?.trim() ?? '';
  return {
    ...((ACCOUNT_STATUSES as readonly string[]).includes(status) ? { status: status as AccountStatus } : {}),
    ...((ROLES as readonly string[]).includes(role) ? { role: role as Role } : {}),
    ...(q ? { q: q.slice(0, 200) } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the audit log's filters from the URL, ignoring values the API would refuse. */
export function parseAuditFilters(params: URLSearchParams): AuditFilters {
  const action = params.get('action') ?? '';
  const actor = params.get('actor') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    ...((AUDIT_ACTIONS as readonly string[]).includes(action) ? { action: action as AuditAction } : {}),
    ...(UUID.test(actor) ? { actor } : {}),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) && (!DAY.test(from) || to >= from) ? { to } : {}),
  };
}
