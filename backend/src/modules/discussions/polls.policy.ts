/** The rules of polls: who sees the counts and the voters, who may close one, what a vote may choose. */
import type { PollResultsMode } from '@pn/shared';
import { isActive as active, type Viewer } from '../../common/viewer';
import { canCoordinate, isNetworkCoordinator, type GroupFacts, type MembershipFacts } from '../groups/groups.policy';

/** What the rules read of a poll; `closed` as the database's clock saw it. */
export interface PollState {
  createdBy: string | null;
  multiple: boolean;
  anonymous: boolean;
  results: PollResultsMode;
  closed: boolean;
}

/**
 * The counts: always for `live`, and for `after-close` only once closed, for everyone alike (its author and
 * the coordinators too), so that an early look cannot sway the vote. How many have voted is always shown.
 */
export function resultsVisible(poll: PollState): boolean {
  return poll.results === 'live' || poll.closed;
}

/**
 * Who chose what: in a named poll, once the counts show, to the group's active members (and the network
 * coordinators who read every group); never to visitors of a public-read group; in an anonymous poll, to nobody.
 */
export function votersVisible(poll: PollState, membership: MembershipFacts, viewer: Viewer): boolean {
  if (poll.anonymous || !resultsVisible(poll)) return false;
  return active(viewer) && (membership?.status === 'active' || isNetworkCoordinator(viewer));
}

/** Close a poll before its time: its author while active, and the group's coordinators. */
export function canClosePoll(poll: PollState, membership: MembershipFacts, viewer: Viewer): boolean {
  return (active(viewer) && poll.createdBy === viewer.id) || canCoordinate(membership, viewer);
}

/** What is wrong with a vote's choice (the field named), or null: its options, and one only in single choice. */
export function choiceProblem(poll: PollState, chosen: string[], optionIds: readonly string[]): string | null {
  const known = new Set(optionIds.map((id) => id.toLowerCase()));
  if (chosen.some((id) => !known.has(id.toLowerCase()))) return 'optionIds: must be options of this poll';
  if (!poll.multiple && chosen.length !== 1) return 'optionIds: a single-choice poll takes exactly one option';
  return null;
}

/** Why someone may not vote in this group's polls, or null when they may: who may post there, may vote. */
export function voteRefusal(group: GroupFacts, membership: MembershipFacts, viewer: Viewer): string | null {
  if (!active(viewer)) return 'an active account is needed to vote';
  if (membership?.status !== 'active') return "only the group's active members can vote here";
  if (group.archivedAt) return 'this group is archived: its polls take no more votes';
  return null;
}
