import { confirmTotpSchema, passwordConfirmationSchema, recoveryCodeSchema, secondFactorSchema } from './security';

describe('second-factor schemas', () => {
  it('read a code as apps show it, spaces and all, and refuse anything but six digits', () => {
    expect(confirmTotpSchema.parse({ code: ' 123 456 ' })).toEqual({ code: '123456' });
    for (const code of ['12345', '1234567', 'abcdef', '12 34 5']) {
      const result = confirmTotpSchema.safeParse({ code });
      expect(result.success).toBe(false);
      expect(result.error!.issues[0]!.path).toEqual(['code']);
    }
  });

  it('read a recovery code in any case, with or without hyphens', () => {
    expect(recoveryCodeSchema.parse('ABCD-efgh-2345-7777')).toBe('abcdefgh23457777');
    expect(recoveryCodeSchema.parse('abcd efgh 2345 7777')).toBe('abcdefgh23457777');
    expect(recoveryCodeSchema.safeParse('abcd-efgh-2345-777').success).toBe(false);
    expect(recoveryCodeSchema.safeParse('abcd-efgh-2345-7771').success).toBe(false);
  });

  it('name the method when it is unknown, and the field each method needs', () => {
    const unknown = secondFactorSchema.safeParse({ challenge: 'abc', method: 'sms', code: '123456' });
    expect(unknown.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['method', 'must be one of totp, webauthn, recovery-code'],
    ]);
    const noAssertion = secondFactorSchema.safeParse({ challenge: 'abc', method: 'webauthn' });
    expect(noAssertion.error!.issues[0]!.path).toEqual(['assertion']);
    expect(secondFactorSchema.safeParse({ challenge: 'abc', method: 'totp', code: '000000' }).success).toBe(true);
  });

  it('need a password to confirm with', () => {
    expect(passwordConfirmationSchema.safeParse({ password: '' }).success).toBe(false);
    expect(passwordConfirmationSchema.safeParse({ password: 'x', more: 1 }).success).toBe(false);
  });
});
