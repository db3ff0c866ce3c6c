export const GROUP_KINDS = ['profession', 'programme'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const JOIN_POLICIES = ['open', 'approval', 'invite'] as const;
export type JoinPolicy = (typeof JOIN_POLICIES)[number];

export const GROUP_VISIBILITIES = ['members', 'public'] as const;
export type GroupVisibility = (typeof GROUP_VISIBILITIES)[number];

export const MEMBERSHIP_ROLES = ['member', 'coordinator'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_STATUSES = ['pending', 'active'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * How the caller may join a group, as the directory tells them: a visitor applies to the network first; an
 * account waiting for vetting waits; an active member joins, asks, or learns that only a coordinator adds.
 */
export const HOW_TO_JOIN = [
  'apply-to-network',
  'await-vetting',
  'account-suspended',
  'member',
  'requested',
  'join',
  'request',
  'invite-only',
  'archived',
] as const;
export type HowToJoin = (typeof HOW_TO_JOIN)[number];
