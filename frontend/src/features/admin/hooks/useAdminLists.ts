import { auditListQuery, userListQuery, type AuditFilters, type UserFilters } from '../api';
import { usePagedQuery } from '../../../lib/usePagedQuery';

export function useUserList(filters: UserFilters) {
  return usePagedQuery(userListQuery(filters));
}

export function useAuditList(filters: AuditFilters) {
  return usePagedQuery(auditListQuery(filters));
}
