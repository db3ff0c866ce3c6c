/**
 * What the search box's text becomes before PostgreSQL reads it. `websearch_to_tsquery` takes words,
 * "phrases", `-word` and `or` and never fails on any input; it drops a trailing `*`, so words ending in `*`
 * are taken out here and matched as prefixes (`'word':*`), built from letters and digits only so that no
 * input can break the tsquery syntax.
 */
export interface ParsedQuery {
  /** For websearch_to_tsquery. */
  words: string;
  /** For to_tsquery: `'prev':* & 'evalu':*`, or '' when there is no prefix. */
  prefixes: string;
  /** Whether a word is excluded (`-word`). */
  negated: boolean;
  /** The words a typo-tolerant fallback may compare with titles (empty when the query is all operators). */
  plainWords: string[];
}

/** Control characters break nothing in SQL parameters but NUL is refused by PostgreSQL; the highlight markers are ours. */
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u001f\u007f\ue000\ue001]/g;
const PREFIX = /^[\p{L}\p{N}]+$/u;

export function parseQuery(input: string): ParsedQuery {
  const text = input.replace(UNWANTED, ' ');
  const words: string[] = [];
  const prefixes: string[] = [];
  let inPhrase = false;
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const quotes = (token.match(/"/g) ?? []).length;
    const body = token.slice(0, -1);
    if (!inPhrase && quotes === 0 && token.endsWith('*') && !token.startsWith('-') && PREFIX.test(body)) {
      prefixes.push(`'${body.toLowerCase()}':*`);
    } else {
      words.push(token);
    }
    if (quotes % 2 === 1) inPhrase = !inPhrase;
  }
  const plainWords = text
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((word) => !word.startsWith('-') && word.toLowerCase() !== 'or')
    .map((word) => word.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
  const negated = words.some((word) => /^-[^\s-]/.test(word));
  return { words: words.join(' '), prefixes: prefixes.join(' & '), negated, plainWords };
}
