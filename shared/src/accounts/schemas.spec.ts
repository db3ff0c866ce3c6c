import { adminUpdateUserSchema, registerSchema, updateProfileSchema } from './schemas';

const valid = {
  email: ' Someone@Example.ORG ',
  password: 'twelve chars!',
  displayName: '  Kim  ',
  profession: 'educators',
  country: 'fi',
  languages: ['FI', 'sv', 'fi'],
};

describe('registerSchema', () => {
  it('normalises email, country, languages and whitespace', () => {
    expect(registerSchema.parse(valid)).toEqual({
      email: 'someone@example.org',
      password: 'twelve chars!',
      displayName: 'Kim',
      profession: 'educators',
      country: 'FI',
      languages: ['fi', 'sv'],
    });
  });

  it('accepts countries outside the EU and Kosovo', () => {
    for (const country of ['BR', 'IN', 'US', 'ZA', 'XK']) {
      expect(registerSchema.safeParse({ ...valid, country }).success).toBe(true);
    }
  });

  it('names the field of each problem', () => {
    const result = registerSchema.safeParse({ ...valid, email: 'x', country: 'EU', languages: ['xx'] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['email', 'country', 'languages.0']));
  });
});

describe('updateProfileSchema', () => {
  it('needs the current password with a new one, and something to change', () => {
    expect(updateProfileSchema.safeParse({ newPassword: 'a new long password' }).success).toBe(false);
    expect(updateProfileSchema.safeParse({}).success).toBe(false);
    expect(updateProfileSchema.safeParse({ currentPassword: 'x', newPassword: 'a new long password' }).success).toBe(
      true,
    );
  });
});

describe('adminUpdateUserSchema', () => {
  it('never sets an account back to pending', () => {
    expect(adminUpdateUserSchema.safeParse({ status: 'pending' }).success).toBe(false);
    expect(adminUpdateUserSchema.safeParse({ status: 'suspended' }).success).toBe(true);
  });
});
