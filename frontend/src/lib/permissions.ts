import type { Role, User } from '@pn/shared';

/** Who may see what in the interface. The API decides for real; this only shapes navigation. */
export const isActive = (user: User | null | undefined): user is User & { status: 'active' } =>
  user?.status === 'active';

export const hasRole = (user: User | null | undefined, roles: readonly Role[]): boolean =>
  isActive(user) && roles.includes(user.role);

/** Roles that vet applications. */
export const VETTING_ROLES: readonly Role[] = ['coordinator', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];

/**
 * The person's role needs a second factor they have not set up (REQUIRE_2FA_ROLES): until they do, the API
 * treats them as a plain member, and the interface sends them to set one up.
 */
export const needsSecondFactor = (user: User | null | undefined): boolean =>
  Boolean(user?.secondFactor?.required && !user.secondFactor.enrolled);

/** Where a person whose role needs a second factor sets one up. */
export const SECURITY_PATH = '/profile/security';
