import { EVIDENCE_RULE_VERSION, type EvidenceRating } from '@pn/shared';

/** The version of the rule in force, as the open data names it. */
export const RULE_VERSION_IN_FORCE = String(EVIDENCE_RULE_VERSION);

/** The version of the rule a stored rating was computed with (every rating stores it since rule 2). */
export function ruleVersionOf(rating: EvidenceRating | null | undefined): string {
  return String(rating?.ruleVersion ?? EVIDENCE_RULE_VERSION);
}
