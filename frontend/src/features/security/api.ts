import type {
  ConfirmTotpRequest,
  Passkey,
  PasskeyRegistered,
  PasswordConfirmation,
  RecoveryCodes,
  RegisterPasskeyRequest,
  SessionSummary,
  TotpEnrolment,
  WebAuthnCeremony,
} from '@pn/shared';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../lib/http';

export const securityKeys = {
  all: ['security'] as const,
  sessions: () => [...securityKeys.all, 'sessions'] as const,
  passkeys: () => [...securityKeys.all, 'passkeys'] as const,
};

export const sessionsQuery = queryOptions({
  queryKey: securityKeys.sessions(),
  queryFn: ({ signal }) => http.get<SessionSummary[]>('/users/me/sessions', { signal }),
});

export const passkeysQuery = queryOptions({
  queryKey: securityKeys.passkeys(),
  queryFn: ({ signal }) => http.get<Passkey[]>('/users/me/passkeys', { signal }),
});

export const beginTotp = () => http.post<TotpEnrolment>('/users/me/totp');
export const confirmTotp = (body: ConfirmTotpRequest) => http.post<RecoveryCodes>('/users/me/totp/confirm', body);
export const removeTotp = (body: PasswordConfirmation) => http.delete('/users/me/totp', body);
export const replaceRecoveryCodes = (body: PasswordConfirmation) =>
  http.post<RecoveryCodes>('/users/me/recovery-codes', body);
export const passkeyRegistrationOptions = () => http.post<WebAuthnCeremony>('/users/me/passkeys/options');
export const registerPasskey = (body: RegisterPasskeyRequest) =>
  http.post<PasskeyRegistered>('/users/me/passkeys', body);
export const removePasskey = (id: string, body: PasswordConfirmation) =>
  http.delete(`/users/me/passkeys/${encodeURIComponent(id)}`, body);
export const endSession = (id: string) => http.delete(`/users/me/sessions/${encodeURIComponent(id)}`);

export const RECOVERY_CODES_FILE_NAME = 'prevention-network-recovery-codes.txt';

/** Offers text to the browser as a file download. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
