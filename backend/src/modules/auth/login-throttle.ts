import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { AppConfig } from '../../config/env.schema';

/**
 * Sign-in attempts are limited twice: per account, against guessing one person's password from many
 * addresses, and per address, against trying many accounts from one. Registration shares the address limit.
 */
export function loginThrottlers(config: AppConfig): ThrottlerModuleOptions {
  const ttl = config.LOGIN_LIMIT_WINDOW_SECONDS * 1000;
  return {
    errorMessage: 'too many attempts: try again later',
    throttlers: [
      { name: 'address', ttl, limit: config.LOGIN_LIMIT_PER_IP, getTracker: (req) => String(req.ip) },
      {
        name: 'account',
        ttl,
        limit: config.LOGIN_LIMIT_PER_ACCOUNT,
        getTracker: (req) => {
          const email: unknown = (req.body as { email?: unknown } | undefined)?.email;
          return typeof email === 'string' ? email.trim().toLowerCase() : 'no-email';
        },
      },
    ],
  };
}
