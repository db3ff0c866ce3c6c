import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@pn/shared';
import type { FastifyRequest } from 'fastify';
import type { SecondFactorFacts } from '../second-factor/second-factor.policy';
import type { UserEntity } from '../users/user.entity';
import type { SessionEntity } from './session.entity';

/** Who calls, as the access guard found them: what endpoints and services act for. */
export interface Auth {
  /**
   * The account as it may act. While a role that needs a second factor is withheld (see `withheldRole`),
   * this is a copy with a plain member's role, so that every check further on sees what it may do.
   */
  user: UserEntity;
  /** The account as stored, with its own role: for showing it, never for deciding. */
  account: UserEntity;
  /** The role the account has but may not use until it enrols a second factor (REQUIRE_2FA_ROLES), or null. */
  withheldRole: Role | null;
  /** What the account has of second factors, read with the session. */
  secondFactor: SecondFactorFacts;
  session: SessionEntity;
  /** How the session came: a cookie needs the CSRF check on writes, a bearer token does not. */
  via: 'cookie' | 'bearer';
}

export type AuthedRequest = FastifyRequest & {
  auth?: Auth;
  /** Set once the access guard let the request through: a later 403 came from the endpoint's own rules. */
  accessGranted?: boolean;
};

/** The signed-in user's auth, on endpoints whose access rule guarantees there is one. */
export const CurrentAuth = createParamDecorator((_data: unknown, context: ExecutionContext): Auth => {
  const auth = context.switchToHttp().getRequest<AuthedRequest>().auth;
  if (!auth) throw new Error('CurrentAuth used on an endpoint open to visitors');
  return auth;
});

/** The auth of whoever calls, or undefined for a visitor (for public endpoints that show more to members). */
export const OptionalAuth = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Auth | undefined =>
    context.switchToHttp().getRequest<AuthedRequest>().auth,
);
