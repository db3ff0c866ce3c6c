import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const SEALED = 'aes-256-gcm';
const PLAIN = 'plain';

/**
 * Keeps secrets that must be read back in clear (an authenticator app's shared secret) encrypted at rest
 * with AES-256-GCM when a key is configured. Without one they are stored as they are, marked so that setting
 * a key later still reads them: the key must then be kept, since what it sealed cannot be opened without it.
 */
export class SecretBox {
  constructor(private readonly key: Buffer | undefined) {}

  seal(secret: string): string {
    if (!this.key) return `${PLAIN}:${secret}`;
    const iv = randomBytes(12);
    const cipher = createCipheriv(SEALED, this.key, iv);
    const encrypted = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [SEALED, iv, cipher.getAuthTag(), encrypted]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join(':');
  }

  open(sealed: string): string {
    const [kind, ...parts] = sealed.split(':');
    if (kind === PLAIN) return parts.join(':');
    if (kind !== SEALED || parts.length !== 3) throw new Error('not a sealed secret');
    if (!this.key) throw new Error('this secret was encrypted: set TOTP_ENCRYPTION_KEY to the key it was sealed with');
    const [iv, tag, encrypted] = parts.map((part) => Buffer.from(part, 'base64url')) as [Buffer, Buffer, Buffer];
    const decipher = createDecipheriv(SEALED, this.key, iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(encrypted), decipher.final()]).toString('utf8');
  }
}
