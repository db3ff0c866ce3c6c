import type { AccountStatus, Role } from '@pn/shared';

export interface AccountChange {
  role?: Role;
  status?: Exclude<AccountStatus, 'pending'>;
}

/**
 * Why an admin may not make this change to this account, or null when they may. Pure, so that the
 * rules are unit-tested on their own.
 */
export function refuseAccountChange(
  actorId: string,
  target: { id: string; status: AccountStatus; erasedAt: Date | null },
): string | null {
  if (target.id === actorId) return 'you cannot change your own role or status; ask another admin';
  if (target.erasedAt) return 'this account was erased';
  if (target.status === 'pending') return 'this account is pending: approve or reject it first';
  return null;
}

/** The audit actions that a change amounts to. */
export function auditActionsFor(
  before: { role: Role; status: AccountStatus },
  change: AccountChange,
): Array<'user.role-change' | 'user.suspend' | 'user.reactivate'> {
  const actions: Array<'user.role-change' | 'user.suspend' | 'user.reactivate'> = [];
  if (change.role && change.role !== before.role) actions.push('user.role-change');
  if (change.status === 'suspended' && before.status !== 'suspended') actions.push('user.suspend');
  if (change.status === 'active' && before.status === 'suspended') actions.push('user.reactivate');
  return actions;
}
