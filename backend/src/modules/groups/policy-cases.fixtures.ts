import type { Viewer } from '../../common/viewer';
import type { MembershipFacts } from './groups.policy';

/** The people, memberships and groups that the group and discussion rules are tested with, by name. */
export const ME = '11111111-1111-4111-8111-111111111111';
export const viewers: Record<string, Viewer> = {
  visitor: null,
  pending: { id: ME, role: 'practitioner', status: 'pending' },
  suspended: { id: ME, role: 'practitioner', status: 'suspended' },
  practitioner: { id: ME, role: 'practitioner', status: 'active' },
  coordinator: { id: ME, role: 'coordinator', status: 'active' },
  suspendedCoordinator: { id: ME, role: 'coordinator', status: 'suspended' },
  admin: { id: ME, role: 'admin', status: 'active' },
};
export const memberships: Record<string, MembershipFacts> = {
  none: null,
  requested: { role: 'member', status: 'pending' },
  member: { role: 'member', status: 'active' },
  groupCoordinator: { role: 'coordinator', status: 'active' },
  requestedCoordinator: { role: 'coordinator', status: 'pending' },
};
export const groups = {
  members: { visibility: 'members', archivedAt: null },
  public: { visibility: 'public', archivedAt: null },
  archived: { visibility: 'members', archivedAt: new Date('2025-01-01') },
} as const;
