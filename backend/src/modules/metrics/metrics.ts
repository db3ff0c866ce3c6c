import type { FastifyInstance } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

const LOOP_SAMPLE_MS = 100;

export interface MetricsOptions {
  token: string | undefined;
  /** In production, metrics are served only behind the token: without one, /metrics is not there at all. */
  production: boolean;
}

/** Whether metrics are served at /metrics: always in development, only with METRICS_TOKEN in production. */
export const metricsServed = (options: MetricsOptions) => !options.production || options.token !== undefined;

/**
 * Prometheus metrics at /metrics: the process's own (memory, event loop lag, handles) and one histogram of
 * HTTP requests by route pattern, method and status. A fresh registry per app keeps test apps apart.
 * With METRICS_TOKEN set, scrapers must send it as a bearer token; in production it must be set, or the
 * public port does not serve metrics.
 */
export function registerMetrics(fastify: FastifyInstance, options: MetricsOptions): Registry {
  const { token } = options;
  const registry = new Registry();
  // The event loop's delay sampled every 100 ms rather than prom-client's 10: a stall still shows in the
  // histogram, and an idle server does not wake a hundred times a second to sample it.
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: LOOP_SAMPLE_MS });
  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by route, method and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    requests.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  if (!metricsServed(options)) return registry;
  fastify.get('/metrics', async (request, reply) => {
    if (token && !sameSecret(request.headers.authorization ?? '', `Bearer ${token}`)) {
      return reply
        .status(401)
        .send({ statusCode: 401, error: 'Unauthorized', message: 'metrics need the metrics token' });
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });
  return registry;
}

function sameSecret(sent: string, expected: string): boolean {
  const left = Buffer.from(sent);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}
