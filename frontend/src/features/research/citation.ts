/** What a practice's citation is made of. */
export interface CitationFacts {
  title: string;
  organisation: string;
  /** The practice's canonical address. */
  url: string;
  /** When its rating last changed: the newest verified evaluation, else its publication. */
  ratedAt: string;
  ruleVersion: string;
}

/** The citation in the reader's language (`format` fills the translated pattern). */
export function citationOf(
  facts: CitationFacts,
  format: (values: { title: string; organisation: string; url: string; date: string; version: string }) => string,
): string {
  return format({
    title: facts.title,
    organisation: facts.organisation,
    url: facts.url,
    date: facts.ratedAt,
    version: facts.ruleVersion,
  });
}

/** The date of a practice's rating: its newest verified evaluation's last change, else when it was published. */
export function ratedAt(
  practice: { publishedAt: string | null; updatedAt: string },
  evaluations: ReadonlyArray<{ verification: string; updatedAt: string }>,
): string {
  const verified = evaluations.filter((e) => e.verification === 'verified').map((e) => e.updatedAt);
  return verified.sort().at(-1) ?? practice.publishedAt ?? practice.updatedAt;
}
