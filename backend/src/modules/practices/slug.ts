const SLUG_MAX = 80;

/**
 * The readable part of a practice's address (/practices/<id>/<slug>): the title in lower case, accents
 * dropped, other characters turned into hyphens. The id is the key; the slug only makes links legible, so
 * a renamed practice keeps working under its old links.
 */
export function slugOf(title: string): string {
  let slug = known.get(title);
  if (slug === undefined) {
    if (known.size >= KNOWN_MAX) known.clear();
    slug = slugFrom(title);
    known.set(title, slug);
  }
  return slug;
}

/**
 * Slugs already made, by title: every list and search page makes twenty, mostly of the same titles, and the
 * Unicode normalisation behind one costs more than the rest of the item's mapping.
 */
const known = new Map<string, string>();
const KNOWN_MAX = 10_000;

function slugFrom(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  return slug || 'practice';
}
