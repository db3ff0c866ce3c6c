import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './support/app';

describe('health, OpenAPI and metrics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('reports a healthy database', async () => {
    const response = await app.request('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: 'ok' });
  });

  it('serves the OpenAPI document, with request schemas taken from the shared package', async () => {
    const response = await app.request('GET', '/api/docs-json');
    expect(response.status).toBe(200);
    const register = response.body.paths['/api/auth/register'].post;
    const schema = register.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(
      expect.arrayContaining(['email', 'password', 'displayName', 'profession', 'country']),
    );
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users/me', '/api/admin/users/{id}/approve', '/api/admin/audit']),
    );
    const page = await app.request('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<html');
  });

  it('exposes Prometheus metrics, including request durations by route', async () => {
    await app.request('GET', '/api/health');
    const response = await app.request('GET', '/metrics');
    expect(response.status).toBe(200);
    expect(response.body).toContain(
      'http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}',
    );
    expect(response.body).toContain('process_resident_memory_bytes');
  });

  it('answers 503 when the database is unreachable', async () => {
    const other = await createTestApp();
    await other.app.get(DataSource).destroy();
    const response = await other.request('GET', '/api/health');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'error', db: 'unreachable' });
    await other.app.get(DataSource).initialize();
    await other.close();
  });
});

describe('metrics behind a token', () => {
  it('refuses scrapers without the configured token', async () => {
    const app = await createTestApp({ METRICS_TOKEN: 'a-long-metrics-token-for-tests' });
    try {
      expect((await app.request('GET', '/metrics')).status).toBe(401);
      expect((await app.request('GET', '/metrics', { token: 'a-long-metrics-token-for-tests' })).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('metrics in production', () => {
  it('are not served on the public port without METRICS_TOKEN', async () => {
    const app = await createTestApp({ NODE_ENV: 'production' });
    try {
      await app.request('GET', '/api/health');
      const response = await app.request('GET', '/metrics');
      expect(response.status).toBe(404);
      expect(JSON.stringify(response.body)).not.toContain('process_resident_memory_bytes');
    } finally {
      await app.close();
    }
  });

  it('are served with the token, and only with it', async () => {
    const app = await createTestApp({ NODE_ENV: 'production', METRICS_TOKEN: 'a-long-metrics-token-for-tests' });
    try {
      expect((await app.request('GET', '/metrics')).status).toBe(401);
      expect((await app.request('GET', '/metrics', { token: 'a-long-metrics-token-for-test' })).status).toBe(401);
      const response = await app.request('GET', '/metrics', { token: 'a-long-metrics-token-for-tests' });
      expect(response.status).toBe(200);
      expect(response.body).toContain('process_resident_memory_bytes');
    } finally {
      await app.close();
    }
  });
});
