import type { Role, User } from '@pn/shared';

/** Who may see what in the interface. The API decides for real; this only shapes navigation. */
export const isActive = (user: User | null | undefined): user is User & { status: 'active' } =>
  user?.status === 'active';

export const hasRole = (user: User | null | undefined, roles: readonly Role[]): boolean =>
  isActive(user) && roles.includes(user.role);

/** Roles that vet applications. */
export const VETTING_ROLES: readonly Role[] = ['coordinator', 'admin'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];
