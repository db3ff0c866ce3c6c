import { Inject, Injectable, Logger } from '@nestjs/common';
import type { WebAuthnAssertion, WebAuthnAttestation, WebAuthnOptionsJSON } from '@pn/shared';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { PasskeyEntity } from './passkey.entity';

const RP_NAME = 'Prevention Network';
/** How long the browser waits for the person to use their authenticator, in ms. */
const CEREMONY_TIMEOUT_MS = 120_000;

export interface VerifiedRegistration {
  credentialId: string;
  publicKey: Buffer;
  counter: number;
  transports: string[];
  backedUp: boolean;
}

/**
 * WebAuthn with @simplewebauthn/server. The relying party is the site of PUBLIC_URL: its host name is the
 * RP ID and its origin the only origin accepted, so passkeys work only at the address users are given.
 */
@Injectable()
export class WebAuthnService {
  private readonly logger = new Logger('WebAuthn');
  private readonly rpID: string;
  private readonly origin: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const url = new URL(config.PUBLIC_URL);
    this.rpID = url.hostname;
    this.origin = url.origin;
  }

  registrationOptions(
    user: { id: string; email: string; displayName: string },
    challenge: Uint8Array<ArrayBuffer>,
    existing: PasskeyEntity[],
  ): Promise<WebAuthnOptionsJSON> {
    return generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: this.rpID,
      userName: user.email,
      userDisplayName: user.displayName,
      userID: new Uint8Array(Buffer.from(user.id.replaceAll('-', ''), 'hex')),
      challenge,
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports })),
      // Discoverable where the authenticator can, so that the same passkey also signs in without a password.
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
    }) as unknown as Promise<WebAuthnOptionsJSON>;
  }

  /** Options for `navigator.credentials.get()`: the person's passkeys, or any (discoverable) one when none given. */
  authenticationOptions(
    challenge: Uint8Array<ArrayBuffer>,
    passkeys: PasskeyEntity[] | null,
    userVerification: 'required' | 'preferred',
  ): Promise<WebAuthnOptionsJSON> {
    return generateAuthenticationOptions({
      rpID: this.rpID,
      challenge,
      timeout: CEREMONY_TIMEOUT_MS,
      userVerification,
      ...(passkeys
        ? {
            allowCredentials: passkeys.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports })),
          }
        : {}),
    }) as unknown as Promise<WebAuthnOptionsJSON>;
  }

  /** The new credential, or null when the response does not verify against the challenge and this site. */
  async verifyRegistration(credential: WebAuthnAttestation, challenge: string): Promise<VerifiedRegistration | null> {
    try {
      const result = await verifyRegistrationResponse({
        response: credential as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpID,
        requireUserVerification: false,
      });
      if (!result.verified) return null;
      const info = result.registrationInfo;
      return {
        credentialId: info.credential.id,
        publicKey: Buffer.from(info.credential.publicKey),
        counter: info.credential.counter,
        transports: info.credential.transports ?? credential.response.transports ?? [],
        backedUp: info.credentialBackedUp,
      };
    } catch (error) {
      this.logger.debug(`registration refused: ${(error as Error).message}`);
      return null;
    }
  }

  /**
   * Verifies an assertion by this passkey against the challenge; the new signature counter, or null when it
   * does not verify (a wrong signature, origin or challenge, or a counter that went backwards).
   */
  async verifyAssertion(
    assertion: WebAuthnAssertion,
    challenge: string,
    passkey: PasskeyEntity,
    requireUserVerification: boolean,
  ): Promise<{ counter: number; backedUp: boolean } | null> {
    try {
      const result = await verifyAuthenticationResponse({
        response: assertion as AuthenticationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: this.origin,
        expectedRPID: this.rpID,
        credential: {
          id: passkey.credentialId,
          publicKey: new Uint8Array(passkey.publicKey),
          counter: Number(passkey.counter),
          transports: passkey.transports,
        },
        requireUserVerification,
      });
      if (!result.verified) return null;
      return { counter: result.authenticationInfo.newCounter, backedUp: result.authenticationInfo.credentialBackedUp };
    } catch (error) {
      this.logger.debug(`assertion refused: ${(error as Error).message}`);
      return null;
    }
  }
}
