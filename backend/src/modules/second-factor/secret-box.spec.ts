import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const key = randomBytes(32);

  it('encrypts with a key: the stored form holds nothing of the secret, and opens back', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('JBSWY3DPEHPK3PXPJBSWY3DP');
    expect(sealed).toMatch(/^aes-256-gcm:/);
    expect(sealed).not.toContain('JBSWY3DP');
    expect(box.seal('JBSWY3DPEHPK3PXPJBSWY3DP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXPJBSWY3DP');
  });

  it('refuses a tampered value and the wrong key', () => {
    const sealed = new SecretBox(key).seal('secret');
    const parts = sealed.split(':');
    parts[3] = Buffer.from('other!').toString('base64url');
    expect(() => new SecretBox(key).open(parts.join(':'))).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
    expect(() => new SecretBox(undefined).open(sealed)).toThrow(/TOTP_ENCRYPTION_KEY/);
  });

  it('stores as it is without a key, and still reads that once a key is set', () => {
    const sealed = new SecretBox(undefined).seal('secret');
    expect(sealed).toBe('plain:secret');
    expect(new SecretBox(key).open(sealed)).toBe('secret');
  });
});
