/** What waits for a decision in one group the caller coordinates. */
export interface GroupModerationCounts {
  group: { id: string; slug: string; name: string };
  /** Requests to join, waiting for a group coordinator. */
  joinRequests: number;
  /** Open flags on the group's shown messages. */
  flags: number;
}

/**
 * What waits for the caller's decision, counted only where the caller may decide: the groups they
 * coordinate (every group, for a network coordinator), applications to the network (coordinators and
 * admins), practices submitted for curation (coordinators).
 */
export interface ModerationSummary {
  /** The sum of everything below: the number on the badge. */
  total: number;
  /** Only groups with something waiting, the most waiting first. */
  groups: GroupModerationCounts[];
  /** Accounts that applied and wait for vetting; null when the caller does not vet. */
  applications: number | null;
  /** Practices (or changes to them) submitted for curation; null when the caller does not curate. */
  curation: number | null;
}
