import { useInfiniteQuery } from '@tanstack/react-query';
import { adminEmailsQuery, invitationsQuery } from '../api';

export function useInvitations() {
  const query = useInfiniteQuery(invitationsQuery);
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}

export function useAdminEmails() {
  const query = useInfiniteQuery(adminEmailsQuery);
  return { ...query, items: query.data?.pages.flatMap((page) => page.items) ?? [] };
}
