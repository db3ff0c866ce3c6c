import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { appSecretsRepository } from './app-secrets.repository';

export const LINK_SECRET = Symbol('LINK_SECRET');

/**
 * The secret that signs unsubscribe links and derives the tokens of emailed links: LINK_SECRET when it is
 * configured, otherwise one made on the first start and kept in the database, so that every instance
 * (and every restart) agrees.
 */
export async function loadLinkSecret(dataSource: DataSource, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  return appSecretsRepository.keepFirst(dataSource, 'link-secret', randomBytes(32).toString('base64url'));
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class LinkTokens {
  constructor(@Inject(LINK_SECRET) private readonly secret: string) {}

  /**
   * The token of a link, derived from the row it stands for: the row stores only its hash, and the email
   * that carries it derives it again when rendered, so neither the outbox nor the queue holds a token.
   */
  derive(purpose: string, id: string): string {
    return createHmac('sha256', this.secret).update(`${purpose}:${id}`).digest('base64url');
  }

  /** A signed, self-contained token: `<payload>.<signature>`, both base64url. */
  sign(payload: Record<string, string>): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${this.signature(body)}`;
  }

  /** The payload of a token this secret signed, or null. */
  verify(token: string): Record<string, string> | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.signature(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const payload: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      return payload && typeof payload === 'object' ? (payload as Record<string, string>) : null;
    } catch {
      return null;
    }
  }

  private signature(body: string): string {
    return createHmac('sha256', this.secret).update(`signed:${body}`).digest('base64url');
  }
}
