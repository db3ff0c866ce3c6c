import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { timingSafeEqual } from 'node:crypto';
import { ACCESS_KEY, type AccessRule } from '../../common/access';
import { decideAccess } from '../../common/access.policy';
import { isForeignOrigin } from '../../common/origin';
import { secondFactorFirst } from '../../common/second-factor-first';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import type { AuthedRequest } from './auth-context';
import { CSRF_HEADER, SESSION_COOKIE } from './auth.cookies';
import { SessionLookupService } from './session-lookup.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The one place that decides who may call what: sessions, roles and account status, and CSRF. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionLookupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]) ?? { kind: 'active' };

    const unsafe = !SAFE_METHODS.has(request.method);
    if (unsafe) this.refuseForeignOrigin(request);

    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const cookie = request.cookies?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (token) {
      const found = await this.sessions.resolve(token);
      if (found) request.auth = { ...found, via: bearer ? 'bearer' : 'cookie' };
      else if (bearer) throw new UnauthorizedException('the session has ended or the token is not valid');
    }

    const decision = decideAccess(rule, request.auth?.user ?? null);
    if (decision === 'unauthenticated') throw new UnauthorizedException('sign in first');
    if (
      decision === 'forbidden' &&
      request.auth?.withheldRole &&
      decideAccess(rule, request.auth.account) === 'allow'
    ) {
      throw secondFactorFirst(request.auth.withheldRole);
    }
    if (decision === 'forbidden') {
      throw new ForbiddenException(
        request.auth?.user.status === 'active'
          ? 'your role does not allow this'
          : `your account is ${request.auth?.user.status}: this needs an active account`,
      );
    }

    if (unsafe && request.auth?.via === 'cookie') {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(sent, request.auth.session.csrfToken)) {
        throw new ForbiddenException(`missing or wrong ${CSRF_HEADER} header`);
      }
    }
    request.accessGranted = true;
    return true;
  }

  /** A browser always names the page's origin on writes; a foreign one is a cross-site request. */
  private refuseForeignOrigin(request: AuthedRequest): void {
    const origin = request.headers.origin;
    if (isForeignOrigin(origin, request.headers.host, this.config.PUBLIC_URL)) {
      throw new ForbiddenException(`cross-site request from ${origin} refused`);
    }
  }
}
