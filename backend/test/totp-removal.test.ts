import { createTestApp, type TestApp } from './support/app';
import { buildUser, TEST_PASSWORD, unchangedBy } from './support/factories';
import { nextTotpCode } from './support/second-factor';

/** Removing an authenticator app and replacing the recovery codes: both only with the password. */
describe('DELETE /api/users/me/totp, POST /api/users/me/recovery-codes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('removes the app only with the password: other sessions end, recovery codes go, and it is audited', async () => {
    const built = await buildUser(app, { secondFactor: 'totp' });
    const { user, token, totpSecret } = built;
    // A recovery code set, as confirming would give.
    await app.request('POST', '/api/users/me/recovery-codes', { token, body: { password: TEST_PASSWORD } });
    const second = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    const otherToken = (
      await app.request('POST', '/api/auth/login/second-factor', {
        body: { challenge: second.body.challenge, method: 'totp', code: await nextTotpCode(app, user.id, totpSecret!) },
      })
    ).body.token;

    for (const [body, message] of [
      [{}, /^password: /],
      [{ password: 'not my password' }, /^password: is not your password$/],
      [{ password: '' }, /^password: must not be empty/],
    ] as const) {
      const refused = await unchangedBy(app, () => app.request('DELETE', '/api/users/me/totp', { token, body }));
      expect(refused.status).toBe(400);
      expect((refused.body.message as string[]).join('\n')).toMatch(message);
    }

    const removed = await app.request('DELETE', '/api/users/me/totp', { token, body: { password: TEST_PASSWORD } });
    expect(removed.status).toBe(204);
    expect((await app.request('GET', '/api/auth/me', { token: otherToken })).status).toBe(401);
    const me = await app.request('GET', '/api/auth/me', { token });
    expect(me.body.secondFactor).toMatchObject({ enrolled: false, totp: false, recoveryCodesLeft: 0 });
    const login = await app.request('POST', '/api/auth/login', {
      body: { email: user.email, password: TEST_PASSWORD },
    });
    expect(login.body).toEqual({ token: expect.any(String), user: expect.objectContaining({ id: user.id }) });
    const actions = await app.dataSource.query(
      `SELECT action FROM audit_log WHERE target_id = $1 ORDER BY created_at`,
      [user.id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'user.recovery-codes-regenerate',
      'user.totp-remove',
    ]);
    // The member is told by email of each change, in the transaction that made it.
    const notices = await app.dataSource.query(
      `SELECT payload->>'change' AS change, payload->>'method' AS method FROM emails
        WHERE user_id = $1 AND kind = 'second-factor-changed' ORDER BY created_at`,
      [user.id],
    );
    expect(notices.slice(-2)).toEqual([
      { change: 'added', method: 'recovery-codes' },
      { change: 'removed', method: 'totp' },
    ]);
    await unchangedBy(app, async () => {
      const again = await app.request('DELETE', '/api/users/me/totp', { token, body: { password: TEST_PASSWORD } });
      expect(again.status).toBe(404);
    });
  });

  it('replaces the recovery codes only with the password, and only with a second factor', async () => {
    const plain = await buildUser(app);
    await unchangedBy(app, async () => {
      const none = await app.request('POST', '/api/users/me/recovery-codes', {
        token: plain.token,
        body: { password: TEST_PASSWORD },
      });
      expect(none.status).toBe(404);
    });
    const { user, token } = await buildUser(app, { secondFactor: 'totp' });
    const wrong = await unchangedBy(app, () =>
      app.request('POST', '/api/users/me/recovery-codes', { token, body: { password: 'wrong password' } }),
    );
    expect(wrong.status).toBe(400);
    const first = await app.request('POST', '/api/users/me/recovery-codes', {
      token,
      body: { password: TEST_PASSWORD },
    });
    expect(first.status).toBe(200);
    const second = await app.request('POST', '/api/users/me/recovery-codes', {
      token,
      body: { password: TEST_PASSWORD },
    });
    expect(second.body.recoveryCodes).toHaveLength(10);
    expect(second.body.recoveryCodes).not.toEqual(expect.arrayContaining([first.body.recoveryCodes[0]]));
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM recovery_codes WHERE user_id = $1`,
      [user.id],
    );
    expect(count).toBe(10);
  });

  it('limits wrong passwords on removal like sign-in, so that a stolen session cannot guess it', async () => {
    const limited = await createTestApp({ LOGIN_LIMIT_PER_ACCOUNT_AND_IP: '2', LOGIN_LIMIT_DELAY_SECONDS: '60' });
    try {
      const { token } = await buildUser(limited, { secondFactor: 'totp' });
      const remove = (password: string) =>
        limited.request('DELETE', '/api/users/me/totp', { token, body: { password } });
      expect((await remove('guess one, wrong')).status).toBe(400);
      expect((await remove('guess two, wrong')).status).toBe(400);
      const held = await remove(TEST_PASSWORD);
      expect(held.status).toBe(429);
      expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
