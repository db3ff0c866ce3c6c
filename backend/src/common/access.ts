import { SetMetadata } from '@nestjs/common';
import type { Role } from '@pn/shared';

/**
 * Who may call an endpoint. Without a decorator an endpoint is for active members of any role:
 * access is denied by default and opened explicitly.
 *  - `public`: anyone, signed in or not;
 *  - `signed-in`: any session, pending accounts included (their own profile, export, erasure, sign out);
 *  - `roles`: active accounts with one of the roles.
 */
export type AccessRule = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'active'; roles?: readonly Role[] };

export const ACCESS_KEY = 'pn:access';

export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
export const SignedIn = () => SetMetadata(ACCESS_KEY, { kind: 'signed-in' } satisfies AccessRule);
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_KEY, { kind: 'active', roles } satisfies AccessRule);
