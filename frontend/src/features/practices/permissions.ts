import type { Role } from '@pn/shared';

/** Who curates the library of practices: network coordinators, and admins (the API decides for real). */
export const CURATOR_ROLES: readonly Role[] = ['coordinator', 'admin'];
