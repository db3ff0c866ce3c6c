import { QueryFailedError } from 'typeorm';

/** Whether an error is PostgreSQL's unique violation (23505), of one constraint when it is named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && (!constraint || driverError.constraint === constraint);
}

/** How long a client is told to wait before trying again while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** SQLSTATEs that say the server cannot serve now, not that the request was wrong. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: the server is stopping
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '57014', // query_canceled: statement_timeout
  '25P03', // idle_in_transaction_session_timeout
]);
/** Connection exceptions (08) and insufficient resources (53: too many connections, disk full). */
const UNAVAILABLE_CLASSES = ['08', '53'];
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres and its pool say these in words only, without a code. */
const DRIVER_MESSAGES = [
  /^Query read timeout$/, // query_timeout: the server did not answer
  /^timeout exceeded when trying to connect$/, // no free connection in the pool in time
  /^Connection terminated/, // ... unexpectedly, ... due to connection timeout
  /is not queryable/,
];

/**
 * Whether an error means that the database is unreachable, stopped, frozen or overloaded: a 503 that the
 * client may retry, rather than a 500. Looks through TypeORM's wrapper and the causes of the error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code) && UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return true;
    }
    if (typeof message === 'string' && DRIVER_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // A host with several addresses fails with one error per address.
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current =
      current instanceof QueryFailedError ? current.driverError : ((current as { cause?: unknown }).cause ?? null);
  }
  return false;
}
