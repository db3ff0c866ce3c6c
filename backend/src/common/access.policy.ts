import type { AccountStatus, Role } from '@pn/shared';
import type { AccessRule } from './access';

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

/** Pure: may someone with this account (or a visitor, `null`) pass this rule? */
export function decideAccess(rule: AccessRule, account: { role: Role; status: AccountStatus } | null): AccessDecision {
  if (rule.kind === 'public') return 'allow';
  if (!account) return 'unauthenticated';
  if (rule.kind === 'signed-in') return 'allow';
  if (account.status !== 'active') return 'forbidden';
  if (rule.roles && !rule.roles.includes(account.role)) return 'forbidden';
  return 'allow';
}
