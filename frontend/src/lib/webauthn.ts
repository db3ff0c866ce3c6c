import type { WebAuthnAssertion, WebAuthnAttestation, WebAuthnOptionsJSON } from '@pn/shared';
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';

/** Whether this browser can use passkeys at all (a secure context with WebAuthn). */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && browserSupportsWebAuthn();
}

/** Asks the browser to sign the server's challenge with a passkey (`navigator.credentials.get()`). */
export async function signWithPasskey(options: WebAuthnOptionsJSON): Promise<WebAuthnAssertion> {
  return (await startAuthentication({
    optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
  })) as WebAuthnAssertion;
}

/** Asks the browser to create a passkey for the server's options (`navigator.credentials.create()`). */
export async function createPasskey(options: WebAuthnOptionsJSON): Promise<WebAuthnAttestation> {
  return (await startRegistration({
    optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
  })) as WebAuthnAttestation;
}

/** The person closed the browser's passkey prompt, or it timed out: nothing to report as an error. */
export function passkeyCancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}
