/** Whom a prevention programme is for; also the target audience of a resource. */
export const TARGET_GROUPS = [
  'people-who-fear-they-might-offend',
  'people-who-have-offended',
  'children',
  'parents-and-caregivers',
  'professionals',
  'communities',
  'general-public',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const PREVENTION_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];

export const SETTINGS = ['online', 'community', 'health-care', 'school', 'prison-and-probation', 'other'] as const;
export type Setting = (typeof SETTINGS)[number];

export const SURVIVOR_INVOLVEMENTS = ['none', 'consulted', 'co-designed'] as const;
export type SurvivorInvolvement = (typeof SURVIVOR_INVOLVEMENTS)[number];

/**
 * Where a practice stands in curation, separate from its evidence rating. `inspiring` and `peer-reviewed`
 * are published (anyone reads them); the others are seen only by the author and coordinators.
 */
export const CURATION_LABELS = ['draft', 'submitted', 'inspiring', 'peer-reviewed', 'returned', 'archived'] as const;
export type CurationLabel = (typeof CURATION_LABELS)[number];
export const PUBLISHED_LABELS: readonly CurationLabel[] = ['inspiring', 'peer-reviewed'];

export const REVIEW_DECISIONS = ['publish', 'peer-review', 'return', 'archive'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A published practice not updated for this long is proposed for archiving. */
export const ARCHIVE_PROPOSAL_MONTHS = 24;

/** The EMMIE elements a practice describes; each gets a completeness badge. */
export const COMPLETENESS_ELEMENTS = ['mechanism', 'context', 'implementation', 'cost'] as const;
export type CompletenessElement = (typeof COMPLETENESS_ELEMENTS)[number];
export const COMPLETENESS_LEVELS = ['none', 'some', 'good'] as const;
export type CompletenessLevel = (typeof COMPLETENESS_LEVELS)[number];
