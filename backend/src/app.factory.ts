import fastifyCookie from '@fastify/cookie';
import { ConsoleLogger, Logger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { LIMITS } from '@pn/shared';
import { existsSync } from 'node:fs';
import { AppModule } from './app.module';
import { ApiExceptionFilter } from './common/exception.filter';
import { addResponseComponents, addRouterRefusals } from './common/responses';
import { registerSecurityHeaders } from './common/security-headers';
import type { AppConfig } from './config/env.schema';
import { runMigrations } from './database/data-source';
import { registerUnsubscribeForm } from './modules/email-notifications/unsubscribe';
import { metricsServed, registerMetrics } from './modules/metrics/metrics';
import { PageFallbackFilter } from './modules/pages/page-fallback.filter';
import { registerFrontendFiles } from './modules/pages/static-files';
import { PracticePagesService } from './modules/practices/practice-pages.service';
import { RedisIoAdapter } from './modules/realtime/redis-io.adapter';
import { TextExtractionService } from './modules/resources/text-extraction.service';
import { FORM_ALLOWANCE_BYTES, registerUploads } from './modules/resources/uploads/multipart';

/** Builds the whole application; `main.ts` and the tests share it, so the tests run what users run. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  await runMigrations(databaseUrl);
  const adapter = new FastifyAdapter({
    bodyLimit: LIMITS.jsonBodyBytes,
    trustProxy: config.TRUST_PROXY,
    logger:
      config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
          },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: nestLogger(config),
    // JSON only (and multipart where a module asks for it): anything else is a 415, not a guess.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  registerUnsubscribeForm(fastify);

  registerSecurityHeaders(app, config.PUBLIC_URL);
  await app.register(fastifyCookie);
  await registerUploads(app, config.RESOURCE_MAX_BYTES);
  const hasFrontend = existsSync(config.FRONTEND_DIST);
  if (hasFrontend) {
    await registerFrontendFiles(app, config.FRONTEND_DIST);
  }
  const metrics = { token: config.METRICS_TOKEN, production: config.NODE_ENV === 'production' };
  registerMetrics(fastify, metrics).registerMetric(app.get(TextExtractionService).outcomes);
  if (!metricsServed(metrics)) {
    new Logger('Metrics').warn('METRICS_TOKEN is not set: /metrics is off, as it is in production without one');
  }

  if (config.REDIS_URL) {
    const adapter = new RedisIoAdapter(app, config.REDIS_URL);
    adapter.connect();
    app.useWebSocketAdapter(adapter);
  }

  app.setGlobalPrefix('api');
  const errors = new ApiExceptionFilter(
    Math.max(config.RESOURCE_MAX_BYTES + FORM_ALLOWANCE_BYTES, 16 * LIMITS.jsonBodyBytes),
  );
  app.useGlobalFilters(new PageFallbackFilter(errors, config.FRONTEND_DIST, [app.get(PracticePagesService)]));

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Prevention Network API')
      .setDescription('The HTTP contract of the Prevention Network platform.')
      .setVersion('1')
      .setLicense('AGPL-3.0-only', 'https://www.gnu.org/licenses/agpl-3.0.html')
      .addServer('/', 'the instance that serves this document')
      .addBearerAuth()
      .addCookieAuth('pn_session')
      .build(),
  );
  addRouterRefusals(document);
  addResponseComponents(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await app.init();
  return app;
}

const NEST_LEVELS: Record<AppConfig['LOG_LEVEL'], LogLevel[]> = {
  silent: [],
  fatal: ['fatal'],
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
  trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/** Nest's own messages at the same level as the request logs, and as JSON lines in production. */
function nestLogger(config: AppConfig): ConsoleLogger | false {
  if (config.LOG_LEVEL === 'silent') return false;
  return new ConsoleLogger({ json: config.NODE_ENV === 'production', logLevels: NEST_LEVELS[config.LOG_LEVEL] });
}
