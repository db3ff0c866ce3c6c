import { adminEmailsQuery, invitationsQuery } from '../api';
import { usePagedQuery } from '../../../lib/usePagedQuery';

export function useInvitations() {
  return usePagedQuery(invitationsQuery);
}

export function useAdminEmails() {
  return usePagedQuery(adminEmailsQuery);
}
