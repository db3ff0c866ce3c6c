import { resolve } from 'node:path';
import { z } from 'zod';

/** The repository root, so that default data folders do not depend on the working directory. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().min(1);
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const postgresUrl = z
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// or postgresql:// URL');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_PG_DIR: z
      .string()
      .min(1)
      .default(resolve(REPO_ROOT, '.data', 'postgres')),
    EMBEDDED_PG_PORT: port.default(54329),
    /** Opening a connection, and waiting for a free one when the pool is full. */
    DATABASE_CONNECT_TIMEOUT_MS: positiveInt.default(3000),
    /** PostgreSQL cancels a statement that runs longer (statement_timeout). */
    DATABASE_STATEMENT_TIMEOUT_MS: positiveInt.default(5000),
    /** The app stops waiting for an answer (a server that is frozen cannot cancel anything itself). */
    DATABASE_QUERY_TIMEOUT_MS: positiveInt.default(6000),
    /** PostgreSQL ends a session left idle inside a transaction this long. */
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: positiveInt.default(15000),
    REDIS_URL: z
      .url()
      .refine((value) => /^rediss?:\/\//.test(value), 'must be a redis:// or rediss:// URL')
      .optional(),
    UPLOAD_DIR: z
      .string()
      .min(1)
      .default(resolve(REPO_ROOT, '.data', 'uploads')),
    /** The largest file a resource may have, in bytes. */
    RESOURCE_MAX_BYTES: positiveInt.default(50 * 1024 * 1024),
    /** How many PDFs have their text extracted at once; the others wait their turn. */
    PDF_TEXT_CONCURRENCY: positiveInt.max(32).default(2),
    /** The memory of one extraction's process, in MB; past it, the PDF is left without its text. */
    PDF_TEXT_MEMORY_MB: positiveInt.min(64).default(256),
    PDF_TEXT_TIMEOUT_SECONDS: positiveInt.default(30),
    FRONTEND_DIST: z
      .string()
      .min(1)
      .default(resolve(REPO_ROOT, 'frontend', 'dist')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SESSION_TTL_DAYS: positiveInt.max(365).default(30),
    LOGIN_LIMIT_PER_ACCOUNT: positiveInt.default(10),
    LOGIN_LIMIT_PER_IP: positiveInt.default(100),
    LOGIN_LIMIT_WINDOW_SECONDS: positiveInt.default(15 * 60),
    TRUST_PROXY: booleanFlag.default(false),
    METRICS_TOKEN: z.string().min(16).optional(),
    SEED_DEMO: booleanFlag.optional(),
    /** Where email goes; unset, `npm start` runs a local mail catcher and nothing leaves the machine. */
    SMTP_URL: z
      .url()
      .refine((value) => /^smtps?:\/\//.test(value), 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Prevention Network <no-reply@localhost>'),
    /** The network's name, in every email's subject and signature. */
    NETWORK_NAME: z.string().min(1).max(100).default('Prevention Network'),
    /** Signs unsubscribe links and derives emailed tokens; unset, one is made and kept in the database. */
    LINK_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Ports of the local mail catcher (SMTP and web inbox); 0 picks a free one. */
    MAIL_CATCHER_SMTP_PORT: port.default(0),
    MAIL_CATCHER_WEB_PORT: port.default(0),
    /** An email about a notification waits this long, and is skipped if the notification was read meanwhile. */
    EMAIL_NOTIFY_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(120),
    /** How long one delivery may take before the queue gives the job to another worker. */
    EMAIL_SEND_TIMEOUT_SECONDS: positiveInt.max(3600).default(60),
    /** The first retry of a failed delivery waits this long; each next one twice as long, up to an hour. */
    EMAIL_RETRY_DELAY_SECONDS: positiveInt.max(3600).default(30),
    /** Local hour at which daily and weekly (Monday) digests go out. */
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    /** `false` runs no email worker or digest schedule in this instance (jobs are still queued). */
    EMAIL_WORKER: booleanFlag.default(true),
  })
  .refine((env) => env.DATABASE_QUERY_TIMEOUT_MS > env.DATABASE_STATEMENT_TIMEOUT_MS, {
    // PostgreSQL then cancels a slow statement itself, and the connection stays usable.
    message: 'must be longer than DATABASE_STATEMENT_TIMEOUT_MS',
    path: ['DATABASE_QUERY_TIMEOUT_MS'],
  })
  .transform((env) => ({
    ...env,
    PUBLIC_URL: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
  }));

export type AppConfig = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** Reads the configuration once at boot; every problem is listed, not only the first. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  return result.data;
}
