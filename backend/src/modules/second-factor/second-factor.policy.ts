import type { Role } from '@pn/shared';

/** What an account whose role is withheld may do: what any member may. */
export const PLAIN_MEMBER_ROLE: Role = 'practitioner';

/**
 * The role an account may not use yet: one that needs a second factor (REQUIRE_2FA_ROLES) while none is
 * enrolled. Null when it may use its role. Pure, so that the guard and the socket gateway agree.
 */
export function withheldRole(role: Role, enrolled: boolean, requiredRoles: readonly Role[]): Role | null {
  return !enrolled && role !== PLAIN_MEMBER_ROLE && requiredRoles.includes(role) ? role : null;
}
