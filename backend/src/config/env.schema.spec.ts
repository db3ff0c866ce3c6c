import { ConfigError, loadConfig } from './env.schema';

describe('loadConfig', () => {
  it('applies defaults, with the public URL derived from the port', () => {
    const config = loadConfig({ PORT: '4000' });
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://localhost:4000',
      SESSION_TTL_DAYS: 30,
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('lists every problem at once, each naming its variable', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/db',
        REDIS_URL: 'http://x',
        TRUST_PROXY: 'maybe',
        SMTP_URL: 'http://mail.example.org',
        LINK_SECRET: 'short',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/^PORT: /m);
    expect(problems).toMatch(/^DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/m);
    expect(problems).toMatch(/^REDIS_URL: must be a redis:\/\/ or rediss:\/\/ URL/m);
    expect(problems).toMatch(/^TRUST_PROXY: /m);
    expect(problems).toMatch(/^SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/m);
    expect(problems).toMatch(/^LINK_SECRET: must be at least 32 characters/m);
    expect((error as ConfigError).message).toMatch(/^Invalid configuration:/);
  });

  it('bounds every wait on the database by default, and wants the app to wait longer than PostgreSQL', () => {
    expect(loadConfig({})).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 3000,
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      DATABASE_QUERY_TIMEOUT_MS: 6000,
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 15000,
    });
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '8000', DATABASE_QUERY_TIMEOUT_MS: '8000' })).toThrow(
      /DATABASE_QUERY_TIMEOUT_MS: must be longer than DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });
});

describe('account security settings', () => {
  it('defaults to coordinators and admins needing a second factor, and reads a list or none', () => {
    expect(loadConfig({}).REQUIRE_2FA_ROLES).toEqual(['coordinator', 'admin']);
    expect(loadConfig({ REQUIRE_2FA_ROLES: 'admin, researcher,admin' }).REQUIRE_2FA_ROLES).toEqual([
      'admin',
      'researcher',
    ]);
    expect(loadConfig({ REQUIRE_2FA_ROLES: 'none' }).REQUIRE_2FA_ROLES).toEqual([]);
    expect(() => loadConfig({ REQUIRE_2FA_ROLES: 'coordinator,boss' })).toThrow(/REQUIRE_2FA_ROLES/);
  });

  it('takes a 32-byte TOTP key in hex or base64, and refuses anything else', () => {
    expect(loadConfig({ TOTP_ENCRYPTION_KEY: 'ab'.repeat(32) }).TOTP_ENCRYPTION_KEY).toHaveLength(32);
    expect(loadConfig({ TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') }).TOTP_ENCRYPTION_KEY).toEqual(
      Buffer.alloc(32, 7),
    );
    expect(() => loadConfig({ TOTP_ENCRYPTION_KEY: 'too short' })).toThrow(/TOTP_ENCRYPTION_KEY: must be 32 bytes/);
  });

  it('refuses the retired per-account sign-in limit, saying what replaced it', () => {
    expect(() => loadConfig({ LOGIN_LIMIT_PER_ACCOUNT: '10' })).toThrow(
      /LOGIN_LIMIT_PER_ACCOUNT: no longer used: .*LOGIN_LIMIT_PER_ACCOUNT_AND_IP/,
    );
    expect(loadConfig({})).toMatchObject({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: 5, LOGIN_LIMIT_PER_IP: 100 });
  });
});
