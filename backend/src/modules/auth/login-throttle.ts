import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
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

/** The throttler names its headers per limit (Retry-After-account); clients expect the standard one too. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail) {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    void reply.header('Retry-After', Math.max(1, Math.ceil(detail.timeToBlockExpire)));
    return super.throwThrottlingException(context, detail);
  }
}
