import type { PracticeContent, PracticeRevision } from '@pn/shared';

/** The fields of a practice's text in the order the page shows them, for comparing two revisions. */
export const CONTENT_FIELDS = [
  'title',
  'summary',
  'description',
  'language',
  'targetGroups',
  'preventionLevel',
  'settings',
  'countries',
  'languages',
  'organisation',
  'contact',
  'startYear',
  'survivorInvolvement',
  'survivorNote',
  'mechanism',
  'context',
  'implementation',
  'cost',
  'relatedResourceIds',
] as const satisfies readonly (keyof PracticeContent)[];
export type ContentField = (typeof CONTENT_FIELDS)[number];

export interface FieldDifference<K extends ContentField = ContentField> {
  field: K;
  before: PracticeContent[K];
  after: PracticeContent[K];
}

/**
 * Lists (target groups, settings, countries…) are sets: the same items in another order are no change.
 * Empty texts and "not given" are the same.
 */
function normalise(value: PracticeContent[ContentField]): string {
  if (Array.isArray(value)) return JSON.stringify([...value].sort());
  if (value === null || value === '') return 'null';
  return JSON.stringify(value);
}

/** The fields that differ between two texts of a practice, in page order. */
export function diffContents(before: PracticeContent, after: PracticeContent): FieldDifference[] {
  return CONTENT_FIELDS.filter((field) => normalise(before[field]) !== normalise(after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
}

/**
 * The two revisions to compare by default: the one before the newest, and the newest (so the latest change
 * shows first). Null with fewer than two revisions.
 */
export function defaultComparison(revisions: readonly PracticeRevision[]): { from: number; to: number } | null {
  if (revisions.length < 2) return null;
  const numbers = revisions.map((revision) => revision.number).sort((a, b) => a - b);
  return { from: numbers[numbers.length - 2]!, to: numbers[numbers.length - 1]! };
}
