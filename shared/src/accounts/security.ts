import { z } from 'zod';
import { text, textLine } from '../common/fields';
import type { User } from './types';

/** The ways a second factor can be given at sign-in. */
export const SECOND_FACTOR_METHODS = ['totp', 'webauthn', 'recovery-code'] as const;
export type SecondFactorMethod = (typeof SECOND_FACTOR_METHODS)[number];

/** The `code` of the 403 that an account meets when its role needs a second factor it has not enrolled. */
export const SECOND_FACTOR_ENROLMENT_REQUIRED = 'second-factor-enrolment-required';

export const SECURITY_LIMITS = {
  passkeyNameMax: 60,
  recoveryCodes: 10,
  /** Base64url of WebAuthn's binary fields; attestation objects with certificates can be a few kilobytes. */
  webauthnFieldMax: 16_384,
  challengeMax: 200,
} as const;

/** A 6-digit code of an authenticator app; spaces (as some apps show "123 456") are ignored. */
export const totpCodeSchema = text()
  .max(20)
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(text().regex(/^\d{6}$/, 'must be the 6-digit code of your authenticator app'));

/** A recovery code as handed out (`xxxx-xxxx-xxxx-xxxx`); case, spaces and hyphens do not matter. */
export const recoveryCodeSchema = text()
  .max(60)
  .transform((value) => value.replace(/[\s-]+/g, '').toLowerCase())
  .pipe(text().regex(/^[a-z2-7]{16}$/, 'must be one of your recovery codes'));

const challengeToken = text()
  .min(1, 'must not be empty')
  .max(SECURITY_LIMITS.challengeMax)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be the challenge given at sign-in');

const base64url = text()
  .max(SECURITY_LIMITS.webauthnFieldMax)
  .regex(/^[A-Za-z0-9_-]*$/, 'must be base64url');

const credentialCommon = {
  id: base64url.min(1),
  rawId: base64url.min(1),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.looseObject({}),
};

/** What `navigator.credentials.get()` gave, as JSON (WebAuthn's AuthenticationResponseJSON). */
export const webauthnAssertionSchema = z.object({
  ...credentialCommon,
  response: z.object({
    clientDataJSON: base64url.min(1),
    authenticatorData: base64url.min(1),
    signature: base64url.min(1),
    userHandle: base64url.optional(),
  }),
});
export type WebAuthnAssertion = z.input<typeof webauthnAssertionSchema>;

/** What `navigator.credentials.create()` gave, as JSON (WebAuthn's RegistrationResponseJSON). */
export const webauthnAttestationSchema = z.object({
  ...credentialCommon,
  response: z.object({
    clientDataJSON: base64url.min(1),
    attestationObject: base64url.min(1),
    authenticatorData: base64url.optional(),
    transports: z.array(text().max(30)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url.optional(),
  }),
});
export type WebAuthnAttestation = z.input<typeof webauthnAttestationSchema>;

export const secondFactorSchema = z.discriminatedUnion(
  'method',
  [
    z.strictObject({ challenge: challengeToken, method: z.literal('totp'), code: totpCodeSchema }),
    z.strictObject({ challenge: challengeToken, method: z.literal('recovery-code'), code: recoveryCodeSchema }),
    z.strictObject({ challenge: challengeToken, method: z.literal('webauthn'), assertion: webauthnAssertionSchema }),
  ],
  { error: `must be one of ${SECOND_FACTOR_METHODS.join(', ')}` },
);
export type SecondFactorRequest = z.input<typeof secondFactorSchema>;

export const confirmTotpSchema = z.strictObject({ code: totpCodeSchema });
export type ConfirmTotpRequest = z.input<typeof confirmTotpSchema>;

/** Removing a factor or replacing the recovery codes asks for the password again. */
export const passwordConfirmationSchema = z.strictObject({
  password: text().min(1, 'must not be empty').max(128),
});
export type PasswordConfirmation = z.input<typeof passwordConfirmationSchema>;

export const registerPasskeySchema = z.strictObject({
  challenge: challengeToken,
  name: textLine(SECURITY_LIMITS.passkeyNameMax),
  credential: webauthnAttestationSchema,
});
export type RegisterPasskeyRequest = z.input<typeof registerPasskeySchema>;

export const passkeySignInSchema = z.strictObject({
  challenge: challengeToken,
  assertion: webauthnAssertionSchema,
});
export type PasskeySignInRequest = z.input<typeof passkeySignInSchema>;

/**
 * WebAuthn's options as JSON (PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON),
 * passed to the browser as they are; typed by the WebAuthn library on each side.
 */
export type WebAuthnOptionsJSON = Record<string, unknown> & { challenge: string };

/** The answer to a correct password when a second factor is due: no session yet. */
export interface SecondFactorRequired {
  secondFactor: 'required';
  /** Single-use and short-lived; sent back with the second factor. */
  challenge: string;
  methods: SecondFactorMethod[];
  /** With `webauthn` among the methods: the options for `navigator.credentials.get()`. */
  webauthn?: WebAuthnOptionsJSON;
}

/** `POST /api/auth/login` answers a session, or asks for the second factor. */
export type LoginResponse = { token: string; user: User } | SecondFactorRequired;

/** A WebAuthn ceremony about to start: its challenge, and the options for the browser. */
export interface WebAuthnCeremony {
  challenge: string;
  options: WebAuthnOptionsJSON;
}

export interface TotpEnrolment {
  /** Base32, for typing into an authenticator app by hand. */
  secret: string;
  /** `otpauth://totp/...`, for a QR code. */
  otpauthUrl: string;
}

export interface RecoveryCodes {
  /** Shown once: only their hashes are kept. */
  recoveryCodes: string[];
}

export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** Synced to the person's other devices by their platform (a multi-device passkey). */
  backedUp: boolean;
}

export interface PasskeyRegistered {
  passkey: Passkey;
  /** Recovery codes, when this passkey is the account's first second factor; null otherwise. */
  recoveryCodes: string[] | null;
}

/** One signed-in device of the person. */
export interface SessionSummary {
  id: string;
  /** The session of this request. */
  current: boolean;
  userAgent: string | null;
  /** The address it signed in from. */
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
}

/** The person's second factors, as their own account shows them. */
export interface SecondFactorStatus {
  /** Their role needs a second factor (`REQUIRE_2FA_ROLES`). */
  required: boolean;
  /** An authenticator app or a passkey is set up: sign-in asks for it. */
  enrolled: boolean;
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

export interface SessionsEnded {
  ended: number;
}
