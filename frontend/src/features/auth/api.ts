import type {
  AuthResponse,
  LoginRequest,
  LoginResponse,
  PasskeySignInRequest,
  RegisterRequest,
  SecondFactorRequest,
  WebAuthnCeremony,
} from '@pn/shared';
import { http } from '../../lib/http';

/** A session, or the challenge of the second step when the account has a second factor. */
export const login = (body: LoginRequest) => http.post<LoginResponse>('/auth/login', body);
export const completeSecondFactor = (body: SecondFactorRequest) =>
  http.post<AuthResponse>('/auth/login/second-factor', body);
export const passkeySignInOptions = () => http.post<WebAuthnCeremony>('/auth/passkeys/options');
export const passkeySignIn = (body: PasskeySignInRequest) => http.post<AuthResponse>('/auth/passkeys/verify', body);
export const register = (body: RegisterRequest) => http.post<AuthResponse>('/auth/register', body);
export const logout = () => http.post<void>('/auth/logout');
