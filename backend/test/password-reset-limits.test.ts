import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from './support/app';
import { buildUser } from './support/factories';

/** Reset requests are limited per address and per email address, alike for members and unknown addresses. */
describe('POST /api/auth/password-reset limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({
      TRUST_PROXY: 'true',
      PASSWORD_RESET_LIMIT_PER_EMAIL: '2',
      PASSWORD_RESET_LIMIT_PER_IP: '4',
    });
  });
  afterAll(() => app.close());

  const request = (email: string, address: string) =>
    app.request('POST', '/api/auth/password-reset', {
      body: { email },
      headers: { 'x-forwarded-for': address },
    });

  it('answers 429 with Retry-After past the budget of one email address, a member or not, whatever the address', async () => {
    const member = (await buildUser(app)).user.email;
    const unknown = `nobody-${randomUUID()}@example.org`;
    for (const email of [member, unknown]) {
      expect((await request(email, '198.51.100.1')).status).toBe(202);
      expect((await request(email, '198.51.100.2')).status).toBe(202);
      const refused = await request(email, '198.51.100.3');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    }
  });

  it('answers 429 past the budget of one address, while other addresses still get through', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await request(`someone-${randomUUID()}@example.org`, '203.0.113.7')).status).toBe(202);
    }
    expect((await request(`someone-${randomUUID()}@example.org`, '203.0.113.7')).status).toBe(429);
    expect((await request(`someone-${randomUUID()}@example.org`, '203.0.113.8')).status).toBe(202);
  });
});
