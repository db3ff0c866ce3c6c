import type { EvidenceRating } from '@pn/shared';

/**
 * The rating rule's version when a stored rating does not name it (ratings stored before versions were).
 * Kept here alone so that it gives way to the published rule's own constant in one place.
 */
export const RULE_VERSION_IN_FORCE = '1';

/** The version of the rule a stored rating was computed with. */
export function ruleVersionOf(rating: EvidenceRating | null | undefined): string {
  const stored = (rating as { ruleVersion?: unknown } | null | undefined)?.ruleVersion;
  return stored === undefined || stored === null ? RULE_VERSION_IN_FORCE : String(stored);
}
