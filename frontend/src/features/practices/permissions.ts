import type { Role } from '@pn/shared';

/** Who curates the library of practices: network coordinators, and admins (the API decides for real). */
export const CURATOR_ROLES: readonly Role[] = ['coordinator', 'admin'];

/** Who verifies evaluations before they rate: researchers and coordinators (admins act as coordinators). */
export const VERIFIER_ROLES: readonly Role[] = ['researcher', 'coordinator', 'admin'];
