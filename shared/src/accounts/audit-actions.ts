/** The privileged actions that are written to the audit log. */
export const AUDIT_ACTIONS = [
  'user.approve',
  'user.reject',
  'user.role-change',
  'user.suspend',
  'user.reactivate',
  'user.erase',
  'group.create',
  'group.update',
  'group.archive',
  'group.restore',
  'group.member-add',
  'group.member-approve',
  'group.member-decline',
  'group.member-role',
  'group.member-remove',
  'message.delete',
  'message.hide',
  'message.flag-dismiss',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
