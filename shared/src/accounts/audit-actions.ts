/** The privileged actions that are written to the audit log. */
export const AUDIT_ACTIONS = [
  'user.approve',
  'user.reject',
  'user.role-change',
  'user.suspend',
  'user.reactivate',
  'user.erase',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
