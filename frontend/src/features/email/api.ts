import type {
  EmailRecord,
  Invitation,
  InvitationPreview,
  NotificationSettings,
  NotificationSettingsRequest,
  Page,
  UnsubscribeResult,
} from '@pn/shared';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { http, withQuery } from '../../lib/http';

export const emailKeys = {
  all: ['email'] as const,
  settings: () => [...emailKeys.all, 'settings'] as const,
  invitations: () => [...emailKeys.all, 'invitations'] as const,
  invitationPreview: (token: string) => [...emailKeys.all, 'invitation-preview', token] as const,
  adminEmails: () => [...emailKeys.all, 'admin-emails'] as const,
};

export const PAGE_SIZE = 20;

export const requestPasswordReset = (email: string) => http.post<void>('/auth/password-reset', { email });
export const confirmPasswordReset = (token: string, password: string) =>
  http.post<void>('/auth/password-reset/confirm', { token, password });
export const confirmEmail = (token: string) => http.post<void>('/auth/email/confirm', { token });
export const resendConfirmation = () => http.post<void>('/auth/email/resend');
export const unsubscribe = (token: string) =>
  http.post<UnsubscribeResult>(withQuery('/unsubscribe', { token }), undefined);

export const settingsQuery = queryOptions({
  queryKey: emailKeys.settings(),
  queryFn: ({ signal }) => http.get<NotificationSettings>('/users/me/notification-settings', { signal }),
});
export const saveSettings = (body: NotificationSettingsRequest) =>
  http.put<NotificationSettings>('/users/me/notification-settings', body);

export const invitationsQuery = infiniteQueryOptions({
  queryKey: emailKeys.invitations(),
  queryFn: ({ pageParam, signal }) =>
    http.get<Page<Invitation>>(withQuery('/invitations', { limit: PAGE_SIZE, cursor: pageParam }), { signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});
export const createInvitation = (body: { email: string; groupSlug?: string }) =>
  http.post<Invitation>('/invitations', body);
export const withdrawInvitation = (id: string) => http.delete(`/invitations/${encodeURIComponent(id)}`);
export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: emailKeys.invitationPreview(token),
    queryFn: () => http.post<InvitationPreview>('/invitations/preview', { token }),
    retry: false,
    staleTime: Infinity,
  });

export const adminEmailsQuery = infiniteQueryOptions({
  queryKey: emailKeys.adminEmails(),
  queryFn: ({ pageParam, signal }) =>
    http.get<Page<EmailRecord>>(withQuery('/admin/emails', { limit: PAGE_SIZE, cursor: pageParam }), { signal }),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

/** The browser's own time zone, for a new account's digests; undefined when the runtime does not say. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}
