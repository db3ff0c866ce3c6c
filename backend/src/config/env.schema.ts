import { ROLES, type Role } from '@pn/shared';
import { resolve } from 'node:path';
import { z } from 'zod';

/** The repository root, so that default data folders do not depend on the working directory. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().min(1);
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

/** A list of roles, `coordinator,admin`; `none` for an empty list (an empty variable counts as unset). */
const roleList = z
  .string()
  .transform((value) => (value.trim() === 'none' ? [] : value.split(',').map((role) => role.trim())))
  .pipe(z.array(z.enum(ROLES, { error: `must be roles among ${ROLES.join(', ')}, or none` })))
  .transform((roles): readonly Role[] => [...new Set(roles)]);

/** 32 bytes, as 64 hex digits or in base64. */
const encryptionKey = z
  .string()
  .transform((value) => Buffer.from(value.trim(), /^[0-9a-fA-F]{64}$/.test(value.trim()) ? 'hex' : 'base64'))
  .refine((key) => key.length === 32, 'must be 32 bytes: 64 hex digits, or base64 (openssl rand -base64 32)');

/** A variable whose meaning changed: a start with it set says what to use instead, rather than ignoring it. */
const retired = (instead: string) => z.never({ error: `no longer used: ${instead}` }).optional();

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
    /** Consecutive failed sign-ins to one account from one address before each further one is delayed. */
    LOGIN_LIMIT_PER_ACCOUNT_AND_IP: positiveInt.default(5),
    /** The first delay after those; it doubles with every further failure, up to the maximum. */
    LOGIN_LIMIT_DELAY_SECONDS: positiveInt.default(1),
    LOGIN_LIMIT_MAX_DELAY_SECONDS: positiveInt.default(15 * 60),
    /** Failed sign-ins from one address, whatever the account, per window; then the address waits. */
    LOGIN_LIMIT_PER_IP: positiveInt.default(100),
    /** How long failures are remembered: the address budget's window, and the consecutive count's memory. */
    LOGIN_LIMIT_WINDOW_SECONDS: positiveInt.default(24 * 60 * 60),
    /** Applications from one address per hour. */
    REGISTER_LIMIT_PER_IP: positiveInt.default(20),
    /** Password reset requests per hour from one address, and for one email address (whether it exists or not). */
    PASSWORD_RESET_LIMIT_PER_IP: positiveInt.default(10),
    PASSWORD_RESET_LIMIT_PER_EMAIL: positiveInt.default(3),
    /** Roles that must enrol a second factor before they can act as such. */
    REQUIRE_2FA_ROLES: roleList.default(['coordinator', 'admin']),
    /** Encrypts the authenticator apps' secrets at rest (AES-256-GCM); unset, they are stored as they are. */
    TOTP_ENCRYPTION_KEY: encryptionKey.optional(),
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
    LOGIN_LIMIT_PER_ACCOUNT: retired(
      'failed sign-ins are counted per account and address (LOGIN_LIMIT_PER_ACCOUNT_AND_IP), so that no one can lock the owner out',
    ),
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
