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

/** What an account has of second factors: an authenticator app confirmed, passkeys, recovery codes unused. */
export interface SecondFactorFacts {
  totp: boolean;
  passkeys: number;
  recoveryCodesLeft: number;
}

export const isEnrolled = (facts: SecondFactorFacts): boolean => facts.totp || facts.passkeys > 0;

/**
 * SQL: the `SecondFactorFacts` of the account whose id is `userId` (a column or parameter), as one JSON
 * value, so that a statement that reads the account anyway (the session lookup) answers them too.
 */
export const secondFactorFactsSql = (userId: string) =>
  `json_build_object(
     'totp', EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = ${userId} AND t.confirmed_at IS NOT NULL),
     'passkeys', (SELECT count(*)::int FROM passkeys p WHERE p.user_id = ${userId}),
     'recoveryCodesLeft', (SELECT count(*)::int FROM recovery_codes c WHERE c.user_id = ${userId} AND c.used_at IS NULL))`;

/** SQL: whether the account whose id is `userId` (a column or parameter) has a second factor enrolled. */
export const secondFactorEnrolledSql = (userId: string) =>
  `(EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = ${userId} AND t.confirmed_at IS NOT NULL)
    OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = ${userId}))`;

/** The role an account acts with now: its own, or a plain member's while that role is withheld. */
export function actingRole(role: Role, enrolled: boolean, requiredRoles: readonly Role[]): Role {
  return withheldRole(role, enrolled, requiredRoles) ? PLAIN_MEMBER_ROLE : role;
}
