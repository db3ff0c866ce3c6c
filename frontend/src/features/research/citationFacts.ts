import type { Practice } from '@pn/shared';
import { ratedAt, type CitationFacts } from './citation';

/** A published practice's citation facts, its address on this site's origin. */
export function citationFacts(practice: Practice, origin: string): CitationFacts {
  return {
    title: practice.title,
    organisation: practice.organisation,
    url: `${origin}/practices/${practice.id}${practice.slug ? `/${practice.slug}` : ''}`,
    ratedAt: ratedAt(practice, practice.evaluations),
    ruleVersion: String(practice.evidenceRating.ruleVersion),
  };
}
