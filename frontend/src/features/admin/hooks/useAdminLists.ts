import { useInfiniteQuery } from '@tanstack/react-query';
import { auditListQuery, userListQuery, type AuditFilters, type UserFilters } from '../api';

function flatten<T>(pages: { items: T[] }[] | undefined): T[] {
  return pages?.flatMap((page) => page.items) ?? [];
}

export function useUserList(filters: UserFilters) {
  const query = useInfiniteQuery(userListQuery(filters));
  return { ...query, items: flatten(query.data?.pages) };
}

export function useAuditList(filters: AuditFilters) {
  const query = useInfiniteQuery(auditListQuery(filters));
  return { ...query, items: flatten(query.data?.pages) };
}
