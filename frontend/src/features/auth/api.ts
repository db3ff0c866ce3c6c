import type {
  AuthResponse,
  LoginRequest,
  LoginResponse,
  PasskeySignInRequest,
  RegisterRequest,
  SecondFactorRequest,
  User,
  WebAuthnCeremony,
} from '@pn/shared';
import { queryOptions } from '@tanstack/react-query';
import { http, isApiError } from '../../lib/http';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** The signed-in user, or null for a visitor (the API answers 401). */
export async function fetchMe(signal?: AbortSignal): Promise<User | null> {
  try {
    return await http.get<User>('/auth/me', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({
  queryKey: authKeys.me(),
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 60_000,
});

/** A session, or the challenge of the second step when the account has a second factor. */
export const login = (body: LoginRequest) => http.post<LoginResponse>('/auth/login', body);
export const completeSecondFactor = (body: SecondFactorRequest) =>
  http.post<AuthResponse>('/auth/login/second-factor', body);
export const passkeySignInOptions = () => http.post<WebAuthnCeremony>('/auth/passkeys/options');
export const passkeySignIn = (body: PasskeySignInRequest) => http.post<AuthResponse>('/auth/passkeys/verify', body);
export const register = (body: RegisterRequest) => http.post<AuthResponse>('/auth/register', body);
export const logout = () => http.post<void>('/auth/logout');
