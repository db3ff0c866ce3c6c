import type { CompletenessElement, CompletenessLevel } from './vocabularies';
import { COMPLETENESS_ELEMENTS } from './vocabularies';

/**
 * Below this many characters a description of an element is a mention rather than something a practitioner
 * could act on: about three sentences.
 */
export const COMPLETENESS_GOOD_CHARACTERS = 280;

/**
 * How fully a practice describes what an implementer needs (EMMIE: mechanism, context, implementation, cost):
 * nothing written is `none`, a short note `some`, a description of 280 characters or more `good`.
 */
export function completenessOf(
  content: Partial<Record<CompletenessElement, string | null>>,
): Record<CompletenessElement, CompletenessLevel> {
  return Object.fromEntries(
    COMPLETENESS_ELEMENTS.map((element) => {
      const length = content[element]?.trim().length ?? 0;
      const level: CompletenessLevel = length === 0 ? 'none' : length < COMPLETENESS_GOOD_CHARACTERS ? 'some' : 'good';
      return [element, level];
    }),
  ) as Record<CompletenessElement, CompletenessLevel>;
}
